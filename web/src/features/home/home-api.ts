import type {
  EnterpriseHome,
  HomeAppeal,
  HomeProject,
  HomeResponse,
  LeaderHome,
  OfficerHome,
} from '@gaoxin/domain';
import { api } from '../../api/client';

export type { EnterpriseHome, HomeAppeal, HomeProject, HomeResponse, LeaderHome, OfficerHome };

/** The caller's home page: everything its cards show, in one request. */
export function getHome(signal: AbortSignal): Promise<HomeResponse> {
  return api.get<HomeResponse>('/api/home', { signal });
}
