import { todayInChina } from '@gaoxin/domain';
import { Card, Col, DatePicker, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { yiText } from './investment-format';
import { getProjectKpi, type ProjectKpi } from './projects-api';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The period in the address (`?from=&to=`), or this year up to today (China time). */
function usePeriod() {
  const [params, setParams] = useSearchParams();
  const today = todayInChina();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const isValid = datePattern.test(from) && datePattern.test(to) && from <= to;
  return {
    from: isValid ? from : `${today.slice(0, 4)}-01-01`,
    to: isValid ? to : today,
    isDefault: !isValid,
    set: (next?: { from: string; to: string }) => {
      const copy = new URLSearchParams(params);
      if (next) {
        copy.set('from', next.from);
        copy.set('to', next.to);
      } else {
        copy.delete('from');
        copy.delete('to');
      }
      setParams(copy, { replace: true });
    },
  };
}

/** "同比增长131.40%" / "同比下降…" / "与上年同期持平" / no base. */
function growthText(
  kpi: ProjectKpi,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
) {
  const value = kpi.fundsInPlaceGrowthPercent;
  if (value === null) return t('projects.kpi.noBase');
  if (value > 0) return t('projects.kpi.growthUp', { value: value.toFixed(2) });
  if (value < 0) return t('projects.kpi.growthDown', { value: Math.abs(value).toFixed(2) });
  return t('projects.kpi.growthFlat');
}

/**
 * 招商与项目指标 of any period, as the reports state them: "新签约项目 N 个，合同额 X 亿元，亿元以上项目
 * N 个；到位资金 X 亿元，同比增长 Y%；新开工 N 个、新投产 N 个", and the same figures as cards.
 */
export function KpiPanel() {
  const { t } = useI18n();
  const period = usePeriod();
  const kpi = useApiQuery(
    (signal) => getProjectKpi({ from: period.from, to: period.to }, signal),
    [period.from, period.to],
  );
  const today = dayjs(todayInChina());
  const presets = [
    {
      label: t('projects.kpi.thisYear'),
      value: [today.startOf('year'), today] as [dayjs.Dayjs, dayjs.Dayjs],
    },
    {
      label: t('projects.kpi.lastYear'),
      value: [today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year')] as [
        dayjs.Dayjs,
        dayjs.Dayjs,
      ],
    },
    {
      label: t('projects.kpi.thisMonth'),
      value: [today.startOf('month'), today] as [dayjs.Dayjs, dayjs.Dayjs],
    },
  ];
  const data = kpi.data;
  const cards = data
    ? [
        {
          key: 'signed',
          label: t('projects.kpi.signedCount'),
          value: data.signedCount,
          unit: t('projects.kpi.unitCount'),
        },
        {
          key: 'contract',
          label: t('projects.kpi.contractAmount'),
          value: yiText(data.contractAmount),
          unit: t('projects.kpi.unitYi'),
        },
        {
          key: 'large',
          label: t('projects.kpi.largeCount'),
          value: data.largeProjectCount,
          unit: t('projects.kpi.unitCount'),
        },
        {
          key: 'funds',
          label: t('projects.kpi.fundsInPlace'),
          value: yiText(data.fundsInPlace),
          unit: t('projects.kpi.unitYi'),
        },
        {
          key: 'started',
          label: t('projects.kpi.startedCount'),
          value: data.startedCount,
          unit: t('projects.kpi.unitCount'),
        },
        {
          key: 'producing',
          label: t('projects.kpi.producingCount'),
          value: data.producingCount,
          unit: t('projects.kpi.unitCount'),
        },
      ]
    : [];

  return (
    <Card
      title={t('projects.kpi.title')}
      data-testid="project-kpi"
      extra={
        <DatePicker.RangePicker
          allowClear={!period.isDefault}
          value={[dayjs(period.from), dayjs(period.to)]}
          presets={presets}
          disabledDate={(date) => date.isAfter(today, 'day')}
          onChange={(values) => {
            const [from, to] = values ?? [];
            period.set(
              from && to ? { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') } : undefined,
            );
          }}
          aria-label={t('projects.kpi.period')}
          data-testid="project-kpi-range"
        />
      }
    >
      {kpi.error && <ApiErrorView error={kpi.error} onRetry={kpi.reload} />}
      {!data && !kpi.error && <Skeleton active paragraph={{ rows: 3 }} />}
      {data && (
        <Space orientation="vertical" size={16} style={{ display: 'flex' }}>
          <Typography.Paragraph className="gx-investment-kpi-sentence" data-testid="project-kpi-sentence">
            <Tag>{t('projects.kpi.periodLabel', { from: data.from, to: data.to })}</Tag>
            {t('projects.kpi.sentence', {
              signed: data.signedCount,
              contract: yiText(data.contractAmount),
              large: data.largeProjectCount,
              funds: yiText(data.fundsInPlace),
              growth: growthText(data, t),
              started: data.startedCount,
              producing: data.producingCount,
            })}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {cards.map((card) => (
              <Col key={card.key} xs={12} md={8} xl={4}>
                <Statistic title={card.label} value={card.value} suffix={card.unit} />
              </Col>
            ))}
          </Row>
          {data.fundsInPlaceGrowthPercent !== null && (
            <Typography.Text type="secondary">
              {t('projects.kpi.fundsLastYear', { funds: yiText(data.fundsInPlaceLastYear) })}
            </Typography.Text>
          )}
          {data.signedCount === 0 && data.startedCount === 0 && data.producingCount === 0 && (
            <Typography.Text type="secondary">{t('projects.kpi.empty')}</Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}
