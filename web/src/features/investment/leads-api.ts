import type {
  LeadDetail,
  LeadSource,
  LeadStatus,
  LeadSummary,
  createLeadRequest,
  leadFollowUpKinds,
  leadFollowUpRequest,
  leadHolder,
  projectSettingsRequest,
  projectSettingsResponse,
  updateLeadRequest,
} from '@gaoxin/domain';
import { api, apiRequest } from '../../api/client';

/** Types of the leads side of the contract (the zod schemas live in @gaoxin/domain). */
type Output<Schema extends { _zod: { output: unknown } }> = Schema['_zod']['output'];
type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

export type { LeadDetail, LeadSource, LeadStatus, LeadSummary };
export type LeadHolder = Output<typeof leadHolder>;
export type LeadFollowUp = LeadDetail['followUps'][number];
export type LeadFollowUpKind = (typeof leadFollowUpKinds)[number];
export type CreateLeadRequest = Input<typeof createLeadRequest>;
export type UpdateLeadRequest = Input<typeof updateLeadRequest>;
export type FollowUpRequest = Input<typeof leadFollowUpRequest>;
export type ProjectSettings = Output<typeof projectSettingsResponse>;
export type ProjectSettingsRequest = Input<typeof projectSettingsRequest>;

/** A lead list's filters and page as the API takes them (flags travel as 'true'). */
export interface LeadFilter {
  status?: LeadStatus;
  source?: LeadSource;
  mine?: 'true';
  overdue?: 'true';
  duplicates?: 'true';
  q?: string;
  page: number;
  pageSize: number;
}

const leadPath = (id: string) => `/api/leads/${encodeURIComponent(id)}`;

/** One page of the leads the reader may see (leaders the zone's, officers their own and their department's). */
export function listLeads(
  filter: LeadFilter,
  signal?: AbortSignal,
): Promise<{ items: LeadSummary[]; total: number }> {
  return api.get('/api/leads', { query: { ...filter }, signal });
}

/** 首报首谈: who registered this company first, if anyone (an empty list when nobody did). */
export async function findLeadHolders(
  query: { companyName: string; creditCode?: string },
  signal?: AbortSignal,
): Promise<LeadHolder[]> {
  const answer = await api.get<{ holders: LeadHolder[] }>('/api/leads/duplicates', { query, signal });
  return answer.holders;
}

/**
 * Registers a lead. A company someone else holds is still registered, flagged with `duplicateOf`;
 * one's own company twice answers 409 LEAD_HELD_BY_YOU with `current.leadId`.
 */
export function createLead(request: CreateLeadRequest): Promise<LeadDetail> {
  return api.post<LeadDetail>('/api/leads', request);
}

/** One lead with its follow-ups, the statuses this reader may set now and later registrations. */
export function getLead(id: string, signal?: AbortSignal): Promise<LeadDetail> {
  return api.get<LeadDetail>(leadPath(id), { signal });
}

/** Changes some fields; a stale `version` answers 409 with the lead as it now is. */
export function updateLead(id: string, request: UpdateLeadRequest): Promise<LeadDetail> {
  return api.patch<LeadDetail>(leadPath(id), request);
}

/** 线索 → 洽谈 → 签约, or 搁置 / 放弃 with a reason; 409 when the status or version moved on. */
export function changeLeadStatus(
  id: string,
  request: { to: LeadStatus; reason?: string; version: number },
): Promise<LeadDetail> {
  return api.post<LeadDetail>(`${leadPath(id)}/status`, request);
}

/** Logs a follow-up; the first one stops the first-contact clock. */
export function addFollowUp(id: string, request: FollowUpRequest): Promise<LeadDetail> {
  return api.post<LeadDetail>(`${leadPath(id)}/follow-ups`, request);
}

/** The first-contact deadline and the red/yellow/green thresholds of projects. */
export function getProjectSettings(signal?: AbortSignal): Promise<ProjectSettings> {
  return api.get<ProjectSettings>('/api/projects/settings', { signal });
}

/** Saves the thresholds; a stale `version` answers 409 with the settings as they now are. */
export function saveProjectSettings(request: ProjectSettingsRequest): Promise<ProjectSettings> {
  return apiRequest<ProjectSettings>('PUT', '/api/projects/settings', { body: request });
}
