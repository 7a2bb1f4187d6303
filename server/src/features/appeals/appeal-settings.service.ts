import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { appealCategoryRequest, appealSettingsRequest, workCalendarRequest } from '@gaoxin/domain';
import { inParallel, type Db, type DbOrTx } from '../../db/client.js';
import { AppError, type FieldProblem } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { findDepartmentIdsOfZone } from './appeals.repository.js';
import {
  findAppealCategories,
  findAppealSettings,
  findCalendarYear,
  findClockRules,
  insertAppealCategory,
  replaceCalendarDays,
  replaceClockRules,
  saveAppealSettingsRow,
  saveCalendarYearRow,
  updateAppealCategory,
} from './appeal-settings.repository.js';

/**
 * Configuration belongs to the dispatch desk once the zone names one (before that, to any officer,
 * so that someone can name it).
 */
async function authorizeConfiguration(db: DbOrTx, actor: Actor) {
  authorize(actor, 'appeal.configure');
  const { dispatchDepartmentId } = await findAppealSettings(db, actor.zoneId);
  if (dispatchDepartmentId && actor.departmentId !== dispatchDepartmentId) throw new AppError('FORBIDDEN');
}

const presentCategory = (row: Awaited<ReturnType<typeof findAppealCategories>>[number]) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  sortOrder: row.sortOrder,
  active: row.active,
});

/** Everyone who files or reads appeals reads the categories; retired ones only on request. */
export async function listAppealCategories(db: Db, context: RequestContext, includeRetired: boolean) {
  const actor = requireActor(context);
  authorize(actor, 'appeal.read');
  const rows = await findAppealCategories(db, actor.zoneId);
  return { items: rows.filter((row) => includeRetired || row.active).map(presentCategory) };
}

export async function createAppealCategory(
  db: Db,
  context: RequestContext,
  body: z.infer<typeof appealCategoryRequest>,
) {
  const actor = requireActor(context);
  await authorizeConfiguration(db, actor);
  const existing = await findAppealCategories(db, actor.zoneId);
  if (existing.some((row) => row.name === body.name)) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'name', key: 'categoryTaken' }]);
  }
  return db.transaction(async (tx) => {
    const row = await insertAppealCategory(tx, {
      zoneId: actor.zoneId,
      code: `c${randomUUID().slice(0, 8)}`,
      name: body.name,
      sortOrder: body.sortOrder ?? (existing.at(-1)?.sortOrder ?? 0) + 10,
      active: body.active ?? true,
    });
    await recordAudit(tx, context, {
      action: 'appeal.category.create',
      entityType: 'appealCategory',
      entityId: row.id,
      after: { name: row.name },
    });
    return presentCategory(row);
  });
}

export async function changeAppealCategory(
  db: Db,
  context: RequestContext,
  id: string,
  body: Partial<z.infer<typeof appealCategoryRequest>>,
) {
  const actor = requireActor(context);
  await authorizeConfiguration(db, actor);
  const existing = await findAppealCategories(db, actor.zoneId);
  const before = existing.find((row) => row.id === id);
  if (!before) throw new AppError('NOT_FOUND');
  if (body.name && existing.some((row) => row.name === body.name && row.id !== id)) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'name', key: 'categoryTaken' }]);
  }
  return db.transaction(async (tx) => {
    const row = await updateAppealCategory(tx, actor.zoneId, id, body);
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, context, {
      action: 'appeal.category.update',
      entityType: 'appealCategory',
      entityId: id,
      before: { name: before.name, sortOrder: before.sortOrder, active: before.active },
      after: { name: row.name, sortOrder: row.sortOrder, active: row.active },
    });
    return presentCategory(row);
  });
}

async function readSettings(db: DbOrTx, zoneId: string) {
  const [settings, clockRules] = await inParallel(db, [
    () => findAppealSettings(db, zoneId),
    () => findClockRules(db, zoneId),
  ]);
  return {
    dispatchDepartment: settings.dispatchDepartmentId
      ? { id: settings.dispatchDepartmentId, name: settings.dispatchDepartmentName ?? '' }
      : null,
    clockRules,
    version: settings.version,
  };
}

