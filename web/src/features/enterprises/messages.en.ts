import type { ImportJobMessageKey } from './messages.zh';

/** English text of the enterprise import run as a job; every key of messages.zh.ts. */
export const importJobEn: Record<ImportJobMessageKey, string> = {
  'importJob.phaseReading': 'Reading the file…',
  'importJob.phaseChecking': 'Checking: {done} / {total} rows',
  'importJob.phaseWriting': 'Writing: {done} / {total} enterprises',
  'importJob.waiting': 'Uploaded; waiting for the server to start…',
  'importJob.cancel': 'Cancel import',
  'importJob.cancelling': 'Cancelling…',
  'importJob.cancelConfirm': 'Cancelling undoes this import whole; nothing will be written. Cancel it?',
  'importJob.cancelled': 'The import was cancelled; nothing was written',
  'importJob.resumed': 'Your import of "{filename}" is still running; its progress is below',
  'importJob.runsOn': 'Closing this window does not stop the import; open it again to follow its progress',
};
