import type {
  BreakdownDimension,
  BreakdownResponse,
  BulletinResponse,
  IndicatorItem,
  OverviewResponse,
  RankingsResponse,
  TrendResponse,
  WarningsResponse,
  figureEnterprisesResponse,
  warningRulesResponse,
} from '@gaoxin/domain';
import { api, apiDownload } from '../../api/client';

/** Types of the monitoring side of the contract (the zod schemas live in @gaoxin/domain). */
type Output<Schema extends { _zod: { output: unknown } }> = Schema['_zod']['output'];

export type {
  BreakdownDimension,
  BreakdownResponse,
  BulletinResponse,
  IndicatorItem,
  OverviewResponse,
  RankingsResponse,
  TrendResponse,
  WarningsResponse,
};
export type IndicatorFigure = OverviewResponse['items'][number];
export type BreakdownSlice = BreakdownResponse['slices'][number];
export type EnterpriseFigureRow = RankingsResponse['top'][number];
export type FigureEnterprises = Output<typeof figureEnterprisesResponse>;
export type WarningRule = Output<typeof warningRulesResponse>['items'][number];
export type Warning = WarningsResponse['items'][number];

/**
 * A slice of the zone as the API filters it; none set = the whole zone. Booleans travel as the
 * strings 'true' / 'false', as in the address bar.
 */
export interface Slice {
  parkId?: string;
  industrySection?: string;
  leadingIndustry?: string;
  qualification?: string;
  aboveScale?: 'true' | 'false';
  key?: 'true' | 'false';
}

export type FigureSort = 'value' | 'growth' | 'delta';

/** The zone's indicator catalogue (active and retired, in catalogue order). */
export async function listIndicators(signal?: AbortSignal): Promise<IndicatorItem[]> {
  const answer = await api.get<{ items: IndicatorItem[] }>('/api/indicators', { signal });
  return answer.items;
}

/** Every active indicator for a period (the latest one when not given) and slice. */
export function getOverview(
  query: Slice & { period?: string },
  signal?: AbortSignal,
): Promise<OverviewResponse> {
  return api.get<OverviewResponse>('/api/indicators/overview', { query: { ...query }, signal });
}

/** One indicator month by month, `months` back from `to` (the latest period when not given). */
export function getTrend(
  query: Slice & { indicator: string; months: number; to?: string },
  signal?: AbortSignal,
): Promise<TrendResponse> {
  return api.get<TrendResponse>('/api/indicators/trend', { query: { ...query }, signal });
}

/** One indicator split by park, industry, leading industry … with share, growth, 拉动 and 贡献率. */
export function getBreakdown(
  query: Slice & { indicator: string; by: BreakdownDimension; period?: string },
  signal?: AbortSignal,
): Promise<BreakdownResponse> {
  return api.get<BreakdownResponse>('/api/indicators/breakdown', { query: { ...query }, signal });
}

/** The largest enterprises and the biggest risers and fallers of a period. */
export function getRankings(
  query: Slice & { indicator: string; period?: string; limit: number },
  signal?: AbortSignal,
): Promise<RankingsResponse> {
  return api.get<RankingsResponse>('/api/indicators/rankings', { query: { ...query }, signal });
}

/** The enterprises behind a bar or slice of the dashboard, one page at a time. */
export function listFigureEnterprises(
  query: Slice & { indicator: string; period: string; sort: FigureSort; page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<FigureEnterprises> {
  return api.get<FigureEnterprises>('/api/indicators/enterprises', { query: { ...query }, signal });
}

/** The warning rules (for the filter of the warnings list). */
export async function listWarningRules(signal?: AbortSignal): Promise<WarningRule[]> {
  const answer = await api.get<{ items: WarningRule[] }>('/api/indicators/warning-rules', { signal });
  return answer.items;
}

/** One page of fired warnings, newest period first unless a period is given. */
export function listWarnings(
  query: { period?: string; ruleCode?: string; page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<WarningsResponse> {
  return api.get<WarningsResponse>('/api/indicators/warnings', { query: { ...query }, signal });
}

/** The bulletin of a period as paragraphs and a table; 404 when the period has no figures. */
export function getBulletin(period: string, signal?: AbortSignal): Promise<BulletinResponse> {
  return api.get<BulletinResponse>('/api/indicators/bulletin', { query: { period }, signal });
}

/** Downloads the bulletin as a Word document and hands it to the browser. */
export async function downloadBulletin(period: string): Promise<void> {
  const file = await apiDownload('/api/indicators/bulletin.docx', { query: { period } });
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename ?? `bulletin-${period}.docx`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