export async function getAppealSettings(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'appeal.read');
  if (actor.role === 'enterprise') throw new AppError('FORBIDDEN');
  return readSettings(db, actor.zoneId);
}

/** Saves the dispatch desk and the clock rules at once, if nobody saved in between. */
export async function saveAppealSettings(
  db: Db,
  context: RequestContext,
  body: z.infer<typeof appealSettingsRequest>,
) {
  const actor = requireActor(context);
  await authorizeConfiguration(db, actor);
  const [departmentIds, categories] = await Promise.all([
    findDepartmentIdsOfZone(db, actor.zoneId),
    findAppealCategories(db, actor.zoneId),
  ]);
  const problems: FieldProblem[] = [];
  if (body.dispatchDepartmentId && !departmentIds.has(body.dispatchDepartmentId)) {
    problems.push({ field: 'dispatchDepartmentId', key: 'unknownDepartment' });
  }
  const scopes = new Set<string>();
  body.clockRules.forEach((rule, index) => {
    if (rule.categoryId && !categories.some((category) => category.id === rule.categoryId)) {
      problems.push({ field: `clockRules.${index}.categoryId`, key: 'unknownCategory' });
    }
    const scope = `${rule.categoryId ?? ''}/${rule.severity}`;
    if (scopes.has(scope)) problems.push({ field: `clockRules.${index}`, key: 'invalid' });
    scopes.add(scope);
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);

  return db.transaction(async (tx) => {
    const before = await readSettings(tx, actor.zoneId);
    if (!(await saveAppealSettingsRow(tx, actor.zoneId, body.dispatchDepartmentId, body.version))) {
      throw new AppError('CONFLICT', {}, [], before);
    }
    await replaceClockRules(tx, actor.zoneId, body.clockRules);
    await recordAudit(tx, context, {
      action: 'appeal.settings.update',
      entityType: 'appealSettings',
      entityId: actor.zoneId,
      before: { dispatchDepartmentId: before.dispatchDepartment?.id ?? null, clockRules: before.clockRules },
      after: { dispatchDepartmentId: body.dispatchDepartmentId, clockRules: body.clockRules },
    });
    return readSettings(tx, actor.zoneId);
  });
}

/** A year of the zone's working calendar (节假日 and 调休上班), as the officers read it. */
export async function getWorkCalendar(db: Db, context: RequestContext, year: number) {
  const actor = requireActor(context);
  authorize(actor, 'appeal.read');
  if (actor.role === 'enterprise') throw new AppError('FORBIDDEN');
  return { year, ...(await findCalendarYear(db, actor.zoneId, year)) };
}

/**
 * Replaces a year's holidays and make-up workdays at once (the contract checked the dates), if
 * nobody saved that year in between. Clocks started afterwards count with it; running deadlines stay.
 */
export async function saveWorkCalendar(
  db: Db,
  context: RequestContext,
  body: z.infer<typeof workCalendarRequest>,
) {
  const actor = requireActor(context);
  await authorizeConfiguration(db, actor);
  const days = [...body.days]
    .map((day) => ({ date: day.date, kind: day.kind, name: day.name?.trim() || null }))
    .sort((left, right) => left.date.localeCompare(right.date));
  return db.transaction(async (tx) => {
    const before = await findCalendarYear(tx, actor.zoneId, body.year);
    if (!(await saveCalendarYearRow(tx, actor.zoneId, body.year, body.version))) {
      throw new AppError('CONFLICT', {}, [], { year: body.year, ...before });
    }
    await replaceCalendarDays(tx, actor.zoneId, body.year, days);
    await recordAudit(tx, context, {
      action: 'appeal.calendar.update',
      entityType: 'appealCalendar',
      entityId: actor.zoneId,
      before: { year: body.year, days: before.days },
      after: { year: body.year, days },
    });
    return { year: body.year, ...(await findCalendarYear(tx, actor.zoneId, body.year)) };
  });
}
