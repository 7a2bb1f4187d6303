import { Alert, Col, Row, Statistic } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { ImportProblemsTable } from '../enterprises/import-report-view';
import type { ReturnsImportReport } from './returns-api';

/** The answer of "检查": rows, enterprises and figures read, what would change, then the problems or "ready". */
export function ReturnsImportReportView({ report }: { report: ReturnsImportReport }) {
  const { t } = useI18n();
  const hasProblems = report.problems.length > 0;
  const items = [
    { key: 'rows', title: t('import.totalRows'), value: report.totalRows },
    { key: 'enterprises', title: t('economy.filings.importEnterprises'), value: report.enterprises },
    { key: 'values', title: t('economy.filings.importValues'), value: report.values },
    { key: 'changed', title: t('economy.filings.importChanged'), value: report.changed },
    { key: 'unchanged', title: t('import.unchanged'), value: report.unchanged },
    { key: 'problems', title: t('import.problemCount'), value: report.problems.length },
  ];
  return (
    <div className="gx-import-report">
      <Row gutter={16} className="gx-import-statistics" data-testid="import-statistics">
        {items.map((item) => (
          <Col key={item.key} flex="1 1 0">
            <Statistic
              title={item.title}
              value={item.value}
              styles={
                item.key === 'problems' && item.value > 0
                  ? { content: { color: 'var(--ant-color-error)' } }
                  : {}
              }
            />
          </Col>
        ))}
      </Row>
      {hasProblems ? (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('import.problemsTitle', { count: report.problems.length })}
            description={t('economy.filings.problemsHint')}
          />
          <ImportProblemsTable problems={report.problems} />
        </>
      ) : (
        <Alert
          type={report.changed === 0 ? 'info' : 'success'}
          showIcon
          data-testid="import-ready"
          title={report.changed === 0 ? t('economy.filings.importNothing') : t('import.ready')}
          description={t('economy.filings.importReadyHint', {
            enterprises: report.enterprises,
            changed: report.changed,
            unchanged: report.unchanged,
          })}
        />
      )}
    </div>
  );
}
