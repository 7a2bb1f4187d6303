import { z } from 'zod';
import { pageQuery, reference, shortText } from '../platform/contract.js';

/** An enterprise as the foundation knows it; the enterprise module (企业库) extends the record. */
export const enterpriseSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  creditCode: z.string(),
  park: reference.nullable(),
  industryCode: z.string().nullable(),
  isAboveScale: z.boolean(),
  isKey: z.boolean(),
  isDemo: z.boolean(),
});
export type EnterpriseSummary = z.infer<typeof enterpriseSummary>;

export const enterpriseDetail = enterpriseSummary.extend({
  legalRepresentative: z.string().nullable(),
  address: z.string().nullable(),
  establishedOn: z.string().nullable(),
  version: z.number().int(),
});
export type EnterpriseDetail = z.infer<typeof enterpriseDetail>;

export const listEnterprisesQuery = z.strictObject({
  q: shortText(64).optional(),
  parkId: z.uuid().optional(),
  ...pageQuery,
});

export const enterpriseListResponse = z.object({
  items: z.array(enterpriseSummary),
  total: z.number().int(),
});

export const parkListResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string() })),
});
