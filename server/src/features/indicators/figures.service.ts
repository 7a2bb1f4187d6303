import {
  formatAmount,
  growthRate,
  formatPeriod,
  industrySections,
  parseAmount,
  parsePeriod,
  percent,
  shiftPeriod,
  schedulePercentOf,
  targetProgress,
  type ScheduleBasis,
  twoYearAverageFromGrowth,
  type BreakdownDimension,
  type BreakdownResponse,
  type IndicatorFigure,
  type OverviewQuery,
  type OverviewResponse,
  type SliceQuery,
  type TrendResponse,
} from '@gaoxin/domain';
import { inParallel, type DbOrTx } from '../../db/client.js';
import type { IndicatorRow } from '../../db/schema/index.js';
import { AppError } from '../../platform/app-error.js';
import { findParksOfZone, findZoneQualificationTypes } from '../enterprises/enterprises.repository.js';
import { qualificationTypeNames } from '../enterprises/enterprise-presenter.js';
import { findIndicators, findLatestPeriod } from './catalogue.repository.js';
import {
  sumsByDimension,
  sumsByIndicatorAndPeriod,
  sumsByPeriod,
  type CubeSums,
} from './figures.repository.js';
import { findOfficialRates, findTargets } from './settings.repository.js';
import { findScheduleBasis } from '../zones/zones.repository.js';

const exact = (value: bigint) => formatAmount(value, 4);
const nullable = (value: number | undefined) => value ?? null;

export function sliceOf(query: SliceQuery): SliceQuery {
  const { parkId, industrySection, leadingIndustry, qualification, aboveScale, key } = query;
  return { parkId, industrySection, leadingIndustry, qualification, aboveScale, key };
}

/** The one slice kind an official rate or a target can be stored for, or null for a mixed slice. */
export function officialSliceOf(slice: SliceQuery): { kind: string; key: string } | null {
  const set = Object.entries(slice).filter(([, value]) => value !== undefined);
  if (set.length === 0) return { kind: 'zone', key: '' };
  if (set.length > 1) return null;
  if (slice.parkId) return { kind: 'park', key: slice.parkId };
  if (slice.industrySection) return { kind: 'industry', key: slice.industrySection };
  if (slice.leadingIndustry) return { kind: 'leading', key: slice.leadingIndustry };
  return null;
}

/** Growth rates of a slice's sums (comparable base, percent with two decimals). */
export function growthOf(sums: CubeSums, places = 2) {
  const cumulative = nullable(
    growthRate(parseAmount(sums.cumulativeComparable), parseAmount(sums.cumulativeBase), places),
  );
  return {
    cumulative,
    month: combinedFebruary(sums)
      ? cumulative
      : nullable(growthRate(parseAmount(sums.monthComparable), parseAmount(sums.monthBase), places)),
  };
}

/**
 * A February in which any enterprise has no January return: the slice's 当月 is then 1–2月
 * together for everyone (its 累计), never a mix of February alone and 1–2月.
 */
function combinedFebruary(sums: CubeSums): boolean {
  return sums.monthCombined > 0;
}

/** 当月 of a slice (the enterprises whose 当月 is known), 1–2月 for a combined February. */
function monthOf(sums: CubeSums): string | null {
  if (combinedFebruary(sums)) return exact(parseAmount(sums.cumulative));
  return sums.enterprises > sums.monthUnknown ? exact(parseAmount(sums.monthValue)) : null;
}

/** The period asked for, else the latest one with any return (null when there is none). */
export async function resolvePeriod(db: DbOrTx, zoneId: string, text: string | undefined) {
  return { period: text ? parsePeriod(text) : await findLatestPeriod(db, zoneId) };
}

export async function indicatorByCode(db: DbOrTx, zoneId: string, code: string): Promise<IndicatorRow> {
  const indicator = (await findIndicators(db, zoneId)).find((row) => row.code === code);
  if (!indicator) throw new AppError('VALIDATION_FAILED', {}, [{ field: 'indicator', key: 'invalid' }]);
  return indicator;
}

const describe = (row: IndicatorRow) => ({
  code: row.code,
  name: row.name,
  unit: row.unit,
  decimals: row.decimals,
  aggregation: row.aggregation as 'sum',
});

/**
 * Every active indicator's picture for a period and slice, from the summary tables: totals, 当月,
 * 同比 on the comparable base (or the official rate, when stored), the two-year average, and
 * progress against the annual target and 时序进度 (for the zone or one sub-park).
 */
