import type {
  AppealDetail,
  AppealStatistics,
  AppealStep,
  AppealSummary,
  appealCategory,
  appealSettingsRequest,
  appealSettingsResponse,
  appealScopes,
  appealSorts,
  clockRule,
  createAppealRequest,
  inboxMessage,
  inboxResponse,
  severities,
  transitionRequest,
  workCalendarRequest,
  workCalendarResponse,
} from '@gaoxin/domain';
import type { AppealState } from '@gaoxin/domain';
import { api, apiRequest, apiUpload } from '../../api/client';

/** Types of the appeals side of the contract (the zod schemas live in @gaoxin/domain). */
type Output<Schema extends { _zod: { output: unknown } }> = Schema['_zod']['output'];
type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

export type { AppealDetail, AppealState, AppealStatistics, AppealStep, AppealSummary };
export type AppealCategory = Output<typeof appealCategory>;
export type AppealSettings = Output<typeof appealSettingsResponse>;
export type AppealSettingsRequest = Input<typeof appealSettingsRequest>;
export type ClockRule = Output<typeof clockRule>;
export type WorkCalendar = Output<typeof workCalendarResponse>;
export type WorkCalendarRequest = Input<typeof workCalendarRequest>;
export type CreateAppealRequest = Input<typeof createAppealRequest>;
export type TransitionRequest = Input<typeof transitionRequest>;
export type InboxMessage = Output<typeof inboxMessage>;
export type InboxPage = Output<typeof inboxResponse>;
export type AppealAttachment = AppealDetail['attachments'][number];
export type AppealEvent = AppealDetail['events'][number];
export type AppealClock = AppealSummary['clock'];
export type Severity = (typeof severities)[number];
export type AppealScope = (typeof appealScopes)[number];
export type AppealSort = (typeof appealSorts)[number];

/** A list's scope, filters, sort and page as the API takes them (flags travel as 'true'). */
export interface AppealFilter {
  scope: AppealScope;
  state?: AppealState;
  open?: 'true';
  categoryId?: string;
  severity?: Severity;
  departmentId?: string;
  enterpriseId?: string;
  overdue?: 'true';
  q?: string;
  sort?: AppealSort;
  page: number;
  pageSize: number;
}

const appealPath = (id: string) => `/api/appeals/${encodeURIComponent(id)}`;

/** One page of the appeals the reader may see in a scope. */
export function listAppeals(
  filter: AppealFilter,
  signal?: AbortSignal,
): Promise<{ items: AppealSummary[]; total: number }> {
  return api.get('/api/appeals', { query: { ...filter }, signal });
}

/** One appeal with its timeline, attachments and the steps this reader may take now. */
export function getAppeal(id: string, signal?: AbortSignal): Promise<AppealDetail> {
  return api.get<AppealDetail>(appealPath(id), { signal });
}

/** Files an appeal (enterprise users for their own, officers on an enterprise's behalf). */
export function createAppeal(request: CreateAppealRequest): Promise<AppealDetail> {
  return api.post<AppealDetail>('/api/appeals', request);
}

/** Takes a step; 409 carries the fresh appeal as `current` when someone else was quicker. */
export function transitionAppeal(id: string, request: TransitionRequest): Promise<AppealDetail> {
  return api.post<AppealDetail>(`${appealPath(id)}/transitions`, request);
}

/** Uploads one attachment (images or PDF, checked by content on the server). */
export function uploadAttachment(id: string, file: File): Promise<AppealAttachment> {
  return apiUpload<AppealAttachment>(`${appealPath(id)}/attachments`, file);
}

/** The address that downloads an attachment (the session cookie goes along). */
export function attachmentUrl(appealId: string, attachmentId: string): string {
  return `${appealPath(appealId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** The zone's appeal categories, in order; retired ones only when asked. */
export async function listCategories(
  includeRetired: boolean,
  signal?: AbortSignal,
): Promise<AppealCategory[]> {
  const answer = await api.get<{ items: AppealCategory[] }>('/api/appeals/categories', {
    query: { includeRetired },
    signal,
  });
  return [...answer.items].sort((left, right) => left.sortOrder - right.sortOrder);
}

export function createCategory(request: { name: string; sortOrder?: number }): Promise<AppealCategory> {
  return api.post<AppealCategory>('/api/appeals/categories', request);
}

export function updateCategory(
  id: string,
  request: { name?: string; sortOrder?: number; active?: boolean },
): Promise<AppealCategory> {
  return api.patch<AppealCategory>(`/api/appeals/categories/${encodeURIComponent(id)}`, request);
}

/** The dispatch desk and the clock rules of the zone. */
export function getSettings(signal?: AbortSignal): Promise<AppealSettings> {
  return api.get<AppealSettings>('/api/appeals/settings', { signal });
}

/** Replaces the settings; a stale `version` answers 409. */
export function saveSettings(request: AppealSettingsRequest): Promise<AppealSettings> {
  return apiRequest<AppealSettings>('PUT', '/api/appeals/settings', { body: request });
}

/** A year's holidays and make-up workdays (节假日 / 调休上班) of the zone. */
export function getWorkCalendar(year: number, signal?: AbortSignal): Promise<WorkCalendar> {
  return api.get<WorkCalendar>('/api/appeals/calendar', { query: { year }, signal });
}

/** Replaces a year's days; a stale `version` answers 409. */
export function saveWorkCalendar(request: WorkCalendarRequest): Promise<WorkCalendar> {
  return apiRequest<WorkCalendar>('PUT', '/api/appeals/calendar', { body: request });
}

/** Figures of the appeals submitted in a range of months (both inclusive, `YYYY-MM`). */
export function getStatistics(
  range: { from: string; to: string },
  signal?: AbortSignal,
): Promise<AppealStatistics> {
  return api.get<AppealStatistics>('/api/appeals/statistics', { query: { ...range }, signal });
}

/** The newest messages of the reader's inbox and how many are unread. */
export function listInbox(
  query: { unread?: 'true'; page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<InboxPage> {
  return api.get<InboxPage>('/api/inbox', { query: { ...query }, signal });
}

export function markInboxRead(id: string): Promise<void> {
  return api.post<undefined>(`/api/inbox/${encodeURIComponent(id)}/read`);
}

export function markAllInboxRead(): Promise<void> {
  return api.post<undefined>('/api/inbox/read-all');
}
