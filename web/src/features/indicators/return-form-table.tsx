import { cumulativeLabel, parsePeriod, shiftPeriod } from '@gaoxin/domain';
import { Input, Table, Tag, Typography, type TableProps } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { ReturnResponse, ReturnValue } from './returns-api';
import { currentKind } from './returns-labels';
import {
  groupedAmount,
  impliedFigure,
  noteKey,
  type Draft,
  type Drafts,
  type FieldNote,
  type FieldNotes,
} from './return-form-values';

/** The message under an input: a problem in red, a warning in amber. */
function Note({ note }: { note: FieldNote | undefined }) {
  const { t } = useI18n();
  if (!note) return null;
  return (
    <Typography.Text
      type={note.level === 'error' ? 'danger' : 'warning'}
      style={{ display: 'block', fontSize: 12, marginTop: 2 }}
      data-testid="return-note"
    >
      {note.text ?? t(note.key, note.params)}
    </Typography.Text>
  );
}

/**
 * One row per indicator: 本期 (1—N月累计, 当月 or 期末) and 上年同期 as exact decimal text, the unit,
 * last month's figure as a hint, and what the row implies (当月 from a cumulative). Read-only when
 * the user may not write.
 */
export function ReturnFormTable({
  data,
  drafts,
  notes,
  readOnly,
  onChange,
}: {
  data: ReturnResponse;
  drafts: Drafts;
  notes: FieldNotes;
  readOnly: boolean;
  onChange: (code: string, change: Partial<Draft>) => void;
}) {
  const { t } = useI18n();
  const period = parsePeriod(data.period);
  const kindLabel = (value: ReturnValue) => {
    const kind = currentKind(value.indicator);
    if (kind === 'endOfPeriod') return t('economy.returns.kindEndOfPeriod');
    if (kind === 'month') return t('economy.returns.kindMonth');
    return t('economy.returns.kindCumulative', { label: cumulativeLabel(period) });
  };
  const numberInput = (value: ReturnValue, field: 'current' | 'previous') => {
    const { code, unit, allowNegative } = value.indicator;
    const note = notes[noteKey(code, field)];
    const text = drafts[code]?.[field] ?? '';
    if (readOnly) {
      return text === '' ? (
        <Typography.Text type="secondary">
          {field === 'current' ? t('economy.returns.notReported') : '—'}
        </Typography.Text>
      ) : (
        <span>
          {groupedAmount(text, value.indicator.decimals)} {unit}
        </span>
      );
    }
    return (
      <>
        <Input
          value={text}
          inputMode="decimal"
          placeholder={
            allowNegative ? t('economy.returns.signedPlaceholder') : (0).toFixed(value.indicator.decimals)
          }
          suffix={<Typography.Text type="secondary">{unit}</Typography.Text>}
          status={note ? (note.level === 'error' ? 'error' : 'warning') : undefined}
          onChange={(event) => onChange(code, { [field]: event.target.value })}
          aria-label={`${value.indicator.name} ${field === 'current' ? kindLabel(value) : t('economy.returns.previous')}`}
          data-testid={`return-${field}-${code}`}
          style={{ maxWidth: 220, textAlign: 'right' }}
        />
        <Note note={note} />
      </>
    );
  };

  const columns: TableProps<ReturnValue>['columns'] = [
    {
      title: t('economy.returns.indicator'),
      key: 'indicator',
      width: 220,
      render: (_v, value) => (
        <div>
          <Typography.Text strong>{value.indicator.name}</Typography.Text>
          <div>
            <Tag bordered={false} style={{ marginTop: 4 }}>
              {kindLabel(value)}
            </Tag>
            {value.indicator.allowNegative && (
              <Tag bordered={false} color="orange">
                {t('economy.returns.mayBeNegative')}
              </Tag>
            )}
          </div>
        </div>
      ),
    },
    {
      title: t('economy.returns.current'),
      key: 'current',
      width: 250,
      render: (_v, value) => numberInput(value, 'current'),
    },
    {
      title: t('economy.returns.previous'),
      key: 'previous',
      width: 250,
      render: (_v, value) => numberInput(value, 'previous'),
    },
    {
      title: t('economy.returns.reference'),
      key: 'reference',
      render: (_v, value) => {
        const implied = impliedFigure(
          data.period,
          value,
          drafts[value.indicator.code] ?? { current: '', previous: '' },
        );
        const kind = currentKind(value.indicator);
        const last = value.lastMonthCumulative;
        return (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {last !== null && (
              <div>
                {t(
                  kind === 'endOfPeriod'
                    ? 'economy.returns.lastMonthEnd'
                    : 'economy.returns.lastMonthCumulative',
                  {
                    label:
                      kind === 'endOfPeriod'
                        ? String(period.month - 1)
                        : cumulativeLabel(shiftPeriod(period, -1)),
                    value: groupedAmount(last, value.indicator.decimals),
                    unit: value.indicator.unit,
                  },
                )}
              </div>
            )}
            {implied && <div>{t(implied.key, implied.params)}</div>}
            {last === null && !implied && '—'}
          </Typography.Text>
        );
      },
    },
  ];

  return (
    <Table<ReturnValue>
      rowKey={(value) => value.indicator.code}
      columns={columns}
      dataSource={data.values}
      pagination={false}
      size="middle"
      scroll={{ x: 900 }}
      locale={{ emptyText: t('economy.returns.noIndicators') }}
      data-testid="return-table"
    />
  );
}