export async function computeOverview(
  db: DbOrTx,
  zoneId: string,
  query: OverviewQuery,
): Promise<OverviewResponse> {
  const latest = await findLatestPeriod(db, zoneId);
  const period = query.period ? parsePeriod(query.period) : latest;
  if (!period) return { period: null, latestPeriod: null, items: [] };
  const slice = sliceOf(query);
  const official = officialSliceOf(slice);
  const targetPark = official?.kind === 'zone' ? '' : official?.kind === 'park' ? official.key : null;
  // Independent reads: on PostgreSQL they run at once on the pool, so the page costs about one query.
  const [indicatorRows, sums, rates, targets, basis] = await inParallel(db, [
    () => findIndicators(db, zoneId),
    () =>
      sumsByIndicatorAndPeriod(
        db,
        zoneId,
        period.month,
        [period.year, period.year - 1, period.year - 2],
        slice,
      ),
    () => (official ? findOfficialRates(db, zoneId, period.year, period.month) : Promise.resolve([])),
    () => (targetPark === null ? Promise.resolve([]) : findTargets(db, zoneId, period.year)),
    () => (targetPark === null ? Promise.resolve('months' as const) : findScheduleBasis(db, zoneId)),
  ] as const);
  const schedule = { year: period.year, basis };
  const catalogue = indicatorRows.filter((row) => row.active);
  const find = (indicatorId: string, year: number) =>
    sums.find((row) => row.indicatorId === indicatorId && row.year === year && row.month === period.month);

  const items: IndicatorFigure[] = catalogue.map((indicator) => {
    const current = find(indicator.id, period.year);
    const lastYear = find(indicator.id, period.year - 1);
    const growth = current ? growthOf(current) : { cumulative: null, month: null };
    const precise = current ? growthOf(current, 6).cumulative : null;
    const preciseLastYear = lastYear ? growthOf(lastYear, 6).cumulative : null;
    const rate = rates.find(
      (row) =>
        row.indicatorId === indicator.id && row.sliceKind === official?.kind && row.sliceKey === official.key,
    );
    const target = targets.find((row) => row.indicatorId === indicator.id && row.parkKey === targetPark);
    const cumulative = current ? parseAmount(current.cumulative) : 0n;
    const shownGrowth = rate ? Number(rate.growthPercent) : growth.cumulative;
    return {
      indicator: describe(indicator),
      enterprises: current?.enterprises ?? 0,
      cumulative: exact(cumulative),
      month: current ? monthOf(current) : null,
      monthCovers: current && combinedFebruary(current) ? 'januaryAndFebruary' : 'month',
      monthIncomplete: current && !combinedFebruary(current) ? current.monthUnknown : 0,
      cumulativeGrowth: growth.cumulative,
      monthGrowth: growth.month,
      officialGrowth: rate ? Number(rate.growthPercent) : null,
      missingBase: current?.cumulativeMissing ?? 0,
      twoYearAverage:
        precise === null || preciseLastYear === null
          ? null
          : nullable(twoYearAverageFromGrowth(precise, preciseLastYear)),
      target: targetOf(target, cumulative, shownGrowth, period.month, schedule),
    };
  });
  return { period: formatPeriod(period), latestPeriod: latest ? formatPeriod(latest) : null, items };
}

function targetOf(
  target: { value: string | null; growthPercent: string | null } | undefined,
  cumulative: bigint,
  growth: number | null,
  month: number,
  schedule: { year: number; basis: ScheduleBasis },
): IndicatorFigure['target'] {
  if (!target) return null;
  if (target.value !== null) {
    const progress = targetProgress(cumulative, parseAmount(target.value), month, schedule);
    return {
      target: exact(parseAmount(target.value)),
      completionPercent: nullable(progress.completionPercent),
      schedulePercent: progress.schedulePercent,
      gapPoints: nullable(progress.gapPoints),
      phrase: progress.phrase,
    };
  }
  if (target.growthPercent === null) return null;
  const goal = Number(target.growthPercent);
  const gap = growth === null ? null : Math.round((growth - goal) * 100) / 100;
  return {
    target: `增长${goal.toFixed(2)}%`,
    completionPercent: null,
    schedulePercent: schedulePercentOf(schedule.year, month, schedule.basis),
    gapPoints: gap,
    phrase:
      gap === null
        ? '上年同期数缺失，无法对比增速目标'
        : gap > 0
          ? `高于增速目标${gap.toFixed(2)}个百分点`
          : gap < 0
            ? `低于增速目标${Math.abs(gap).toFixed(2)}个百分点`
            : '与增速目标持平',
  };
}

