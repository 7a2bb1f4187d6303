import { z } from 'zod';
import { pageQuery, reference, shortText } from '../platform/contract.js';
import { qualificationLevels } from './qualifications.js';
import { enterpriseScales } from './scale.js';

const isoDate = z.iso.date();
/** 万元 amounts travel as decimal strings so no binary float ever touches money. */
export const decimalAmount = z
  .string()
  .trim()
  .regex(/^\d{1,14}(\.\d{1,4})?$/, { message: 'decimal' });

export const enterpriseSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  creditCode: z.string(),
  park: reference.nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  scale: z.enum(enterpriseScales).nullable(),
  isAboveScale: z.boolean(),
  isKey: z.boolean(),
  liaison: reference.nullable(),
  qualificationTypes: z.array(z.string()),
  establishedOn: isoDate.nullable(),
  isDemo: z.boolean(),
});
export type EnterpriseSummary = z.infer<typeof enterpriseSummary>;

export const qualification = z.object({
  id: z.uuid(),
  type: z.string(),
  typeName: z.string(),
  level: z.enum(qualificationLevels),
  certificateNumber: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  expiresOn: isoDate.nullable(),
  status: z.enum(['valid', 'expiring', 'expired']),
});
export type Qualification = z.infer<typeof qualification>;

export const contact = z.object({
  id: z.uuid(),
  name: z.string(),
  position: z.string().nullable(),
  /** Masked (138****5678) unless revealed through the audited endpoint. */
  mobile: z.string().nullable(),
});
export type Contact = z.infer<typeof contact>;

export const enterpriseDetail = enterpriseSummary.extend({
  legalRepresentative: z.string().nullable(),
  registeredCapital: z.string().nullable(),
  address: z.string().nullable(),
  leadingIndustry: z.string().nullable(),
  responsibleLeader: reference.nullable(),
  creditCodeOverride: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  qualifications: z.array(qualification),
  contacts: z.array(contact),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type EnterpriseDetail = z.infer<typeof enterpriseDetail>;

export const enterpriseSortFields = ['name', 'creditCode', 'establishedOn', 'updatedAt'] as const;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const listEnterprisesQuery = z.strictObject({
  q: shortText(64).optional(),
  parkId: z.uuid().optional(),
  industry: z
    .string()
    .regex(/^[A-T]$|^\d{2,4}$/)
    .optional(),
  qualification: shortText(32).optional(),
  scale: z.enum(enterpriseScales).optional(),
  aboveScale: booleanQuery.optional(),
  key: booleanQuery.optional(),
  liaisonId: z.uuid().optional(),
  sort: z.enum(enterpriseSortFields).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQuery,
});
export type ListEnterprisesQuery = z.infer<typeof listEnterprisesQuery>;

export const enterpriseListResponse = z.object({
  items: z.array(enterpriseSummary),
  total: z.number().int(),
});

const optionalText = (max: number) => shortText(max).nullable().optional();

/** Fields an officer sets on create; PATCH takes any subset plus the version. */
export const enterpriseFields = {
  name: shortText(100).pipe(z.string().min(2)),
  shortName: optionalText(30),
  creditCode: z.string().trim().min(1).max(30),
  creditCodeOverride: optionalText(200),
  parkId: z.uuid().nullable().optional(),
  industryCode: z
    .string()
    .trim()
    .regex(/^[A-T]?\d{2}(\d{2})?$/i)
    .nullable()
    .optional(),
  scale: z.enum(enterpriseScales).nullable().optional(),
  isAboveScale: z.boolean().optional(),
  leadingIndustry: optionalText(30),
  legalRepresentative: optionalText(30),
  registeredCapital: decimalAmount.nullable().optional(),
  address: optionalText(200),
  establishedOn: isoDate.nullable().optional(),
  tags: z
    .array(shortText(20).pipe(z.string().min(1)))
    .max(20)
    .optional(),
  notes: optionalText(2000),
};

export const createEnterpriseRequest = z.strictObject(enterpriseFields);
export type CreateEnterpriseRequest = z.infer<typeof createEnterpriseRequest>;

export const updateEnterpriseRequest = z.strictObject({
  ...Object.fromEntries(Object.entries(enterpriseFields).map(([key, schema]) => [key, schema.optional()])),
  version: z.number().int().min(0),
} as { [K in keyof typeof enterpriseFields]: z.ZodOptional<(typeof enterpriseFields)[K]> } & {
  version: z.ZodNumber;
});
export type UpdateEnterpriseRequest = z.infer<typeof updateEnterpriseRequest>;

export const qualificationRequest = z.strictObject({
  type: shortText(32).pipe(z.string().min(1)),
  level: z.enum(qualificationLevels),
  certificateNumber: optionalText(64),
  issuedOn: isoDate.nullable().optional(),
  expiresOn: isoDate.nullable().optional(),
});

export const contactRequest = z.strictObject({
  name: shortText(30).pipe(z.string().min(1)),
  position: optionalText(30),
  mobile: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: 'phone' })
    .nullable()
    .optional(),
});

export const visitRequest = z.strictObject({
  visitedOn: isoDate,
  visitors: shortText(100).pipe(z.string().min(1)),
  summary: shortText(2000).pipe(z.string().min(1)),
  problems: z
    .array(shortText(500).pipe(z.string().min(1)))
    .max(20)
    .default([]),
  nextStep: optionalText(500),
});

export const visit = z.object({
  id: z.uuid(),
  visitedOn: isoDate,
  visitors: z.string(),
  summary: z.string(),
  problems: z.array(z.string()),
  nextStep: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export const visitListResponse = z.object({ items: z.array(visit) });

export const assignmentRequest = z.strictObject({
  isKey: z.boolean(),
  liaisonUserId: z.uuid().nullable(),
  responsibleLeaderId: z.uuid().nullable(),
  reason: optionalText(200),
  version: z.number().int().min(0),
});

export const assignment = z.object({
  id: z.uuid(),
  isKey: z.boolean(),
  liaison: reference.nullable(),
  responsibleLeader: reference.nullable(),
  reason: z.string().nullable(),
  assignedBy: z.string().nullable(),
  assignedAt: z.iso.datetime({ offset: true }),
});
export const assignmentListResponse = z.object({ items: z.array(assignment) });

export const expiringQualificationsQuery = z.strictObject({
  withinDays: z.coerce.number().int().min(0).max(730).default(90),
  type: shortText(32).optional(),
  includeExpired: booleanQuery.default(false),
  ...pageQuery,
});
export const expiringQualification = qualification.extend({ enterprise: reference });
export const expiringQualificationsResponse = z.object({
  items: z.array(expiringQualification),
  total: z.number().int(),
});

export const parkListResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string() })),
});

export const qualificationTypeRequest = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-zA-Z][a-zA-Z0-9]{1,31}$/, { message: 'code' }),
  name: shortText(40).pipe(z.string().min(2)),
});

export const qualificationTypeListResponse = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const peopleListResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.string(), isLiaison: z.boolean() })),
});

/** A warning the API returns beside a successful write (e.g. an unusual credit code). */
export const writeWarning = z.object({ field: z.string(), message: z.string() });
