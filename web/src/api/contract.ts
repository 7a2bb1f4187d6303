import type {
  assignment,
  assignmentRequest,
  auditListResponse,
  contactRequest,
  createEnterpriseRequest,
  createUserRequest,
  departmentListResponse,
  enterpriseListResponse,
  expiringQualificationsResponse,
  healthResponse,
  parkListResponse,
  peopleListResponse,
  qualificationRequest,
  qualificationTypeListResponse,
  updateEnterpriseRequest,
  updateUserRequest,
  userListResponse,
  visit,
  visitRequest,
  writeWarning,
} from '@gaoxin/domain';

/**
 * Types of the API contract, inferred from the zod schemas in @gaoxin/domain without importing zod at
 * run time: the web ships no schema code, only the shapes.
 */
type Output<Schema extends { _zod: { output: unknown } }> = Schema['_zod']['output'];
type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

export type {
  AuditEntry,
  Contact,
  CurrentUser,
  EnterpriseDetail,
  EnterpriseSummary,
  Qualification,
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
export type CreateEnterpriseRequest = Input<typeof createEnterpriseRequest>;
export type UpdateEnterpriseRequest = Input<typeof updateEnterpriseRequest>;
export type WriteWarning = Output<typeof writeWarning>;
export type QualificationRequest = Input<typeof qualificationRequest>;
export type QualificationType = Output<typeof qualificationTypeListResponse>['items'][number];
export type ExpiringQualificationList = Output<typeof expiringQualificationsResponse>;
export type ContactRequest = Input<typeof contactRequest>;
export type Visit = Output<typeof visit>;
export type VisitRequest = Input<typeof visitRequest>;
export type Assignment = Output<typeof assignment>;
export type AssignmentRequest = Input<typeof assignmentRequest>;
export type AssignablePerson = Output<typeof peopleListResponse>['items'][number];
