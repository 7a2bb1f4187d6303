import { Alert, Modal, Progress, Result, Space, Spin, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError, isAbortError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import {
  enterpriseTemplatePath,
  problemsFromDetails,
  uploadEnterpriseFile,
  type ImportReport,
  type ServerProgress,
} from './enterprise-excel-api';
import { ImportDialogFooter } from './import-dialog-footer';
import { ImportFilePicker } from './import-file-picker';
import { ImportReportView } from './import-report-view';

type Busy = { action: 'check' | 'commit'; percent: number; server?: ServerProgress } | undefined;

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
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<ImportReport>();
  const [result, setResult] = useState<ImportReport>();
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<ApiError>();
  const upload = useRef<AbortController>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    setFile(undefined);
    setReport(undefined);
    setResult(undefined);
    setBusy(undefined);
    setError(undefined);
  }, [open]);
  useEffect(() => () => upload.current?.abort(), []);

  const send = async (action: 'check' | 'commit') => {
    if (!file) return;
    const controller = new AbortController();
    upload.current = controller;
    setBusy({ action, percent: 0 });
    setError(undefined);
    try {
      const answer = await uploadEnterpriseFile(file, action === 'check', {
        signal: controller.signal,
        onProgress: (percent) => setBusy({ action, percent }),
        onServerProgress: (server) => setBusy({ action, percent: 100, server }),
      });
      if (action === 'check') setReport(answer);
      else {
        setResult(answer);
        onImported();
      }
    } catch (reason) {
      if (isAbortError(reason)) return;
      const failure =
        reason instanceof ApiError ? reason : new ApiError(0, 'CLIENT_ERROR', t('error.unexpected'));
      setError(failure);
      // Between the check and the commit the data may have changed (e.g. a name now taken): show why.
      if (failure.code === 'IMPORT_HAS_ERRORS' && report && failure.details.length > 0) {
        setReport({ ...report, problems: problemsFromDetails(failure.details) });
      }
    } finally {
      if (upload.current === controller) {
        upload.current = undefined;
        setBusy(undefined);
      }
    }
  };

  const pick = (picked: File | undefined) => {
    setFile(picked);
    setReport(undefined);
    setError(undefined);
  };
  const close = () => {
    // A commit already sent cannot be recalled; the dialog stays until the server answers.
    if (busy?.action === 'commit') return;
    upload.current?.abort();
    onClose();
  };

  const hasProblems = (report?.problems.length ?? 0) > 0;
  const current = result ? 2 : report ? 1 : 0;
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
      closable={busy?.action !== 'commit'}
      footer={footer}
    >
      <div className="gx-import" data-testid="import-dialog">
        <Steps
          current={current}
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
            {busy && <UploadProgress busy={busy} />}
            {error && (
              <Alert
                type="error"
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

/** Upload progress, then the server's own progress as it reads, checks and writes the rows. */
function UploadProgress({ busy }: { busy: NonNullable<Busy> }) {
  const { t } = useI18n();
  const uploading = busy.percent < 100;
  const server = busy.server;
  const serverPercent =
    server && server.total > 0 ? Math.floor((server.done / server.total) * 100) : undefined;
  return (
    <div className="gx-import-progress" data-testid="import-progress">
      {uploading ? (
        <>
          <Typography.Text type="secondary">{t('import.uploading')}</Typography.Text>
          <Progress percent={busy.percent} status="active" />
        </>
      ) : server && serverPercent !== undefined ? (
        <>
          <Typography.Text type="secondary">
            {t(server.phase === 'writing' ? 'import.phaseWriting' : 'import.phaseChecking', {
              done: server.done,
              total: server.total,
            })}
          </Typography.Text>
          <Progress percent={serverPercent} status="active" />
        </>
      ) : (
        <Space>
          <Spin size="small" />
          <Typography.Text type="secondary">
            {busy.action === 'check' ? t('import.checking') : t('import.committing')}
          </Typography.Text>
        </Space>
      )}
    </div>
  );
}
