import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Result, Space, Spin, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { ImportDialogFooter } from '../enterprises/import-dialog-footer';
import { useImportWizard } from '../enterprises/use-import-wizard';
import { ImportFilePicker } from '../enterprises/import-file-picker';
import '../enterprises/enterprises.css';
import { periodText, templatePath, uploadReturnsFile, type ReturnsImportReport } from './returns-api';
import { ReturnsImportReportView } from './returns-import-report';
import { PeriodPicker } from './returns-period-picker';

/**
 * 导入月度数据: pick the period → download its template (prefilled with the expected reporters) →
 * choose the file → 检查 (dry run: counts and problems by row and column) → 确认导入 (all or
 * nothing) → how many figures changed. The same shape as the enterprise import wizard.
 */
export function ReturnsImportDialog({
  open,
  initialPeriod,
  onClose,
  onImported,
}: {
  open: boolean;
  initialPeriod: string;
  onClose: () => void;
  /** The import wrote a period's figures: the board behind the dialog should show it. */
  onImported: (period: string) => void;
}) {
  const { t, language } = useI18n();
  const [period, setPeriod] = useState(initialPeriod);
  const { file, report, result, busy, error, fileInput, hasProblems, step, send, pick, ...wizard } =
    useImportWizard<ReturnsImportReport>({
      open,
      upload: (chosen, dryRun, handlers) => uploadReturnsFile(chosen, period, dryRun, handlers),
      onCommitted: () => onImported(period),
      // The board's period is where the dialog starts, not a live binding.
      onOpen: () => setPeriod(initialPeriod),
    });
  const close = () => wizard.close(onClose);
  const label = periodText(period, language);

  const footer = (
    <ImportDialogFooter
      done={Boolean(result)}
      checked={Boolean(report)}
      hasProblems={hasProblems}
      busy={busy?.action}
      hasFile={Boolean(file)}
      commitDisabled={report?.changed === 0}
      extra={
        <Button onClick={() => void send('check')} disabled={busy !== undefined} data-testid="import-recheck">
          {t('economy.filings.importRecheck')}
        </Button>
      }
      onClose={close}
      onCheck={() => void send('check')}
      onCommit={() => void send('commit')}
      onReselect={() => fileInput.current?.click()}
    />
  );

  return (
    <Modal
      open={open}
      width={860}
      title={t('economy.filings.importTitle')}
      onCancel={close}
      mask={{ closable: false }}
      closable={busy?.action !== 'commit'}
      footer={footer}
    >
      <div className="gx-import" data-testid="import-dialog">
        <Steps
          current={step}
          status={result ? 'finish' : error ? 'error' : undefined}
          items={[
            { title: t('economy.filings.importStepFile') },
            { title: t('import.stepCheck'), status: hasProblems ? 'error' : undefined },
            { title: t('import.stepDone') },
          ]}
          size="small"
        />
        {result ? (
          <Result
            status="success"
            title={t('economy.filings.importDone', { period: label })}
            subTitle={t('economy.filings.importDoneSummary', {
              enterprises: result.enterprises,
              changed: result.changed,
              unchanged: result.unchanged,
            })}
            data-testid="import-result"
          />
        ) : (
          <>
            <Space wrap size={[12, 8]}>
              <Typography.Text>{t('economy.filings.importPeriod')}</Typography.Text>
              <PeriodPicker
                value={period}
                disabled={busy !== undefined}
                onChange={(next) => {
                  setPeriod(next);
                  wizard.clearReport();
                }}
                testId="import-period"
              />
              <Button
                icon={<DownloadOutlined />}
                href={templatePath(period)}
                download
                data-testid="template-link"
              >
                {t('economy.filings.template', { period: label })}
              </Button>
            </Space>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('economy.filings.importIntro')}
            </Typography.Paragraph>
            <ImportFilePicker file={file} disabled={busy !== undefined} onPick={pick} inputRef={fileInput} />
            {busy && (
              <div className="gx-import-progress" data-testid="import-progress">
                {busy.percent < 100 ? (
                  <>
                    <Typography.Text type="secondary">{t('import.uploading')}</Typography.Text>
                    <Progress percent={busy.percent} status="active" />
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
            )}
            {error && (
              <Alert
                type="error"
                showIcon
                title={error.message}
                description={
                  error.code === 'IMPORT_INVALID_FILE' ? t('economy.filings.invalidFileHint') : undefined
                }
                data-testid="import-error"
              />
            )}
            {report && <ReturnsImportReportView report={report} />}
          </>
        )}
      </div>
    </Modal>
  );
}
