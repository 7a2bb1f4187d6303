import { Alert, Button, Space, Table, Typography } from 'antd';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { normalizeDecimal, type ReturnResponse } from './returns-api';
import { draftsFrom, groupedAmount, type Drafts } from './return-form-values';

interface Difference {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  mine: string;
  theirs: string;
}

/**
 * "已被他人修改": someone saved this return after it was read. Shows where the saved figures differ from
 * what was typed, and offers to load them or to save the typed figures over them knowingly.
 */
export function ReturnFormConflict({
  fresh,
  drafts,
  onReload,
  onOverwrite,
}: {
  fresh: ReturnResponse;
  drafts: Drafts;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  const { t, language } = useI18n();
  const saved = draftsFrom(fresh);
  const differences: Difference[] = fresh.values.flatMap((value) => {
    const { code, name, unit, decimals } = value.indicator;
    const mine = normalizeDecimal(drafts[code]?.current ?? '');
    const theirs = saved[code]?.current ?? '';
    return mine === theirs ? [] : [{ code, name, unit, decimals, mine, theirs }];
  });
  const show = (text: string, row: Difference) =>
    text === ''
      ? '—'
      : /^-?\d+(\.\d+)?$/.test(text)
        ? `${groupedAmount(text, row.decimals)} ${row.unit}`
        : text;

  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="return-conflict"
      title={t('economy.returns.conflictTitle')}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {t('economy.returns.conflictText', {
              who: fresh.filedBy ?? '—',
              at: formatDateTime(fresh.filedAt, language),
            })}
          </Typography.Text>
          {differences.length > 0 && (
            <Table<Difference>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={differences}
              columns={[
                { title: t('economy.returns.indicator'), dataIndex: 'name' },
                {
                  title: t('economy.returns.conflictMine'),
                  key: 'mine',
                  render: (_v, row) => show(row.mine, row),
                },
                {
                  title: t('economy.returns.conflictTheirs'),
                  key: 'theirs',
                  render: (_v, row) => show(row.theirs, row),
                },
              ]}
            />
          )}
          <Space wrap>
            <Button type="primary" onClick={onReload} data-testid="return-conflict-reload">
              {t('economy.returns.conflictReload')}
            </Button>
            <Button onClick={onOverwrite} data-testid="return-conflict-overwrite">
              {t('economy.returns.conflictOverwrite')}
            </Button>
          </Space>
        </Space>
      }
    />
  );
}
