import { Alert, Col, Row, Statistic, Table, type TableProps } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { ImportProblem, ImportReport } from './enterprise-excel-api';

/** The counts of a dry run: rows read, what would be created, updated or left alone, and the problems. */
function ReportStatistics({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const items = [
    { key: 'total', title: t('import.totalRows'), value: report.totalRows },
    { key: 'created', title: t('import.toCreate'), value: report.created },
    { key: 'updated', title: t('import.toUpdate'), value: report.updated },
    { key: 'unchanged', title: t('import.unchanged'), value: report.unchanged },
    { key: 'problems', title: t('import.problemCount'), value: report.problems.length },
  ];
  return (
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
  );
}

/** The problems of a file, one line per cell, in the order of the rows, ten to a page. */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useI18n();
  const columns: TableProps<ImportProblem & { key: number }>['columns'] = [
    { title: t('import.row'), dataIndex: 'row', width: 72, align: 'right' },
    { title: t('import.column'), dataIndex: 'column', width: 160 },
    { title: t('import.problem'), dataIndex: 'message' },
  ];
  return (
    <div data-testid="import-problems">
      <Table
        size="small"
        columns={columns}
        dataSource={problems.map((problem, index) => ({ ...problem, key: index }))}
        pagination={{
          pageSize: 10,
          size: 'small',
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </div>
  );
}

/** The answer of "检查": the statistics, then either the error table or "ready to import". */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const hasProblems = report.problems.length > 0;
  const changesNothing = report.created === 0 && report.updated === 0;
  return (
    <div className="gx-import-report">
      <ReportStatistics report={report} />
      {hasProblems ? (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('import.problemsTitle', { count: report.problems.length })}
            description={t('import.problemsHint')}
          />
          <ImportProblemsTable problems={report.problems} />
        </>
      ) : (
        <Alert
          type={changesNothing ? 'info' : 'success'}
          showIcon
          data-testid="import-ready"
          title={changesNothing ? t('import.nothingToChange') : t('import.ready')}
          description={t('import.readyHint', {
            created: report.created,
            updated: report.updated,
            unchanged: report.unchanged,
          })}
        />
      )}
    </div>
  );
}
