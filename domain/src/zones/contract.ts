import { z } from 'zod';
import { reference, shortText } from '../platform/contract.js';
import { amountUnits, scheduleBases, setupSteps } from './rules.js';

/** A code of a zone, department or sub-park: letters, digits, - and _, as people write them. */
const code = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { message: 'code' });
const name = shortText(64).pipe(z.string().min(1));
const version = z.number().int().min(0);
const sortOrder = z.number().int().min(0).max(9999);
const instant = z.iso.datetime({ offset: true });

/** The zone's own settings (园区信息 and 填报日历 of 系统设置). */
export const zoneSettings = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string(),
  divisionCode: z.string().nullable(),
  amountUnit: z.enum(amountUnits),
  scheduleBasis: z.enum(scheduleBases),
  /** 填报截止日: returns of a month are due on this day of the next month (kept by 经济运行's settings). */
  filingDeadlineDay: z.number().int(),
  version: z.number().int(),
});
export type ZoneSettings = z.infer<typeof zoneSettings>;

export const updateZoneRequest = z.strictObject({
  name: name.optional(),
  code: code(32).optional(),
  divisionCode: z.string().trim().max(6).nullable().optional(),
  amountUnit: z.enum(amountUnits).optional(),
  scheduleBasis: z.enum(scheduleBases).optional(),
  filingDeadlineDay: z.number().int().min(1).max(28).optional(),
  version,
});
export type UpdateZoneRequest = z.infer<typeof updateZoneRequest>;

export const zoneDepartment = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  /** The department's head (负责人): its officer marked as head; null when none is. */
  head: reference.nullable(),
  /** Active people of the department. */
  memberCount: z.number().int(),
  retiredAt: instant.nullable(),
  version: z.number().int(),
});
export type ZoneDepartment = z.infer<typeof zoneDepartment>;

export const zoneDepartmentList = z.object({
  items: z.array(zoneDepartment),
  /** Retired departments, listed apart: they keep their history and people. */
  retired: z.array(zoneDepartment),
});

export const createDepartmentRequest = z.strictObject({
  code: code(16),
  name,
  sortOrder: sortOrder.optional(),
});
export const updateDepartmentRequest = z.strictObject({
  code: code(16).optional(),
  name: name.optional(),
  sortOrder: sortOrder.optional(),
  /** The officer of this department who heads it; null clears the head. */
  headUserId: z.uuid().nullable().optional(),
  version,
});

/** Retire or restore a department or a sub-park. */
export const versionRequest = z.strictObject({ version });

const position = z.tuple([z.number(), z.number()]);
export const outlineGeometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
]);

export const zonePark = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  outline: outlineGeometry.nullable(),
  /** Enterprises registered in the sub-park. */
  enterpriseCount: z.number().int(),
  retiredAt: instant.nullable(),
  version: z.number().int(),
});
export type ZonePark = z.infer<typeof zonePark>;

export const zoneParkList = z.object({ items: z.array(zonePark), retired: z.array(zonePark) });

/**
 * The outline as GeoJSON: a geometry, a Feature or a one-feature FeatureCollection, as an object
 * or as the text of a .geojson file; checked by `parseOutline`.
 */
const outlineInput = z.union([z.string().max(1_000_000), z.record(z.string(), z.unknown())]);

export const createParkRequest = z.strictObject({
  code: code(16),
  name,
  sortOrder: sortOrder.optional(),
  outline: outlineInput.nullable().optional(),
});
export const updateParkRequest = z.strictObject({
  code: code(16).optional(),
  name: name.optional(),
  sortOrder: sortOrder.optional(),
  outline: outlineInput.nullable().optional(),
  version,
});

export const setupStatus = z.object({
  complete: z.boolean(),
  steps: z.array(z.object({ step: z.enum(setupSteps), done: z.boolean() })),
  counts: z.object({
    departments: z.number().int(),
    parks: z.number().int(),
    officers: z.number().int(),
    enterprises: z.number().int(),
  }),
});
export type SetupStatus = z.infer<typeof setupStatus>;
