import {
  formatPeriod,
  parsePeriod,
  periodLabel,
  shiftPeriod,
  todayInChina,
  type createIndicatorRequest,
  type EnterpriseFiguresResponse,
  type FilingSettings,
  type FilingsResponse,
  type IndicatorItem,
  type Language,
  type officialRatesResponse,
  type ReturnResponse,
  type ReturnsImportReport,
  type saveOfficialRateRequest,
  type SaveReturnRequest,
  type targetsResponse,
  type updateIndicatorRequest,
  type warningRulesResponse,
} from '@gaoxin/domain';
import { api, apiRequest, apiUpload } from '../../api/client';

type Output<Schema extends { _zod: { output: unknown } }> = Schema['_zod']['output'];
type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

export type {
  EnterpriseFiguresResponse,
  FilingsResponse,
  IndicatorItem,
  ReturnResponse,
  ReturnsImportReport,
};
export type FilingStatus = FilingsResponse['items'][number]['status'];
export type ReturnSource = NonNullable<FilingsResponse['items'][number]['source']>;
export type ReturnValue = ReturnResponse['values'][number];
export type Targets = Output<typeof targetsResponse>;
export type TargetItem = Targets['items'][number];
export type OfficialRates = Output<typeof officialRatesResponse>;
export type OfficialRate = OfficialRates['items'][number];
export type OfficialRateRequest = Input<typeof saveOfficialRateRequest>;
export type WarningRule = Output<typeof warningRulesResponse>['items'][number];
export type CreateIndicatorRequest = Input<typeof createIndicatorRequest>;
export type UpdateIndicatorRequest = Input<typeof updateIndicatorRequest>;

/** A decimal string as the API takes it: up to 14 digits, four decimals, an optional minus. */
export const decimalPattern = /^-?\d{1,14}(\.\d{1,4})?$/;

/** What someone typed, without the thousands separators and spaces people paste from Excel. */
export function normalizeDecimal(text: string): string {
  return text.replace(/[,，\s]/g, '');
}

