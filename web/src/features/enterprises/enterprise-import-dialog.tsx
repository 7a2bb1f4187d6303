import { Alert, Modal, Progress, Result, Space, Spin, Steps, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { enterpriseTemplatePath, uploadEnterpriseFile, type ImportReport } from './enterprise-excel-api';
import { ImportDialogFooter } from './import-dialog-footer';
import { ImportFilePicker } from './import-file-picker';
import { ImportReportView } from './import-report-view';
import { useImportWizard, type ImportBusy } from './use-import-wizard';

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
  const { file, report, result, busy, error, fileInput, hasProblems, step, send, pick, ...wizard } =
    useImportWizard<ImportReport>({ open, upload: uploadEnterpriseFile, onCommitted: () => onImported() });
  // A commit already sent cannot be recalled; the dialog stays until the server answers.
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
function UploadProgress({ busy }: { busy: NonNullable<ImportBusy> }) {
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
