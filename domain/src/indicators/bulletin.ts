import { formatAmount, parseAmount, wanToYi } from './amount.js';
import type { BreakdownResponse, BulletinResponse, IndicatorFigure, RankingsResponse } from './contract.js';
import { displayFigure, displayPercent } from './format.js';
import { growthPhrase } from './growth.js';
import { cumulativeLabel, parsePeriod, periodLabel, type Period } from './period.js';

export interface BulletinInput {
  zoneName: string;
  period: string; // 'YYYY-MM'
  /** Zone-wide figures of every active indicator, in catalogue order. */
  figures: IndicatorFigure[];
  /** Codes of the headline indicators (paragraph each, and the park / leading-industry paragraphs use these). */
  headlineCodes: string[];
  /** Per headline indicator code: its breakdown slices by sub-park and by leading industry. */
  byPark: Record<string, BreakdownResponse['slices']>;
  byLeadingIndustry: Record<string, BreakdownResponse['slices']>;
  /** Top movers of the first headline indicator. */
  movers: { indicator: { name: string; unit: string; decimals: number }; rankings: RankingsResponse } | null;
  /** Enterprises left out of growth because their 上年同期 is unknown, per indicator name (for the notes). */
  missingBase: { indicatorName: string; enterprises: string[] }[];
}

type Slice = BreakdownResponse['slices'][number];
type EnterpriseRow = RankingsResponse['top'][number];

const officialMark = '（统计部门公布口径）';
/** Table cells have no room for the words: a star, explained in the notes. */
const officialTableMark = '*';
const missing = '—';
const noData = '本期暂无数据';
const maximumNamesInNote = 10;

/** The rate a bulletin states: the statistics bureau's when one is stored (Case G), else the computed one. */
interface Rate {
  value: number | undefined;
  official: boolean;
}

function shownRate(official: number | null, computed: number | null): Rate {
  return official !== null
    ? { value: official, official: true }
    : { value: computed ?? undefined, official: false };
}

function ratePhrase(rate: Rate): string {
  return growthPhrase(rate.value) + (rate.official ? officialMark : '');
}

function twoYearPhrase(value: number): string {
  if (value > 0) return `两年平均增长${value.toFixed(2)}%`;
  if (value < 0) return `两年平均下降${Math.abs(value).toFixed(2)}%`;
  return '两年平均持平';
}

function pullPhrase(points: number): string {
  return points < 0
    ? `下拉全区增长${Math.abs(points).toFixed(2)}个百分点`
    : `拉动全区增长${points.toFixed(2)}个百分点`;
}

/** "电子信息" → "电子信息产业"; a label that already names a trade ("现代服务业") stays as it is. */
function industryName(label: string): string {
  return label.endsWith('业') ? label : `${label}产业`;
}

function figureValue(figure: IndicatorFigure): string {
  const { unit, decimals } = figure.indicator;
  return displayFigure(figure.cumulative, unit, decimals);
}

/** A stock (从业人员期末人数) is stated at the period's end; a flow as 1—N月累计. */
function isStock(figure: IndicatorFigure): boolean {
  return figure.indicator.aggregation === 'endOfPeriod';
}

/** "1—6月，全区工业总产值累计完成7.50亿元" / "6月末，全区从业人员期末人数为1200人". */
function zoneLead(figure: IndicatorFigure, period: Period): string {
  const { name } = figure.indicator;
  return isStock(figure)
    ? `${period.month}月末，全区${name}为${figureValue(figure)}`
    : `${cumulativeLabel(period)}，全区${name}累计完成${figureValue(figure)}`;
}

function targetClause(figure: IndicatorFigure): string[] {
  const completion = figure.target?.completionPercent;
  if (!figure.target || completion === null || completion === undefined) return [];
  return [`完成全年目标的${completion.toFixed(2)}%`, figure.target.phrase];
}

/**
 * 当月 only where it says something the cumulative does not: not in January or for the combined
 * 1—2月 (it equals the cumulative), not for a stock (its 当月 is the level itself).
 */
function monthClause(figure: IndicatorFigure, period: Period): string | undefined {
  if (figure.month === null || isStock(figure) || period.month === 1) return undefined;
  if (figure.monthCovers !== 'month') return undefined;
  const { unit, decimals } = figure.indicator;
  const value = `其中${period.month}月完成${displayFigure(figure.month, unit, decimals)}`;
  return figure.monthGrowth === null ? value : `${value}，${growthPhrase(figure.monthGrowth)}`;
}

function headlineSentence(figure: IndicatorFigure, period: Period): string {
  if (figure.enterprises === 0) return `全区${figure.indicator.name}${noData}。`;
  const rate = ratePhrase(shownRate(figure.officialGrowth, figure.cumulativeGrowth));
  return `${[zoneLead(figure, period), rate, ...targetClause(figure)].join('，')}。`;
}

