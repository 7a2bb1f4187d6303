import type {
  auditListResponse,
  createUserRequest,
  departmentListResponse,
  enterpriseListResponse,
  healthResponse,
  parkListResponse,
  updateUserRequest,
  userListResponse,
} from '@gaoxin/domain';

/**
 * Types of the API contract, inferred from the zod schemas in @gaoxin/domain without importing zod at
 * run time: the web ships no schema code, only the shapes.
 */
type Output<Schema extends { _zod: { output: unknown } }> = Schema['_zod']['output'];
type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

export type {
  AuditEntry,
  CurrentUser,
  EnterpriseDetail,
  EnterpriseSummary,
  Role,
  UserSummary,
} from '@gaoxin/domain';

export type Health = Output<typeof healthResponse>;
export type UserList = Output<typeof userListResponse>;
export type CreateUserRequest = Input<typeof createUserRequest>;
export type UpdateUserRequest = Input<typeof updateUserRequest>;
export type Department = Output<typeof departmentListResponse>['items'][number];
export type Park = Output<typeof parkListResponse>['items'][number];
export type EnterpriseList = Output<typeof enterpriseListResponse>;
export type AuditList = Output<typeof auditListResponse>;
