import { InfoCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { parsePeriod } from '@gaoxin/domain';
import { Button, Card, Col, Row, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import {
  clauses,
  cumulativeText,
  fallColour,
  figureText,
  growthText,
  labelled,
  monthText,
  riseColour,
} from './dashboard-format';
import type { IndicatorFigure } from './indicators-api';

const TargetGauge = lazy(() => import('./dashboard-gauge-chart').then((m) => ({ default: m.TargetGauge })));

function growthColour(value: number | null): string | undefined {
  if (value === null || value === 0) return undefined;
  return value < 0 ? fallColour : riseColour;
}

/** 完成全年目标 against 时序进度: a gauge for an amount target, a sentence for a growth target. */
function TargetProgress({ figure }: { figure: IndicatorFigure }) {
  const { t } = useI18n();
  const { target } = figure;
  if (!target) {
    return (
      <Typography.Text type="secondary" className="gx-economy-card-target-none">
        {t('economy.dashboard.noTarget')}
      </Typography.Text>
    );
  }
  const gapColour =
    target.gapPoints === null || target.gapPoints === 0
      ? undefined
      : target.gapPoints < 0
        ? fallColour
        : riseColour;
  const phrase = (
    <Typography.Text strong style={{ color: gapColour }} data-testid="target-phrase">
      {target.phrase}
    </Typography.Text>
  );
  if (target.completionPercent === null) {
    return (
      <div className="gx-economy-card-target-text">
        <Typography.Text type="secondary">
          {t('economy.dashboard.growthTarget', { target: target.target })}
        </Typography.Text>
        {phrase}
      </div>
    );
  }
  return (
    <div className="gx-economy-card-target">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('economy.dashboard.completion', { target: figureText(target.target, figure.indicator) })}
      </Typography.Text>
      <Suspense fallback={<Skeleton.Node active style={{ width: 180, height: 128 }} />}>
        <TargetGauge completionPercent={target.completionPercent} schedulePercent={target.schedulePercent} />
      </Suspense>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <span className="gx-economy-schedule-mark" />
        {t('economy.dashboard.schedule', { value: target.schedulePercent.toFixed(2) })}
      </Typography.Text>
      {phrase}
    </div>
  );
}

/** One headline indicator: 1—N月累计, 同比 (official marked), 当月, enterprises, missing bases, target. */
function HeadlineCard({
  figure,
  period,
  selected,
  onSelect,
  onList,
}: {
  figure: IndicatorFigure;
  period: string;
  selected: boolean;
  onSelect: () => void;
  onList: () => void;
}) {
  const { t, language } = useI18n();
  const { indicator } = figure;
  const isStock = indicator.aggregation === 'endOfPeriod';
  const shown = figure.officialGrowth ?? figure.cumulativeGrowth;
  const month = parsePeriod(period).month;
  const valueLabel = isStock
    ? t('economy.dashboard.endOfPeriod', { month: monthText(period, language) })
    : t('economy.dashboard.cumulative', { months: cumulativeText(period, language) });
  // 当月 only where it differs from the cumulative (not in January, not for a combined 1—2月), as in the bulletin.
  const showsMonth = !isStock && month > 1 && figure.monthCovers === 'month' && figure.month !== null;
  const hasData = figure.enterprises > 0;

  return (
    <Card
      size="small"
      hoverable
      className={selected ? 'gx-economy-card gx-economy-card-selected' : 'gx-economy-card'}
      onClick={onSelect}
      data-testid={`headline-${indicator.code}`}
      title={indicator.name}
      extra={
        <Tooltip title={t('economy.dashboard.listEnterprises')}>
          <Button
            type="text"
            size="small"
            icon={<UnorderedListOutlined />}
            aria-label={t('economy.dashboard.listEnterprises')}
            disabled={!hasData}
            onClick={(event) => {
              event.stopPropagation();
              onList();
            }}
          />
        </Tooltip>
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {valueLabel}
      </Typography.Text>
      <div className="gx-economy-card-value">{hasData ? figureText(figure.cumulative, indicator) : '—'}</div>
      <div className="gx-economy-card-growth" style={{ color: growthColour(shown) }}>
        {hasData ? growthText(shown, language) : t('economy.dashboard.noFigures')}
        {figure.officialGrowth !== null && (
          <Tooltip
            title={labelled(
              t('economy.dashboard.computedGrowth'),
              growthText(figure.cumulativeGrowth, language),
              language,
            )}
          >
            <Tag color="gold" className="gx-economy-official" data-testid="official-tag">
              {t('economy.dashboard.official')}
            </Tag>
          </Tooltip>
        )}
      </div>
      {showsMonth && (
        <Typography.Text className="gx-economy-card-line">
          {clauses(
            [
              labelled(monthText(period, language), figureText(figure.month, indicator), language),
              growthText(figure.monthGrowth, language),
            ],
            language,
          )}
          {figure.monthIncomplete > 0 && (
            <Typography.Text type="warning" data-testid="month-incomplete">
              {' '}
              {t('economy.dashboard.monthIncomplete', { count: figure.monthIncomplete })}
            </Typography.Text>
          )}
        </Typography.Text>
      )}
      {figure.twoYearAverage !== null && (
        <Typography.Text type="secondary" className="gx-economy-card-line">
          {t('economy.dashboard.twoYearAverage', { value: figure.twoYearAverage.toFixed(2) })}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" className="gx-economy-card-line">
        {t('economy.dashboard.enterprises', { count: figure.enterprises })}
        {' · '}
        <Tooltip title={t('economy.dashboard.missingBaseHint')}>
          <span style={figure.missingBase > 0 ? { color: '#d46b08' } : undefined} data-testid="missing-base">
            {t('economy.dashboard.missingBase', { count: figure.missingBase })} <InfoCircleOutlined />
          </span>
        </Tooltip>
      </Typography.Text>
      <TargetProgress figure={figure} />
    </Card>
  );
}

/** The headline indicators of the catalogue as cards; a click shows that indicator in the charts below. */
export function HeadlineCards({
  figures,
  period,
  selected,
  onSelect,
  onList,
}: {
  figures: IndicatorFigure[];
  period: string;
  selected: string;
  onSelect: (code: string) => void;
  onList: (code: string) => void;
}) {
  const span = Math.max(6, Math.floor(24 / Math.max(1, figures.length)));
  return (
    <Row gutter={[16, 16]} className="gx-economy-cards">
      {figures.map((figure) => (
        <Col xs={24} sm={12} xl={span} key={figure.indicator.code}>
          <HeadlineCard
            figure={figure}
            period={period}
            selected={figure.indicator.code === selected}
            onSelect={() => onSelect(figure.indicator.code)}
            onList={() => onList(figure.indicator.code)}
          />
        </Col>
      ))}
    </Row>
  );
}
