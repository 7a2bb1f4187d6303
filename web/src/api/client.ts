import { getLanguage, translate } from '../app/i18n/translate';

/** One field-level problem reported by the server with a 400 answer. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An error answer of the API (or a network failure, status 0), with the message already localized. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
    /** On a 409 conflict, the record as it now is. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Reactions of the application to answers that concern the session rather than the request. */
export interface SessionListener {
  onUnauthenticated(error: ApiError): void;
  onPasswordChangeRequired(error: ApiError): void;
}

let sessionListener: SessionListener | undefined;

/** Registers who is told about expired sessions and forced password changes. */
export function setSessionListener(listener: SessionListener | undefined): void {
  sessionListener = listener;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** When true a 401 answer is only thrown, not reported as an expired session (sign-in, first probe). */
  quiet?: boolean;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    parameters.set(name, String(value));
  }
  const text = parameters.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorBody(
  value: unknown,
): value is { error: { code: string; message: string; details?: FieldProblem[]; current?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  if (isErrorBody(payload)) {
    const { code, message, details, current } = payload.error;
    return new ApiError(status, code, message, details ?? [], current);
  }
  return new ApiError(
    status,
    status >= 500 ? 'INTERNAL' : 'UNEXPECTED_RESPONSE',
    translate('error.unexpected'),
  );
}

/** Tells the session listener about answers that concern the session, and returns the error to throw. */
function reportedError(error: ApiError, quiet = false): ApiError {
  if (error.status === 401 && !quiet) sessionListener?.onUnauthenticated(error);
  if (error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED')
    sessionListener?.onPasswordChangeRequired(error);
  return error;
}

function languageHeader(): string {
  return getLanguage() === 'en' ? 'en' : 'zh-CN';
}

/** Sends one request to the API and returns its JSON answer; throws ApiError for every error answer. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': languageHeader(),
  };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', translate('error.network'));
  }
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  throw reportedError(toApiError(response.status, payload), options.quiet);
}

export interface UploadOptions {
  query?: Record<string, QueryValue>;
  /** The multipart field that carries the file; `file` unless told. */
  field?: string;
  signal?: AbortSignal;
  /** Called as the request body goes out (bytes sent, bytes in all). */
  onProgress?: (sent: number, total: number) => void;
  /**
   * Asks the server for progress while it works (NDJSON lines, the last one the answer or the
   * error) and is called with each progress line.
   */
  onServerProgress?: (line: Record<string, unknown>) => void;
}

/** The lines of an NDJSON answer that are complete so far. */
function ndjsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .slice(0, -1)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * POSTs one file as multipart/form-data and returns the JSON answer; errors as apiRequest. Uses
 * XMLHttpRequest because fetch reports no upload progress.
 */
export function apiUpload<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const { signal, onProgress } = options;
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    const abort = () => request.abort();
    signal?.addEventListener('abort', abort, { once: true });
    request.open('POST', withQuery(path, options.query));
    const { onServerProgress } = options;
    request.setRequestHeader(
      'Accept',
      onServerProgress ? 'application/x-ndjson, application/json' : 'application/json',
    );
    request.setRequestHeader('Accept-Language', languageHeader());
    if (onProgress) request.upload.onprogress = (event) => onProgress(event.loaded, event.total);
    const isNdjson = () => (request.getResponseHeader('content-type') ?? '').includes('ndjson');
    let seenLines = 0;
    if (onServerProgress) {
      request.onprogress = () => {
        if (!isNdjson()) return;
        const lines = ndjsonLines(request.responseText);
        for (const line of lines.slice(seenLines)) if (line.type === 'progress') onServerProgress(line);
        seenLines = lines.length;
      };
    }
    request.onload = () => {
      signal?.removeEventListener('abort', abort);
      if (isNdjson()) {
        const last = ndjsonLines(`${request.responseText}\n`).at(-1);
        if (last?.type === 'report') resolve(last.report as T);
        else reject(reportedError(toApiError(Number(last?.status ?? 500), last)));
        return;
      }
      const isJson = (request.getResponseHeader('content-type') ?? '').includes('json');
      let payload: unknown;
      try {
        payload = isJson ? (JSON.parse(request.responseText) as unknown) : undefined;
      } catch {
        payload = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(payload as T);
      else reject(reportedError(toApiError(request.status, payload)));
    };
    request.onerror = () => {
      signal?.removeEventListener('abort', abort);
      reject(new ApiError(0, 'NETWORK_ERROR', translate('error.network')));
    };
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    const form = new FormData();
    form.append(options.field ?? 'file', file);
    request.send(form);
  });
}

/** A file the API answered with, and the name it suggested (Content-Disposition). */
export interface DownloadedFile {
  blob: Blob;
  filename: string | undefined;
}

function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // fall back to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1];
}

/** GETs a file (e.g. an Excel export) as a Blob; error answers throw ApiError like apiRequest. */
export async function apiDownload(
  path: string,
  options: Pick<RequestOptions, 'query' | 'signal'> = {},
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      headers: { 'Accept-Language': languageHeader() },
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', translate('error.network'));
  }
  if (!response.ok) throw reportedError(toApiError(response.status, await readJson(response)));
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition')) };
}

/** Shorthands per HTTP method. */
export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, { ...options, body }),
};

/** Whether an error is the cancellation of a request that is no longer wanted. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
