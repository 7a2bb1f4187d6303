import { Alert, Button, Modal, Popconfirm, Progress, Result, Space, Spin, Steps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { enterpriseTemplatePath, type ImportReport } from './enterprise-excel-api';
import { ImportDialogFooter } from './import-dialog-footer';
import { ImportFilePicker } from './import-file-picker';
import {
  cancelImportJob,
  findRunningImportJob,
  followImportJob,
  importCancelledCode,
  startImportJob,
  type ImportJob,
} from './import-job-api';
import { useImportJobText } from './import-job-text';
import { ImportReportView } from './import-report-view';
import {
  useImportWizard,
  type ImportBusy,
  type ImportHandlers,
  type RunningImport,
} from './use-import-wizard';

/** Polls a job, telling the wizard its phase and rows as they move. */
function follow(jobId: string, handlers: ImportHandlers, cancelledText: string) {
  return followImportJob<ImportReport>(jobId, {
    signal: handlers.signal,
    cancelledText,
    onProgress: (job: ImportJob<ImportReport>) =>
      handlers.onServerProgress({ phase: job.phase, done: job.done, total: job.total }),
  });
}

/**
 * "导入" wizard: choose an .xlsx file → 检查 (dry run: counts and the problems by row and column) →
 * 确认导入 (only when the check found nothing; all or nothing on the server) → the result.
 */
export function EnterpriseImportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  /** The import wrote its rows: the list behind the dialog should load again. */
  onImported: () => void;
}) {
  const { t } = useI18n();
  const jobText = useImportJobText();
  const cancelledText = jobText('importJob.cancelled');
  const { file, report, result, busy, error, fileInput, hasProblems, step, send, pick, ...wizard } =
    useImportWizard<ImportReport>({
      open,
      // The import runs as a job on the server: uploaded, then followed until it ends.
      upload: async (picked, dryRun, handlers) => {
        const job = await startImportJob<ImportReport>('enterprises', picked, dryRun, {
          signal: handlers.signal,
          onProgress: (sent, total) => handlers.onProgress(total > 0 ? Math.round((sent / total) * 100) : 0),
        });
        handlers.onStarted?.(job.id);
        handlers.onServerProgress({ phase: job.phase, done: job.done, total: job.total });
        return follow(job.id, handlers, cancelledText);
      },
      findRunning: async (signal): Promise<RunningImport<ImportReport> | undefined> => {
        const job = await findRunningImportJob<ImportReport>('enterprises', signal);
        if (!job) return undefined;
        return {
          jobId: job.id,
          action: job.dryRun ? 'check' : 'commit',
          filename: job.filename,
          follow: (handlers) => follow(job.id, handlers, cancelledText),
        };
      },
      cancelJob: async (jobId) => void (await cancelImportJob(jobId)),
      onCommitted: () => onImported(),
    });
  // A commit being uploaded cannot be recalled; once it runs as a job it can be cancelled instead.
  const close = () => wizard.close(onClose);
  const steps = [
    { title: t('import.stepFile') },
    { title: t('import.stepCheck'), status: hasProblems ? ('error' as const) : undefined },
    { title: t('import.stepDone') },
  ];

  const footer = (
    <ImportDialogFooter
      done={Boolean(result)}
      checked={Boolean(report)}
      hasProblems={hasProblems}
      busy={busy?.action}
      hasFile={Boolean(file)}
      commitDisabled={!file}
      onClose={close}
      onCheck={() => void send('check')}
      onCommit={() => void send('commit')}
      onReselect={() => fileInput.current?.click()}
    />
  );

  return (
    <Modal
      open={open}
      width={800}
      title={t('import.title')}
      onCancel={close}
      mask={{ closable: false }}
      closable={wizard.mayClose}
      footer={footer}
    >
      <div className="gx-import" data-testid="import-dialog">
        <Steps
          current={step}
          status={result ? 'finish' : error ? 'error' : undefined}
          items={steps}
          size="small"
        />
        {result ? (
          <Result
            status="success"
            title={t('import.doneTitle')}
            subTitle={t('import.doneSummary', {
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
            data-testid="import-result"
          />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('import.intro')}{' '}
              <Typography.Link href={enterpriseTemplatePath} download>
                {t('excel.template')}
              </Typography.Link>
            </Typography.Paragraph>
            <ImportFilePicker file={file} disabled={busy !== undefined} onPick={pick} inputRef={fileInput} />
            {wizard.resumed && busy && (
              <Alert
                type="info"
                showIcon
                title={jobText('importJob.resumed', { filename: wizard.resumed })}
                description={jobText('importJob.runsOn')}
                data-testid="import-resumed"
              />
            )}
            {busy && (
              <UploadProgress
                busy={busy}
                cancel={
                  wizard.mayCancel && (
                    <Popconfirm
                      title={jobText('importJob.cancelConfirm')}
                      onConfirm={() => void wizard.cancel()}
                      okText={jobText('importJob.cancel')}
                      cancelText={t('common.cancel')}
                    >
                      <Button danger size="small" loading={wizard.isCancelling} data-testid="import-cancel">
                        {wizard.isCancelling ? jobText('importJob.cancelling') : jobText('importJob.cancel')}
                      </Button>
                    </Popconfirm>
                  )
                }
              />
            )}
            {error && (
              <Alert
                type={error.code === importCancelledCode ? 'warning' : 'error'}
                showIcon
                title={error.message}
                description={error.code === 'IMPORT_INVALID_FILE' ? t('import.invalidFileHint') : undefined}
                data-testid="import-error"
              />
            )}
            {report && <ImportReportView report={report} />}
          </>
        )}
      </div>
    </Modal>
  );
}

/** Upload progress, then the job's own progress as the server reads, checks and writes the rows. */
function UploadProgress({ busy, cancel }: { busy: NonNullable<ImportBusy>; cancel: ReactNode }) {
  const { t } = useI18n();
  const jobText = useImportJobText();
  const uploading = busy.percent < 100;
  const server = busy.server;
  const phaseKey = server
    ? (
        {
          reading: 'importJob.phaseReading',
          checking: 'importJob.phaseChecking',
          writing: 'importJob.phaseWriting',
        } as const
      )[server.phase]
    : undefined;
  const serverPercent =
    server && server.total > 0 && server.phase !== 'reading'
      ? Math.floor((server.done / server.total) * 100)
      : 0;
  return (
    <div className="gx-import-progress" data-testid="import-progress">
      {uploading ? (
        <>
          <Typography.Text type="secondary">{t('import.uploading')}</Typography.Text>
          <Progress percent={busy.percent} status="active" />
        </>
      ) : server && phaseKey ? (
        <>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text type="secondary" data-testid="import-phase">
              {jobText(phaseKey, { done: server.done, total: server.total })}
            </Typography.Text>
            {cancel}
          </Space>
          <Progress percent={serverPercent} status="active" />
        </>
      ) : (
        <Space>
          <Spin size="small" />
          <Typography.Text type="secondary">
            {busy.action === 'check' ? t('import.checking') : t('import.committing')}
          </Typography.Text>
          {cancel}
        </Space>
      )}
    </div>
  );
}
