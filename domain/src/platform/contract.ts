import { z } from 'zod';
import { roles } from './roles.js';
import { actions } from './roles.js';

/** The one error shape every endpoint answers with. */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('Field-level problems for 400 answers'),
    current: z.unknown().optional().describe('The fresh record, on a 409 conflict'),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

export const healthResponse = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

/** Text the user types: trimmed, no control characters, bounded. */
export const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, { message: 'control' });

export const idParam = z.strictObject({ id: z.uuid() });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const loginRequest = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const changePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});

export const roleSchema = z.enum(roles);
export const actionSchema = z.enum(actions);

export const reference = z.object({ id: z.uuid(), name: z.string() });

export const currentUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  zone: reference,
  department: reference.nullable(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  isLiaison: z.boolean(),
  mustChangePassword: z.boolean(),
  permissions: z.array(actionSchema),
});
export type CurrentUser = z.infer<typeof currentUser>;

export const loginResponse = z.object({ user: currentUser });

export const userSummary = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  department: reference.nullable(),
  enterprise: reference.nullable(),
  isLiaison: z.boolean(),
  isDepartmentHead: z.boolean(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.iso.datetime({ offset: true }).nullable(),
  lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof userSummary>;

export const listUsersQuery = z.strictObject({
  q: shortText(64).optional(),
  role: roleSchema.optional(),
  ...pageQuery,
});

export const userListResponse = z.object({ items: z.array(userSummary), total: z.number().int() });

const username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z][a-zA-Z0-9._-]*$/, { message: 'username' });

export const createUserRequest = z.strictObject({
  username,
  displayName: shortText(64).pipe(z.string().min(1)),
  role: roleSchema,
  departmentId: z.uuid().nullable().optional(),
  enterpriseId: z.uuid().nullable().optional(),
  isLiaison: z.boolean().optional(),
  isDepartmentHead: z.boolean().optional(),
  password: z.string().min(1).max(128),
});

export const updateUserRequest = z.strictObject({
  displayName: shortText(64).pipe(z.string().min(1)).optional(),
  role: roleSchema.optional(),
  departmentId: z.uuid().nullable().optional(),
  enterpriseId: z.uuid().nullable().optional(),
  isLiaison: z.boolean().optional(),
  isDepartmentHead: z.boolean().optional(),
  isActive: z.boolean().optional(),
  unlock: z.literal(true).optional(),
  password: z.string().min(1).max(128).optional(),
  version: z.number().int().min(0),
});

export const departmentListResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string() })),
});

export const auditEntry = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const listAuditQuery = z.strictObject({
  actor: shortText(64).optional(),
  entityType: shortText(64).optional(),
  entityId: shortText(64).optional(),
  action: shortText(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  ...pageQuery,
});

export const auditListResponse = z.object({ items: z.array(auditEntry), total: z.number().int() });
