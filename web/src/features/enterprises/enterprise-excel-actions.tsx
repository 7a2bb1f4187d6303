import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import { enterpriseTemplatePath, exportEnterprises } from './enterprise-excel-api';
import { EnterpriseImportDialog } from './enterprise-import-dialog';
import type { EnterpriseFilter } from './enterprises-api';
import { findRunningImportJob } from './import-job-api';

/**
 * Excel in and out on the enterprise list: the template and the export (officers and leaders) and
 * the import wizard (officers), opened by itself while one of the officer's imports runs. The export
 * takes the list's current search, filters and sort.
 */
export function EnterpriseExcelActions({
  filter,
  mayImport,
  onImported,
}: {
  filter: EnterpriseFilter;
  mayImport: boolean;
  onImported: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);

  // An import still running (started before a reload, or in another tab) opens its dialog again.
  useEffect(() => {
    if (!mayImport) return;
    const looking = new AbortController();
    findRunningImportJob('enterprises', looking.signal).then(
      (job) => {
        if (job && !looking.signal.aborted) setImporting(true);
      },
      () => undefined,
    );
    return () => looking.abort();
  }, [mayImport]);

  const runExport = async () => {
    setExporting(true);
    try {
      await exportEnterprises(filter);
    } catch (reason) {
      void message.error(reason instanceof ApiError ? reason.message : t('error.unexpected'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Button icon={<FileExcelOutlined />} href={enterpriseTemplatePath} download data-testid="template-link">
        {t('excel.template')}
      </Button>
      <Tooltip title={t('excel.exportHint')}>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={() => void runExport()}
          data-testid="export-button"
        >
          {t('excel.export')}
        </Button>
      </Tooltip>
      {mayImport && (
        <>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="import-open">
            {t('excel.import')}
          </Button>
          <EnterpriseImportDialog
            open={importing}
            onClose={() => setImporting(false)}
            onImported={onImported}
          />
        </>
      )}
    </>
  );
}
