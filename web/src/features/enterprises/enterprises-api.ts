import { api } from '../../api/client';
import type { EnterpriseDetail, EnterpriseList, Park } from '../../api/contract';

export interface EnterpriseFilter {
  q?: string;
  parkId?: string;
  page: number;
  pageSize: number;
}

/** One page of the enterprises the user may see. */
export function listEnterprises(filter: EnterpriseFilter, signal?: AbortSignal): Promise<EnterpriseList> {
  return api.get<EnterpriseList>('/api/enterprises', { query: { ...filter }, signal });
}

/** One enterprise; 404 when it does not exist or is outside the user's reach. */
export function getEnterprise(id: string, signal?: AbortSignal): Promise<EnterpriseDetail> {
  return api.get<EnterpriseDetail>(`/api/enterprises/${encodeURIComponent(id)}`, { signal });
}

/** The zone's sub-parks. */
export async function listParks(signal?: AbortSignal): Promise<Park[]> {
  const answer = await api.get<{ items: Park[] }>('/api/parks', { signal });
  return answer.items;
}
