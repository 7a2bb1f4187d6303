import { useEffect, useRef, useState } from 'react';
import { ApiError, isAbortError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import { problemsFromDetails, type ImportProblem, type ServerProgress } from './enterprise-excel-api';

/** What an import wizard is waiting for: the upload's percent, then (when the server says) its phase. */
export type ImportBusy = { action: 'check' | 'commit'; percent: number; server?: ServerProgress } | undefined;

/** How a wizard sends its file: a dry run or the commit, reporting progress as it goes. */
export type ImportUpload<R> = (
  file: File,
  dryRun: boolean,
  handlers: {
    signal: AbortSignal;
    onProgress: (percent: number) => void;
    onServerProgress: (server: ServerProgress) => void;
  },
) => Promise<R>;

/**
 * The state every import wizard shares: the chosen file, the dry run's report, the commit's result,
 * progress and the error, reset on each opening. A commit in flight cannot be cancelled; a check can.
 * When the commit finds problems the check did not (the data changed in between), they replace the
 * report's.
 */
export function useImportWizard<R extends { problems: ImportProblem[] }>({
  open,
  upload,
  onCommitted,
  onOpen,
}: {
  open: boolean;
  upload: ImportUpload<R>;
  onCommitted: (result: R) => void;
  /** Anything else the dialog resets when it opens. */
  onOpen?: () => void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<R>();
  const [result, setResult] = useState<R>();
  const [busy, setBusy] = useState<ImportBusy>();
  const [error, setError] = useState<ApiError>();
  const inFlight = useRef<AbortController>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    setFile(undefined);
    setReport(undefined);
    setResult(undefined);
    setBusy(undefined);
    setError(undefined);
    onOpen?.();
    // Only on opening: the dialog's own choices are not reset while it is open.
  }, [open]);
  useEffect(() => () => inFlight.current?.abort(), []);

  const send = async (action: 'check' | 'commit') => {
    if (!file) return;
    const controller = new AbortController();
    inFlight.current = controller;
    setBusy({ action, percent: 0 });
    setError(undefined);
    try {
      const answer = await upload(file, action === 'check', {
        signal: controller.signal,
        onProgress: (percent) => setBusy({ action, percent }),
        onServerProgress: (server) => setBusy({ action, percent: 100, server }),
      });
      if (action === 'check') setReport(answer);
      else {
        setResult(answer);
        onCommitted(answer);
      }
    } catch (reason) {
      if (isAbortError(reason)) return;
      const failure =
        reason instanceof ApiError ? reason : new ApiError(0, 'CLIENT_ERROR', t('error.unexpected'));
      setError(failure);
      if (failure.code === 'IMPORT_HAS_ERRORS' && report && failure.details.length > 0) {
        setReport({ ...report, problems: problemsFromDetails(failure.details) });
      }
    } finally {
      if (inFlight.current === controller) {
        inFlight.current = undefined;
        setBusy(undefined);
      }
    }
  };

  /** A new file (or a new period) makes the last report stale. */
  const clearReport = () => {
    setReport(undefined);
    setError(undefined);
  };
  const pick = (picked: File | undefined) => {
    setFile(picked);
    clearReport();
  };
  const close = (onClose: () => void) => {
    if (busy?.action === 'commit') return;
    inFlight.current?.abort();
    onClose();
  };

  return {
    file,
    report,
    result,
    busy,
    error,
    fileInput,
    hasProblems: (report?.problems.length ?? 0) > 0,
    step: result ? 2 : report ? 1 : 0,
    send,
    pick,
    clearReport,
    close,
  };
}
