import { z } from 'zod';
import { pageQuery, reference, shortText } from '../platform/contract.js';
import { leadSources, leadStatuses } from './leads.js';
import { leadFollowUpKinds, maximumInvestmentWan } from './constants.js';

const instant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const optionalText = (max: number) => shortText(max).nullable().optional();

/** Amounts in 万元 as decimal strings, up to `maximumInvestmentWan`. */
export const investmentAmount = z
  .string()
  .trim()
  .regex(/^\d{1,14}(\.\d{1,4})?$/, { message: 'decimal' })
  .refine((text) => Number(text) <= maximumInvestmentWan, { message: 'absurdAmount' });

export const leadHolder = z.object({
  leadId: z.uuid(),
  /** The reader registered it (registering it again would be refused). */
  isMine: z.boolean(),
  ownerName: z.string(),
  departmentName: z.string().nullable(),
  parkName: z.string().nullable(),
  registeredAt: instant,
});

export const leadSummary = z.object({
  id: z.uuid(),
  companyName: z.string(),
  creditCode: z.string().nullable(),
  enterprise: reference.nullable(),
  industryCode: z.string().nullable(),
  intendedInvestment: z.string().nullable(),
  source: z.enum(leadSources),
  anchorEnterprise: reference.nullable(),
  owner: reference,
  department: reference.nullable(),
  park: reference.nullable(),
  status: z.enum(leadStatuses),
  statusReason: z.string().nullable(),
  registeredAt: instant,
  firstContactedAt: instant.nullable(),
  firstContactOverdue: z.boolean(),
  /** 首报首谈: who registered the same company first, when this lead is not the first. */
  duplicateOf: leadHolder.nullable(),
  projectId: z.uuid().nullable(),
  version: z.number().int(),
});
export type LeadSummary = z.infer<typeof leadSummary>;

export const leadFollowUp = z.object({
  id: z.uuid(),
  kind: z.enum(leadFollowUpKinds),
  happenedOn: isoDate,
  note: z.string(),
  byName: z.string(),
  createdAt: instant,
});

export const leadDetail = leadSummary.extend({
  contactName: z.string().nullable(),
  /** Masked (138****5678) for readers other than the owner. */
  contactPhone: z.string().nullable(),
  summary: z.string().nullable(),
  followUps: z.array(leadFollowUp),
  /** Statuses this reader may move the lead to now. */
  nextStatuses: z.array(z.enum(leadStatuses)),
  canEdit: z.boolean(),
  /** Later registrations of the same company by others, for the holder to see. */
  laterRegistrations: z.array(leadHolder),
});
export type LeadDetail = z.infer<typeof leadDetail>;

const leadFields = {
  companyName: shortText(100).pipe(z.string().min(2)),
  /** Checked as GB 32100 by the service, which says what is wrong. */
  creditCode: z.string().trim().max(30).nullable().optional(),
  enterpriseId: z.uuid().nullable().optional(),
  contactName: optionalText(40),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[\d+\-\s]{5,20}$/, { message: 'phone' })
    .nullable()
    .optional(),
  industryCode: z
    .string()
    .trim()
    .regex(/^[A-T]?\d{2}(\d{2})?$/i)
    .nullable()
    .optional(),
  intendedInvestment: investmentAmount.nullable().optional(),
  source: z.enum(leadSources),
  anchorEnterpriseId: z.uuid().nullable().optional(),
  summary: optionalText(2000),
  parkId: z.uuid().nullable().optional(),
};

export const createLeadRequest = z.strictObject(leadFields);
export const updateLeadRequest = createLeadRequest.partial().extend({ version: z.number().int().min(0) });

export const leadStatusRequest = z.strictObject({
  to: z.enum(leadStatuses),
  reason: shortText(500).optional(),
  version: z.number().int().min(0),
});

export const leadFollowUpRequest = z.strictObject({
  kind: z.enum(leadFollowUpKinds),
  happenedOn: isoDate,
  note: shortText(2000).pipe(z.string().min(2)),
});

export const listLeadsQuery = z.strictObject({
  status: z.enum(leadStatuses).optional(),
  source: z.enum(leadSources).optional(),
  /** true: only mine. */
  mine: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** true: only leads flagged as a later registration of a company someone holds. */
  duplicates: z.enum(['true', 'false']).optional(),
  q: shortText(60).optional(),
  ...pageQuery,
});
export type ListLeadsQuery = z.infer<typeof listLeadsQuery>;
export const leadListResponse = z.object({ items: z.array(leadSummary), total: z.number().int() });

export const leadDuplicatesQuery = z.strictObject({
  companyName: shortText(100).pipe(z.string().min(2)),
  creditCode: z.string().trim().max(18).optional(),
});
export const leadDuplicatesResponse = z.object({ holders: z.array(leadHolder) });

export const projectSettingsResponse = z.object({
  firstContactDays: z.number().int(),
  dueSoonDays: z.number().int(),
  lateYellowDays: z.number().int(),
  version: z.number().int(),
});
export const projectSettingsRequest = z.strictObject({
  firstContactDays: z.number().int().min(1).max(60),
  dueSoonDays: z.number().int().min(1).max(90),
  lateYellowDays: z.number().int().min(1).max(180),
  version: z.number().int().min(0),
});
