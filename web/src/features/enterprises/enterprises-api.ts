import { api } from '../../api/client';
import type {
  AssignablePerson,
  CreateEnterpriseRequest,
  EnterpriseDetail,
  EnterpriseList,
  ExpiringQualificationList,
  Park,
  QualificationType,
  UpdateEnterpriseRequest,
  WriteWarning,
} from '../../api/contract';

export type SortField = 'name' | 'creditCode' | 'establishedOn' | 'updatedAt';
export type SortOrder = 'asc' | 'desc';
export type ScaleFilter = 'large' | 'medium' | 'small' | 'micro';

/** The list's search, filters, sort and page, as the API takes them. */
export interface EnterpriseFilter {
  q?: string;
  parkId?: string;
  industry?: string;
  qualification?: string;
  scale?: ScaleFilter;
  aboveScale?: boolean;
  key?: boolean;
  liaisonId?: string;
  sort?: SortField;
  order?: SortOrder;
  page: number;
  pageSize: number;
}

/** A saved record with the warnings the server found (e.g. an unusual credit code). */
export type SavedEnterprise = EnterpriseDetail & { warnings: WriteWarning[] };

const enterprisePath = (id: string) => `/api/enterprises/${encodeURIComponent(id)}`;

/** One page of the enterprises the user may see. */
export function listEnterprises(filter: EnterpriseFilter, signal?: AbortSignal): Promise<EnterpriseList> {
  return api.get<EnterpriseList>('/api/enterprises', { query: { ...filter }, signal });
}

/** One enterprise; 404 when it does not exist or is outside the user's reach. */
export function getEnterprise(id: string, signal?: AbortSignal): Promise<EnterpriseDetail> {
  return api.get<EnterpriseDetail>(enterprisePath(id), { signal });
}

/** Registers an enterprise (officers); a credit code with errors needs `creditCodeOverride`. */
export function createEnterprise(request: CreateEnterpriseRequest): Promise<SavedEnterprise> {
  return api.post<SavedEnterprise>('/api/enterprises', request);
}

/** Changes some fields; `version` must be the one read, else the server answers 409 CONFLICT. */
export function updateEnterprise(id: string, request: UpdateEnterpriseRequest): Promise<SavedEnterprise> {
  return api.patch<SavedEnterprise>(enterprisePath(id), request);
}

/** The zone's sub-parks. */
export async function listParks(signal?: AbortSignal): Promise<Park[]> {
  const answer = await api.get<{ items: Park[] }>('/api/parks', { signal });
  return answer.items;
}

/** Built-in and zone-specific qualification types. */
export async function listQualificationTypes(signal?: AbortSignal): Promise<QualificationType[]> {
  const answer = await api.get<{ items: QualificationType[] }>('/api/qualification-types', { signal });
  return answer.items;
}

/** Officers and leaders who can be liaison cadres or responsible leaders (officers only may ask). */
export async function listAssignablePeople(signal?: AbortSignal): Promise<AssignablePerson[]> {
  const answer = await api.get<{ items: AssignablePerson[] }>('/api/assignable-people', { signal });
  return answer.items;
}

export interface ExpiringFilter {
  withinDays: number;
  type?: string;
  includeExpired: boolean;
  page: number;
  pageSize: number;
}

/** The zone's qualifications ending within a number of days (not for enterprise users). */
export function listExpiringQualifications(
  filter: ExpiringFilter,
  signal?: AbortSignal,
): Promise<ExpiringQualificationList> {
  return api.get<ExpiringQualificationList>('/api/qualifications/expiring', { query: { ...filter }, signal });
}