function indicatorParagraph(figure: IndicatorFigure, period: Period): string {
  if (figure.enterprises === 0) return `全区${figure.indicator.name}${noData}。`;
  const clauses = [
    zoneLead(figure, period),
    ratePhrase(shownRate(figure.officialGrowth, figure.cumulativeGrowth)),
  ];
  if (figure.twoYearAverage !== null) clauses.push(twoYearPhrase(figure.twoYearAverage));
  clauses.push(...targetClause(figure));
  const month = monthClause(figure, period);
  return `${clauses.join('，')}${month === undefined ? '' : `；${month}`}。`;
}

function parkParagraph(figure: IndicatorFigure, slice: Slice): string {
  const { name, unit, decimals } = figure.indicator;
  if (slice.enterprises === 0) return `${slice.label}${name}${noData}。`;
  const clauses = [
    `${slice.label}${name}完成${displayFigure(slice.cumulative, unit, decimals)}`,
    ratePhrase(shownRate(slice.officialGrowth, slice.cumulativeGrowth)),
  ];
  if (slice.sharePercent !== null) clauses.push(`占全区${displayPercent(slice.sharePercent)}`);
  if (slice.pullPoints !== null) clauses.push(pullPhrase(slice.pullPoints));
  if (slice.contributionPercent !== null) clauses.push(`贡献率${displayPercent(slice.contributionPercent)}`);
  return `${clauses.join('，')}。`;
}

/** The reports' own form: "其中，电子信息产业完成6.00亿元，拉动全区增长38.10个百分点，贡献率88.89%。" */
function leadingParagraph(figure: IndicatorFigure, slice: Slice): string {
  const { unit, decimals } = figure.indicator;
  const industry = industryName(slice.label);
  if (slice.enterprises === 0) return `其中，${industry}${noData}。`;
  const clauses = [`其中，${industry}完成${displayFigure(slice.cumulative, unit, decimals)}`];
  if (slice.pullPoints !== null) clauses.push(pullPhrase(slice.pullPoints));
  if (slice.contributionPercent !== null) clauses.push(`贡献率${displayPercent(slice.contributionPercent)}`);
  return `${clauses.join('，')}。`;
}

/** The zone sentence the "其中" paragraphs hang from. */
function leadingIntroduction(figure: IndicatorFigure, period: Period): string {
  if (figure.enterprises === 0) return `全区${figure.indicator.name}${noData}。`;
  return `${zoneLead(figure, period)}，${ratePhrase(shownRate(figure.officialGrowth, figure.cumulativeGrowth))}。`;
}

/** +1 for a rise, −1 for a fall, 0 when flat or unknown. */
function direction(row: EnterpriseRow): number {
  if (row.delta !== null) return Math.sign(Number(parseAmount(row.delta)));
  return Math.sign(row.cumulativeGrowth ?? 0);
}

function moverItem(row: EnterpriseRow, unit: string, decimals: number): string {
  const clauses = [`完成${displayFigure(row.cumulative, unit, decimals)}`];
  if (row.cumulativeGrowth !== null) clauses.push(growthPhrase(row.cumulativeGrowth));
  // A new enterprise has a base of 0 and so no rate; that is not a missing base.
  else if (row.base !== null && parseAmount(row.base) === 0n) clauses.push('上年同期为零');
  else clauses.push('上年同期数缺失');
  if (row.delta !== null) {
    const negative = row.delta.trim().startsWith('-');
    const size = displayFigure(negative ? row.delta.trim().slice(1) : row.delta, unit, decimals);
    clauses.push(`${negative ? '减少' : '增加'}${size}`);
  }
  return `${row.enterprise.name}（${clauses.join('，')}）`;
}

function moverParagraphs(movers: BulletinInput['movers']): string[] {
  if (!movers) return [`${noData}。`];
  const { name, unit, decimals } = movers.indicator;
  // Ranked lists can run past the sign change when few enterprises moved; a "faller" that grew is not one.
  const risers = movers.rankings.risers.filter((row) => direction(row) > 0);
  const fallers = movers.rankings.fallers.filter((row) => direction(row) < 0);
  if (risers.length === 0 && fallers.length === 0) return [`${name}${noData}。`];
  const list = (rows: EnterpriseRow[]) => rows.map((row) => moverItem(row, unit, decimals)).join('、');
  return [
    risers.length > 0 ? `${name}同比增加较多的企业有：${list(risers)}。` : `本期无${name}同比增加的企业。`,
    fallers.length > 0 ? `${name}同比减少较多的企业有：${list(fallers)}。` : `本期无${name}同比减少的企业。`,
  ];
}

/**
 * A table row writes its amounts in one unit, the one `displayFigure` picks for the cumulative
 * (万元 of 1亿 or more → 亿元), so "累计" cell + unit reads exactly as the paragraphs and the
 * dashboard do, and 当月 on the same row is in the same unit rather than switching mid-row.
 */
