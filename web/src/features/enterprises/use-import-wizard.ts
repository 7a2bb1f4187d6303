import { useEffect, useRef, useState } from 'react';
import { ApiError, isAbortError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import { problemsFromDetails, type ImportProblem, type ServerProgress } from './enterprise-excel-api';

/** What an import wizard is waiting for: the upload's percent, then (when the server says) its phase. */
export type ImportBusy = { action: 'check' | 'commit'; percent: number; server?: ServerProgress } | undefined;

/** What a wizard's upload is told as it goes. */
export interface ImportHandlers {
  signal: AbortSignal;
  onProgress: (percent: number) => void;
  onServerProgress: (server: ServerProgress) => void;
  /** The server runs the import as a job with this id (it may then be cancelled, and resumed). */
  onStarted?: (jobId: string) => void;
}

/** How a wizard sends its file: a dry run or the commit, reporting progress as it goes. */
export type ImportUpload<R> = (file: File, dryRun: boolean, handlers: ImportHandlers) => Promise<R>;

/** An import job already running on the server (started in another tab, or before a reload). */
export interface RunningImport<R> {
  jobId: string;
  action: 'check' | 'commit';
  filename: string;
  follow: (handlers: ImportHandlers) => Promise<R>;
}

/**
 * The state every import wizard shares: the chosen file, the dry run's report, the commit's result,
 * progress and the error, reset on each opening. A commit in flight cannot be cancelled, unless it
 * runs as a server job (`cancelJob`): then it can be, and closing the dialog only stops following
 * it; with `findRunning`, opening the dialog resumes the caller's running job. When the commit finds
 * problems the check did not (the data changed in between), they replace the report's.
 */
export function useImportWizard<R extends { problems: ImportProblem[] }>({
  open,
  upload,
  onCommitted,
  onOpen,
  findRunning,
  cancelJob,
}: {
  open: boolean;
  upload: ImportUpload<R>;
  onCommitted: (result: R) => void;
  /** Anything else the dialog resets when it opens. */
  onOpen?: () => void;
  /** The caller's running job, looked for on each opening. */
  findRunning?: (signal: AbortSignal) => Promise<RunningImport<R> | undefined>;
  cancelJob?: (jobId: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<R>();
  const [result, setResult] = useState<R>();
  const [busy, setBusy] = useState<ImportBusy>();
  const [error, setError] = useState<ApiError>();
  const [jobId, setJobId] = useState<string>();
  const [resumed, setResumed] = useState<string>();
  const [isCancelling, setCancelling] = useState(false);
  const inFlight = useRef<AbortController>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

  const track = async (action: 'check' | 'commit', work: (handlers: ImportHandlers) => Promise<R>) => {
    const controller = new AbortController();
    inFlight.current = controller;
    setBusy({ action, percent: 0 });
    setError(undefined);
    try {
      const answer = await work({
        signal: controller.signal,
        onProgress: (percent) => setBusy({ action, percent }),
        onServerProgress: (server) => setBusy({ action, percent: 100, server }),
        onStarted: setJobId,
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
        setJobId(undefined);
      }
    }
  };

  useEffect(() => {
    if (!open) return;
    setFile(undefined);
    setReport(undefined);
    setResult(undefined);
    setBusy(undefined);
    setError(undefined);
    setJobId(undefined);
    setResumed(undefined);
    onOpen?.();
    if (!findRunning) return;
    const looking = new AbortController();
    findRunning(looking.signal).then(
      (running) => {
        if (!running || looking.signal.aborted) return;
        setResumed(running.filename);
        setJobId(running.jobId);
        void track(running.action, running.follow);
      },
      // Not finding it is no error of the dialog: a new file can still be chosen.
      () => undefined,
    );
    return () => looking.abort();
    // Only on opening: the dialog's own choices are not reset while it is open.
  }, [open]);
  useEffect(() => () => inFlight.current?.abort(), []);

  const send = async (action: 'check' | 'commit') => {
    if (!file) return;
    setResumed(undefined);
    await track(action, (handlers) => upload(file, action === 'check', handlers));
  };

  const cancel = async () => {
    if (!jobId || !cancelJob) return;
    setCancelling(true);
    try {
      // The job's follow sees it end ('cancelled') and reports that.
      await cancelJob(jobId);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'CLIENT_ERROR', t('error.unexpected')));
    } finally {
      setCancelling(false);
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
  // A commit being uploaded cannot be recalled; once it is a job, closing only stops following it.
  const mayClose = busy?.action !== 'commit' || (jobId !== undefined && cancelJob !== undefined);
  const close = (onClose: () => void) => {
    if (!mayClose) return;
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
    /** The file name of a running job this opening resumed. */
    resumed,
    mayCancel: jobId !== undefined && cancelJob !== undefined && busy !== undefined,
    isCancelling,
    mayClose,
    send,
    pick,
    clearReport,
    cancel,
    close,
  };
}
