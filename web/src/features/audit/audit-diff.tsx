import { Table, Typography, type TableProps } from 'antd';
import type { AuditEntry } from '../../api/contract';
import { useI18n } from '../../app/i18n/i18n';

interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function diffRows(before: AuditEntry['before'], after: AuditEntry['after']): DiffRow[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return fields.map((field) => {
    const oldValue = before?.[field];
    const newValue = after?.[field];
    return {
      field,
      before: oldValue,
      after: newValue,
      changed: JSON.stringify(oldValue) !== JSON.stringify(newValue),
    };
  });
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}

/** The before/after values of an audited change, field by field, changed fields highlighted. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const rows = diffRows(entry.before, entry.after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noDetails')}</Typography.Text>;

  const cell = (value: unknown, row: DiffRow, tone: 'before' | 'after') => (
    <span
      className="gx-mono"
      style={{
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        background: row.changed ? (tone === 'before' ? '#fff1f0' : '#f6ffed') : undefined,
      }}
    >
      {value === undefined ? <Typography.Text type="secondary">—</Typography.Text> : show(value)}
    </span>
  );
  const columns: TableProps<DiffRow>['columns'] = [
    {
      title: t('audit.field'),
      dataIndex: 'field',
      width: 200,
      render: (field: string, row) => (
        <Typography.Text className="gx-mono" strong={row.changed}>
          {field}
        </Typography.Text>
      ),
    },
    {
      title: t('audit.before'),
      dataIndex: 'before',
      render: (value: unknown, row) => cell(value, row, 'before'),
    },
    {
      title: t('audit.after'),
      dataIndex: 'after',
      render: (value: unknown, row) => cell(value, row, 'after'),
    },
  ];
  return (
    <Table<DiffRow>
      size="small"
      rowKey="field"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="audit-diff"
    />
  );
}
