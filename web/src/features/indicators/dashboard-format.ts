import {
  cumulativeLabel,
  displayFigure,
  displayPercent,
  growthPhrase,
  parsePeriod,
  periodLabel,
  type Language,
} from '@gaoxin/domain';

/** What a figure needs to be written: its unit and decimals (from the catalogue or the answer). */
export interface FigureUnit {
  unit: string;
  decimals: number;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An amount as the bulletin writes it (亿元 for large 万元 totals), from the exact decimal string;
 * "—" when there is none.
 */
export function figureText(exact: string | null | undefined, unit: FigureUnit): string {
  return exact === null || exact === undefined ? '—' : displayFigure(exact, unit.unit, unit.decimals);
}

/** "同比增长9.80%" / "同比下降3.20%" in Chinese (the bulletin's words); "+9.80% YoY" in English. */
export function growthText(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return language === 'en' ? 'no comparable base' : '—';
  if (language === 'zh') return growthPhrase(value);
  const sign = value > 0 ? '+' : '';
  return `${sign}${value.toFixed(2)}% YoY`;
}

/** A signed percentage: "+9.80%", "-3.20%", "—". */
export function signedPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${value > 0 ? '+' : ''}${displayPercent(value)}`;
}

/** 个百分点 (points), two decimals: "2.21个百分点" / "2.21 pts". */
export function pointsText(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  return language === 'en' ? `${value.toFixed(2)} pts` : `${value.toFixed(2)}个百分点`;
}

/** "1—6月" / "Jan–Jun": the months a cumulative figure of the period covers. */
export function cumulativeText(period: string, language: Language): string {
  const parsed = parsePeriod(period);
  if (language === 'zh') return cumulativeLabel(parsed);
  return parsed.month === 1 ? 'Jan' : `Jan–${monthNames[parsed.month - 1]}`;
}

/** "2026年6月" / "Jun 2026". */
export function periodText(period: string, language: Language): string {
  const parsed = parsePeriod(period);
  return language === 'zh' ? periodLabel(parsed) : `${monthNames[parsed.month - 1]} ${parsed.year}`;
}

/** "6月" / "Jun": the month of a period alone, for 当月. */
export function monthText(period: string, language: Language): string {
  const { month } = parsePeriod(period);
  return language === 'zh' ? `${month}月` : (monthNames[month - 1] ?? '');
}

/**
 * Divisor and unit for a chart axis: large 万元 series are drawn in 亿元 like the cards; other
 * units as they are.
 */
export function axisScale(unit: string, largest: number): { divisor: number; unit: string } {
  return unit === '万元' && largest >= 10_000 ? { divisor: 10_000, unit: '亿元' } : { divisor: 1, unit };
}

/**
 * The colour of a rise and of a fall. Not red for a rise as on stock tickers: on this screen red
 * means trouble, as on the warnings page.
 */
export const riseColour = '#1554ad';
export const fallColour = '#cf1322';

/** "名称（说明）" / "name (note)". */
export function withNote(text: string, note: string, language: Language): string {
  return language === 'zh' ? `${text}（${note}）` : `${text} (${note})`;
}

/** Clauses of one sentence: "，" in Chinese, ", " in English. */
export function clauses(parts: string[], language: Language): string {
  return parts.join(language === 'zh' ? '，' : ', ');
}

/** "标签：值" / "label: value". */
export function labelled(label: string, value: string, language: Language): string {
  return `${label}${language === 'zh' ? '：' : ': '}${value}`;
}
