import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  outlineText,
  parseOutline,
  type createParkRequest,
  type Outline,
  type updateParkRequest,
  type ZonePark,
} from '@gaoxin/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import { codeTaken, isUniqueViolation } from './zone-errors.js';
import { findParkByCode, findParksWithCounts, insertPark, updateParkIfVersion } from './zones.repository.js';

type Row = Awaited<ReturnType<typeof findParksWithCounts>>[number];

function present({ park, enterpriseCount }: Row): ZonePark {
  return {
    id: park.id,
    code: park.code,
    name: park.name,
    sortOrder: park.sortOrder,
    outline: (park.outline as Outline | null) ?? null,
    enterpriseCount,
    retiredAt: park.retiredAt?.toISOString() ?? null,
    version: park.version,
  };
}

/** What the audit log shows of a sub-park: the outline by its size, not its thousands of numbers. */
const auditView = (park: ZonePark) => ({
  code: park.code,
  name: park.name,
  sortOrder: park.sortOrder,
  outline: park.outline ? describeOutline(park.outline) : null,
  retiredAt: park.retiredAt,
});

function describeOutline(outline: Outline): string {
  const polygons = outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  const positions = polygons.flat().reduce((total, ring) => total + ring.length, 0);
  const digest = createHash('sha256').update(JSON.stringify(outline)).digest('hex').slice(0, 12);
  return `${outline.type}, ${polygons.length} polygon(s), ${positions} positions, sha256 ${digest}`;
}

async function load(db: DbOrTx, zoneId: string, id: string): Promise<ZonePark> {
  const [row] = await findParksWithCounts(db, zoneId, id);
  if (!row) throw new AppError('NOT_FOUND');
  return present(row);
}

/** A checked outline, or 400 naming the problem in both languages; null and undefined pass through. */
function checkedOutline(input: unknown): Outline | null | undefined {
  if (input === undefined || input === null) return input;
  if (typeof input === 'string' && input.trim() === '') return null;
  const result = parseOutline(input);
  if ('problem' in result) {
    throw new AppError('VALIDATION_FAILED', {}, [
      { field: 'outline', key: 'invalid', text: outlineText(result.problem) },
    ]);
  }
  return result.outline;
}

export async function listZoneParks(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  const all = (await findParksWithCounts(db, actor.zoneId)).map(present);
  return { items: all.filter((park) => !park.retiredAt), retired: all.filter((park) => park.retiredAt) };
}

async function assertCodeFree(db: DbOrTx, zoneId: string, code: string, exceptId?: string) {
  const holder = await findParkByCode(db, zoneId, code, exceptId);
  if (holder) throw codeTaken(code, holder.name);
}

/** Adds a sub-park with its code (unique in the zone) and, optionally, its outline. */
export async function createZonePark(
  db: Db,
  context: RequestContext,
  input: z.infer<typeof createParkRequest>,
): Promise<ZonePark> {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  const outline = checkedOutline(input.outline) ?? null;
  await assertCodeFree(db, actor.zoneId, input.code);
  try {
    return await db.transaction(async (tx) => {
      const row = await insertPark(tx, {
        zoneId: actor.zoneId,
        code: input.code,
        name: input.name,
        sortOrder: input.sortOrder ?? 0,
        outline,
      });
      const created = await load(tx, actor.zoneId, row.id);
      await recordAudit(tx, context, {
        action: 'park.create',
        entityType: 'park',
        entityId: row.id,
        after: auditView(created),
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) await assertCodeFree(db, actor.zoneId, input.code);
    throw error;
  }
}

/** Renames a sub-park, changes its code, order or outline (null removes it), with optimistic concurrency. */
export async function updateZonePark(
  db: Db,
  context: RequestContext,
  id: string,
  input: z.infer<typeof updateParkRequest>,
): Promise<ZonePark> {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  const before = await load(db, actor.zoneId, id);
  if (before.version !== input.version) throw new AppError('CONFLICT', {}, [], before);
  const outline = checkedOutline(input.outline);
  if (input.code && input.code.toLowerCase() !== before.code.toLowerCase()) {
    await assertCodeFree(db, actor.zoneId, input.code, id);
  }
  return write(db, context, before, 'park.update', (tx) =>
    updateParkIfVersion(tx, actor.zoneId, id, input.version, {
      ...(input.code !== undefined && { code: input.code }),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.sortOrder !== undefined && { sortOrder: input.sortOrder }),
      ...(outline !== undefined && { outline }),
    }),
  );
}

/** Retires a sub-park: its enterprises and figures stay, it is offered for nothing new. */
export function retireZonePark(db: Db, context: RequestContext, id: string, version: number) {
  return setRetired(db, context, id, version, true);
}

export function restoreZonePark(db: Db, context: RequestContext, id: string, version: number) {
  return setRetired(db, context, id, version, false);
}

async function setRetired(db: Db, context: RequestContext, id: string, version: number, retire: boolean) {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  const before = await load(db, actor.zoneId, id);
  if (before.version !== version) throw new AppError('CONFLICT', {}, [], before);
  if (Boolean(before.retiredAt) === retire) return before;
  return write(db, context, before, retire ? 'park.retire' : 'park.restore', (tx) =>
    updateParkIfVersion(tx, actor.zoneId, id, version, { retiredAt: retire ? new Date() : null }),
  );
}

async function write(
  db: Db,
  context: RequestContext,
  before: ZonePark,
  action: string,
  change: (tx: DbOrTx) => Promise<unknown>,
): Promise<ZonePark> {
  const zoneId = requireActor(context).zoneId;
  try {
    return await db.transaction(async (tx) => {
      if (!(await change(tx))) throw new AppError('CONFLICT', {}, [], await load(tx, zoneId, before.id));
      const after = await load(tx, zoneId, before.id);
      await recordAudit(tx, context, {
        action,
        entityType: 'park',
        entityId: before.id,
        ...changedFields(auditView(before), auditView(after)),
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', {}, [], await load(db, zoneId, before.id));
    throw error;
  }
}
