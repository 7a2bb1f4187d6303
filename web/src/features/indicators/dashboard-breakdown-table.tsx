import { Button, Table, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { figureText, pointsText, signedPercent, type FigureUnit } from './dashboard-format';
import { canDrill } from './dashboard-slice-tooltip';
import type { BreakdownDimension, BreakdownSlice } from './indicators-api';

/**
 * The numbers behind the bars and the donut as a table: readable without hovering, reachable by
 * keyboard and screen readers, and each part's name opens its enterprises like a click on its bar.
 */
export function BreakdownTable({
  by,
  slices,
  unit,
  onSelect,
}: {
  by: BreakdownDimension;
  slices: BreakdownSlice[];
  unit: FigureUnit;
  onSelect: (slice: BreakdownSlice) => void;
}) {
  const { t, language } = useI18n();
  return (
    <Table<BreakdownSlice>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={slices}
      data-testid={`breakdown-table-${by}`}
      columns={[
        {
          title: t('economy.dashboard.table.part'),
          key: 'label',
          render: (_, slice) =>
            canDrill(slice) ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => onSelect(slice)}
                data-testid="breakdown-drill"
              >
                {slice.label}
              </Button>
            ) : (
              <Typography.Text type="secondary">{slice.label}</Typography.Text>
            ),
        },
        {
          title: t('economy.dashboard.table.value'),
          key: 'value',
          align: 'right',
          render: (_, slice) => figureText(slice.cumulative, unit),
        },
        {
          title: t('economy.dashboard.table.share'),
          key: 'share',
          align: 'right',
          render: (_, slice) => signedPercent(slice.sharePercent).replace('+', ''),
        },
        {
          title: t('economy.dashboard.table.growth'),
          key: 'growth',
          align: 'right',
          render: (_, slice) => signedPercent(slice.officialGrowth ?? slice.cumulativeGrowth),
        },
        {
          title: t('economy.dashboard.table.pull'),
          key: 'pull',
          align: 'right',
          render: (_, slice) => pointsText(slice.pullPoints, language),
        },
        {
          title: t('economy.dashboard.table.contribution'),
          key: 'contribution',
          align: 'right',
          render: (_, slice) => signedPercent(slice.contributionPercent).replace('+', ''),
        },
      ]}
    />
  );
}