function tableRow(figure: IndicatorFigure): string[] {
  const { name, unit, decimals } = figure.indicator;
  if (figure.enterprises === 0) return [name, unit, missing, missing, missing, missing];
  const shown = figureValue(figure);
  const inYi = unit !== '亿元' && shown.endsWith('亿元');
  const rowUnit = inYi ? '亿元' : unit;
  const amount = (exact: string) =>
    inYi ? wanToYi(parseAmount(exact)) : formatAmount(parseAmount(exact), decimals);
  const rate = shownRate(figure.officialGrowth, figure.cumulativeGrowth);
  const completion = figure.target?.completionPercent;
  return [
    name,
    rowUnit,
    shown.slice(0, shown.length - rowUnit.length),
    rate.value === undefined ? missing : `${rate.value.toFixed(2)}${rate.official ? officialTableMark : ''}`,
    figure.month === null || isStock(figure) ? missing : amount(figure.month),
    completion === null || completion === undefined ? missing : completion.toFixed(2),
  ];
}

function missingBaseNote({ indicatorName, enterprises }: BulletinInput['missingBase'][number]): string[] {
  if (enterprises.length === 0) return [];
  const named = enterprises.slice(0, maximumNamesInNote).join('、');
  const subject = enterprises.length > maximumNamesInNote ? `${named}等${enterprises.length}家企业` : named;
  return [`${subject}上年同期数缺失，未纳入${indicatorName}增速计算。`];
}

/** Official rates replace computed ones; the computed zone rates stay in the notes for checking (Case G). */
function officialNote(figures: IndicatorFigure[]): string {
  const checks = figures
    .filter((figure) => figure.officialGrowth !== null && figure.enterprises > 0)
    .map((figure) =>
      figure.cumulativeGrowth === null
        ? `${figure.indicator.name}上年同期数缺失`
        : `${figure.indicator.name}${growthPhrase(figure.cumulativeGrowth)}`,
    );
  const marked = `注明“${officialMark.slice(1, -1)}”的增速（表中标“${officialTableMark}”）为统计部门公布数，替代按可比口径计算的增速`;
  return `${marked}${checks.length > 0 ? `；按可比口径计算，${checks.join('，')}` : ''}。`;
}

/** The monthly 经济运行简报, every figure written as the dashboard writes it. */
export function writeBulletin(input: BulletinInput): BulletinResponse {
  const period = parsePeriod(input.period);
  const byCode = new Map(input.figures.map((figure) => [figure.indicator.code, figure]));
  const headlines = input.headlineCodes.flatMap((code) => {
    const figure = byCode.get(code);
    return figure ? [figure] : [];
  });
  const first = headlines[0] ?? input.figures.find((figure) => figure.enterprises > 0);

  const parks = headlines.flatMap((figure) =>
    (input.byPark[figure.indicator.code] ?? []).map((slice) => parkParagraph(figure, slice)),
  );
  const leading = headlines.flatMap((figure) => {
    const slices = input.byLeadingIndustry[figure.indicator.code] ?? [];
    if (slices.length === 0) return [];
    return [leadingIntroduction(figure, period), ...slices.map((slice) => leadingParagraph(figure, slice))];
  });

  const slices = headlines.flatMap((figure) => [
    ...(input.byPark[figure.indicator.code] ?? []),
    ...(input.byLeadingIndustry[figure.indicator.code] ?? []),
  ]);
  const officialUsed =
    input.figures.some((figure) => figure.officialGrowth !== null && figure.enterprises > 0) ||
    slices.some((slice) => slice.officialGrowth !== null && slice.enterprises > 0);

  return {
    period: input.period,
    title: `${input.zoneName}经济运行简报（${periodLabel(period)}）`,
    subtitle: cumulativeLabel(period),
    headline: first ? headlineSentence(first, period) : `${noData}。`,
    sections: [
      {
        heading: '主要指标',
        paragraphs:
          headlines.length > 0
            ? headlines.map((figure) => indicatorParagraph(figure, period))
            : [`${noData}。`],
      },
      { heading: '分园区', paragraphs: parks.length > 0 ? parks : [`${noData}。`] },
      { heading: '主导产业', paragraphs: leading.length > 0 ? leading : [`${noData}。`] },
      { heading: '重点企业变动', paragraphs: moverParagraphs(input.movers) },
    ],
    table: {
      columns: ['指标', '单位', `${cumulativeLabel(period)}累计`, '同比增长(%)', '当月', '完成全年目标(%)'],
      rows: input.figures.map(tableRow),
    },
    notes: [
      '增速按可比口径计算：本期企业与其自身上年同期数相比，上年尚未设立的企业上年同期按零计。',
      ...(officialUsed ? [officialNote(input.figures)] : []),
      ...input.missingBase.flatMap(missingBaseNote),
    ],
  };
}
