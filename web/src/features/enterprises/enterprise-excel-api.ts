import { apiDownload, apiUpload, type FieldProblem } from '../../api/client';
import type { EnterpriseFilter } from './enterprises-api';

/** The template the import reads (a plain same-origin link: the session cookie goes with it). */
export const enterpriseTemplatePath = '/api/enterprises/template.xlsx';

/** One problem of an import file, located by its Excel row number and column header. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** What the server found in (dry run) or did with (commit) an import file. */
export interface ImportReport {
  dryRun: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/** The list's filters and sort as the export takes them: the whole result, not one page. */
export function exportQuery(filter: EnterpriseFilter): Omit<EnterpriseFilter, 'page' | 'pageSize'> {
  const { page: _page, pageSize: _pageSize, ...rest } = filter;
  return rest;
}

/** Downloads the enterprises matching the list's filters as .xlsx and hands the file to the browser. */
export async function exportEnterprises(filter: EnterpriseFilter, signal?: AbortSignal): Promise<void> {
  const file = await apiDownload('/api/enterprises/export.xlsx', {
    query: { ...exportQuery(filter) },
    signal,
  });
  saveFile(file.blob, file.filename ?? 'enterprises.xlsx');
}

/** Checks (dryRun) or imports an .xlsx file; the server refuses a commit while the file has problems. */
export function uploadEnterpriseFile(
  file: File,
  dryRun: boolean,
  options: {
    signal?: AbortSignal;
    onProgress?: (percent: number) => void;
    onServerProgress?: (progress: ServerProgress) => void;
  } = {},
): Promise<ImportReport> {
  const { onProgress, onServerProgress } = options;
  return apiUpload<ImportReport>('/api/enterprises/import', file, {
    query: { dryRun },
    signal: options.signal,
    onProgress: onProgress && ((sent, total) => onProgress(total > 0 ? Math.round((sent / total) * 100) : 0)),
    onServerProgress:
      onServerProgress &&
      ((line) =>
        onServerProgress({
          phase: line.phase as ServerProgress['phase'],
          done: Number(line.done ?? 0),
          total: Number(line.total ?? 0),
        })),
  });
}

/** Where the server stands with an uploaded file. */
export interface ServerProgress {
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}

/** Problems of an IMPORT_HAS_ERRORS answer: each detail's field is "row:column". */
export function problemsFromDetails(details: FieldProblem[]): ImportProblem[] {
  return details.map((detail) => {
    const separator = detail.field.indexOf(':');
    const row = Number(detail.field.slice(0, separator));
    return {
      row: Number.isInteger(row) ? row : 0,
      column: separator >= 0 ? detail.field.slice(separator + 1) : detail.field,
      message: detail.message,
    };
  });
}

function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