/** A series of 12–60 months for trend lines, from the summary tables. */
export async function computeTrend(
  db: DbOrTx,
  zoneId: string,
  query: SliceQuery & { indicator: string; to?: string; months: number },
): Promise<TrendResponse> {
  const [indicator, { period }] = await inParallel(db, [
    () => indicatorByCode(db, zoneId, query.indicator),
    () => resolvePeriod(db, zoneId, query.to),
  ] as const);
  if (!period) return { indicator: describe(indicator), points: [] };
  const rows = await sumsByPeriod(
    db,
    zoneId,
    indicator.id,
    shiftPeriod(period, -(query.months - 1)),
    period,
    sliceOf(query),
  );
  return {
    indicator: describe(indicator),
    points: rows.map((row) => {
      const growth = growthOf(row);
      return {
        period: formatPeriod(row),
        enterprises: row.enterprises,
        cumulative: exact(parseAmount(row.cumulative)),
        month: monthOf(row),
        monthCovers: combinedFebruary(row) ? 'januaryAndFebruary' : 'month',
        cumulativeGrowth: growth.cumulative,
        monthGrowth: growth.month,
      };
    }),
  };
}

/** Labels of a breakdown's keys (park names, 门类 names, qualification names …). */
async function labelsFor(
  db: DbOrTx,
  zoneId: string,
  by: BreakdownDimension,
): Promise<(key: string) => string> {
  if (by === 'park') {
    const parks = new Map((await findParksOfZone(db, zoneId)).map((park) => [park.id, park.name]));
    return (key) => parks.get(key) ?? '未划入园区';
  }
  if (by === 'industry') {
    const sections = new Map(industrySections.map((section) => [section.code, section.name]));
    return (key) => (key ? `${key} ${sections.get(key) ?? ''}`.trim() : '未填行业');
  }
  if (by === 'qualification') {
    const names = qualificationTypeNames(await findZoneQualificationTypes(db, zoneId));
    return (key) => names.get(key) ?? key;
  }
  if (by === 'scale') return (key) => (key === 'true' ? '规上企业' : '规下企业');
  if (by === 'key') return (key) => (key === 'true' ? '重点企业' : '其他企业');
  return (key) => key || '其他产业';
}

/** One period's figures split by a slice attribute, with share, growth, 拉动 and 贡献率 of each part. */
export async function computeBreakdown(
  db: DbOrTx,
  zoneId: string,
  query: SliceQuery & { indicator: string; period?: string; by: BreakdownDimension },
): Promise<BreakdownResponse> {
  const [indicator, { period }] = await inParallel(db, [
    () => indicatorByCode(db, zoneId, query.indicator),
    () => resolvePeriod(db, zoneId, query.period),
  ] as const);
  const empty = { cumulative: exact(0n), cumulativeGrowth: null };
  if (!period) return { period: null, by: query.by, total: empty, slices: [] };
  const slice = sliceOf(query);
  const [wholeRows, parts, label] = await inParallel(db, [
    () => sumsByIndicatorAndPeriod(db, zoneId, period.month, [period.year], slice, indicator.id),
    () => sumsByDimension(db, zoneId, indicator.id, period, query.by, slice),
    () => labelsFor(db, zoneId, query.by),
  ] as const);
  const whole = wholeRows[0];
  const officialKind = { park: 'park', industry: 'industry', leading: 'leading' }[query.by as 'park'];
  const rates =
    officialKind && Object.values(slice).every((value) => value === undefined)
      ? (await findOfficialRates(db, zoneId, period.year, period.month)).filter(
          (row) => row.indicatorId === indicator.id && row.sliceKind === officialKind,
        )
      : [];
  const total = whole ? parseAmount(whole.cumulative) : 0n;
  const wholeBase = whole ? parseAmount(whole.cumulativeBase) : 0n;
  const wholeDelta = whole ? parseAmount(whole.cumulativeComparable) - wholeBase : 0n;
  return {
    period: formatPeriod(period),
    by: query.by,
    total: { cumulative: exact(total), cumulativeGrowth: whole ? growthOf(whole).cumulative : null },
    slices: parts.map((part) => {
      const delta = parseAmount(part.cumulativeComparable) - parseAmount(part.cumulativeBase);
      const rate = rates.find((row) => row.sliceKey === part.key);
      return {
        key: part.key,
        label: label(part.key),
        enterprises: part.enterprises,
        cumulative: exact(parseAmount(part.cumulative)),
        sharePercent: nullable(percent(parseAmount(part.cumulative), total)),
        cumulativeGrowth: growthOf(part).cumulative,
        officialGrowth: rate ? Number(rate.growthPercent) : null,
        pullPoints: wholeBase > 0n ? nullable(percent(delta, wholeBase)) : null,
        contributionPercent: nullable(percent(delta, wholeDelta)),
        missingBase: part.cumulativeMissing,
      };
    }),
  };
}