/** A stored decimal ("12000.5000") as people type it ("12000.5"); '' for none. */
export function plainDecimal(value: string | null): string {
  if (value === null) return '';
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** "2026年10月" in Chinese, "2026-10" in English. */
export function periodText(period: string, language: Language): string {
  return language === 'en' ? period : periodLabel(parsePeriod(period));
}

/** The period whose returns are being collected now: last month in China time. */
export function defaultPeriod(): string {
  return formatPeriod(shiftPeriod(parsePeriod(todayInChina().slice(0, 7)), -1));
}

/** The current month in China time; returns for later months cannot be filed yet. */
export function currentMonth(): string {
  return todayInChina().slice(0, 7);
}

/** A `YYYY-MM` from the address, or undefined when it is missing, malformed or in the future. */
export function periodFromText(text: string | null | undefined): string | undefined {
  if (!text || !/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return undefined;
  return text > currentMonth() ? undefined : text;
}

/** The indicator catalogue of the zone (active and retired). */
export async function listIndicators(signal?: AbortSignal): Promise<IndicatorItem[]> {
  const answer = await api.get<{ items: IndicatorItem[] }>('/api/indicators', { signal });
  return answer.items;
}

export function createIndicator(request: CreateIndicatorRequest): Promise<IndicatorItem> {
  return api.post<IndicatorItem>('/api/indicators', request);
}

export function updateIndicator(id: string, request: UpdateIndicatorRequest): Promise<IndicatorItem> {
  return api.patch<IndicatorItem>(`/api/indicators/${encodeURIComponent(id)}`, request);
}

/** One enterprise's return for a period (empty values when nothing is filed yet). */
export function getReturn(
  enterpriseId: string,
  period: string,
  signal?: AbortSignal,
): Promise<ReturnResponse> {
  return api.get<ReturnResponse>('/api/indicators/returns', { query: { enterpriseId, period }, signal });
}

/** Files or enters a return; 400 with `values.N.current` details, 409 with the fresh return as `current`. */
export function saveReturn(request: SaveReturnRequest): Promise<ReturnResponse> {
  return apiRequest<ReturnResponse>('PUT', '/api/indicators/returns', { body: request });
}

export interface FilingFilter {
  period: string;
  status?: FilingStatus;
  parkId?: string;
  mine?: boolean;
  page: number;
  pageSize: number;
}

/** 报送情况 of a period: counts and one page of the enterprises expected to report. */
export function listFilings(filter: FilingFilter, signal?: AbortSignal): Promise<FilingsResponse> {
  return api.get<FilingsResponse>('/api/indicators/filings', {
    query: { ...filter, mine: filter.mine ? 'true' : undefined },
    signal,
  });
}

/** The period's import template (a same-origin link: the session cookie goes with it). */
export function templatePath(period: string): string {
  return `/api/indicators/template.xlsx?period=${encodeURIComponent(period)}`;
}

/** Checks (dryRun) or imports a period's returns from an .xlsx file. */
export function uploadReturnsFile(
  file: File,
  period: string,
  dryRun: boolean,
  options: { signal?: AbortSignal; onProgress?: (percent: number) => void } = {},
): Promise<ReturnsImportReport> {
  const { onProgress } = options;
  return apiUpload<ReturnsImportReport>('/api/indicators/import', file, {
    query: { period, dryRun },
    signal: options.signal,
    onProgress: onProgress && ((sent, total) => onProgress(total > 0 ? Math.round((sent / total) * 100) : 0)),
  });
}

export function getTargets(year: number, signal?: AbortSignal): Promise<Targets> {
  return api.get<Targets>('/api/indicators/targets', { query: { year }, signal });
}

/** Replaces the year's targets (all indicators, zone and sub-parks) with these. */
export function saveTargets(year: number, items: TargetItem[]): Promise<Targets> {
  return apiRequest<Targets>('PUT', '/api/indicators/targets', { body: { year, items } });
}

export function getOfficialRates(period: string, signal?: AbortSignal): Promise<OfficialRates> {
  return api.get<OfficialRates>('/api/indicators/official-rates', { query: { period }, signal });
}

/** Stores (or replaces) one published rate; answers the period's list. */
export function saveOfficialRate(request: OfficialRateRequest): Promise<OfficialRates> {
  return apiRequest<OfficialRates>('PUT', '/api/indicators/official-rates', { body: request });
}

export function getFilingSettings(signal?: AbortSignal): Promise<FilingSettings> {
  return api.get<FilingSettings>('/api/indicators/settings', { signal });
}

export function saveFilingSettings(settings: FilingSettings): Promise<FilingSettings> {
  return apiRequest<FilingSettings>('PUT', '/api/indicators/settings', { body: settings });
}

export async function listWarningRules(signal?: AbortSignal): Promise<WarningRule[]> {
  const answer = await api.get<{ items: WarningRule[] }>('/api/indicators/warning-rules', { signal });
  return answer.items;
}

/** Changes a rule's threshold or switch; answers all rules. */
export async function updateWarningRule(
  code: string,
  change: { threshold?: number; enabled?: boolean },
): Promise<WarningRule[]> {
  const answer = await api.patch<{ items: WarningRule[] }>(
    `/api/indicators/warning-rules/${encodeURIComponent(code)}`,
    change,
  );
  return answer.items;
}

/** An enterprise's own series (24 months by default) and warnings, for its profile. */
export function getEnterpriseFigures(
  enterpriseId: string,
  signal?: AbortSignal,
): Promise<EnterpriseFiguresResponse> {
  return api.get<EnterpriseFiguresResponse>(
    `/api/indicators/enterprise/${encodeURIComponent(enterpriseId)}`,
    {
      query: { months: 24 },
      signal,
    },
  );
}
