/** How an indicator adds up across enterprises and months. */
export const aggregations = ['sum', 'endOfPeriod'] as const;
export type Aggregation = (typeof aggregations)[number];

/** Whether returns report it as 1–N月累计 (the statistical norm) or for the month alone. */
export const reportingModes = ['cumulative', 'monthly'] as const;
export type ReportingMode = (typeof reportingModes)[number];

export interface IndicatorDefinition {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  aggregation: Aggregation;
  reporting: ReportingMode;
  allowNegative: boolean;
  /** Shown on the dashboard's headline cards and in the bulletin's paragraphs. */
  isHeadline: boolean;
  sortOrder: number;
}

/**
 * The catalogue every zone starts with; a zone may rename, re-order, add and retire indicators.
 * Codes are stable identifiers used by templates, warning rules and the API.
 */
export const defaultIndicators: IndicatorDefinition[] = [
  ['output', '工业总产值', '万元', 2, 'sum', 'cumulative', false, true],
  ['revenue', '营业收入', '万元', 2, 'sum', 'cumulative', false, true],
  ['profit', '利润总额', '万元', 2, 'sum', 'cumulative', true, false],
  ['tax', '税收总额（实缴税金）', '万元', 2, 'sum', 'cumulative', false, true],
  ['electricity', '工业用电量', '万千瓦时', 2, 'sum', 'monthly', false, false],
  ['employees', '从业人员期末人数', '人', 0, 'endOfPeriod', 'cumulative', false, false],
  ['rnd', '研发费用', '万元', 2, 'sum', 'cumulative', false, false],
  ['export', '出口交货值', '万元', 2, 'sum', 'cumulative', false, false],
  ['investment', '固定资产投资', '万元', 2, 'sum', 'cumulative', false, true],
  ['newProductOutput', '新产品产值', '万元', 2, 'sum', 'cumulative', false, false],
].map(([code, name, unit, decimals, aggregation, reporting, allowNegative, isHeadline], index) => ({
  code: code as string,
  name: name as string,
  unit: unit as string,
  decimals: decimals as number,
  aggregation: aggregation as Aggregation,
  reporting: reporting as ReportingMode,
  allowNegative: allowNegative as boolean,
  isHeadline: isHeadline as boolean,
  sortOrder: (index + 1) * 10,
}));
