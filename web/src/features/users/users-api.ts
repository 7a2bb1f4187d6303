import type { Role } from '@gaoxin/domain';
import { api } from '../../api/client';
import type {
  CreateUserRequest,
  Department,
  UpdateUserRequest,
  UserList,
  UserSummary,
} from '../../api/contract';

export interface UserFilter {
  q?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

/** One page of the zone's users (admin only). */
export function listUsers(filter: UserFilter, signal?: AbortSignal): Promise<UserList> {
  return api.get<UserList>('/api/users', { query: { ...filter }, signal });
}

/** Creates a user, who must change the initial password on first sign-in. */
export function createUser(request: CreateUserRequest): Promise<UserSummary> {
  return api.post<UserSummary>('/api/users', request);
}

/** Changes a user; `version` must be the one read, else the server answers 409 CONFLICT. */
export function updateUser(id: string, request: UpdateUserRequest): Promise<UserSummary> {
  return api.patch<UserSummary>(`/api/users/${encodeURIComponent(id)}`, request);
}

/** The zone's departments, for binding officers. */
export async function listDepartments(signal?: AbortSignal): Promise<Department[]> {
  const answer = await api.get<{ items: Department[] }>('/api/departments', { signal });
  return answer.items;
}
