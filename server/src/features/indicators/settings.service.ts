import { z } from 'zod';
import {
  parseAmount,
  parsePeriod,
  type createIndicatorRequest,
  type saveOfficialRateRequest,
  type saveTargetsRequest,
  type updateIndicatorRequest,
} from '@gaoxin/domain';
import type { Db } from '../../db/client.js';
import type { IndicatorRow } from '../../db/schema/index.js';
import { AppError, type FieldProblem } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { findParksOfZone } from '../enterprises/enterprises.repository.js';
import {
  findFilingDeadlineDay,
  findIndicators,
  findLatestPeriod,
  findWarningRules,
  insertIndicator,
  updateFilingDeadlineDay,
  updateIndicatorById,
  updateWarningRule,
} from './catalogue.repository.js';
import { reevaluatePeriod } from './warnings.service.js';
import { findOfficialRates, findTargets, replaceTargets, upsertOfficialRate } from './settings.repository.js';

const present = (row: IndicatorRow) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  unit: row.unit,
  decimals: row.decimals,
  aggregation: row.aggregation as 'sum',
  reporting: row.reporting as 'cumulative',
  allowNegative: row.allowNegative,
  isHeadline: row.isHeadline,
  sortOrder: row.sortOrder,
  active: row.active,
});

/** The catalogue: officers and leaders read it; an enterprise user reads it to fill its form. */
export async function listIndicators(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  if (!(actor.role === 'enterprise')) authorize(actor, 'economy.read');
  return { items: (await findIndicators(db, actor.zoneId)).map(present) };
}

export async function createIndicator(
  db: Db,
  context: RequestContext,
  body: z.infer<typeof createIndicatorRequest>,
) {
  const actor = requireActor(context);
  authorize(actor, 'economy.manage');
  await findIndicators(db, actor.zoneId);
  return db.transaction(async (tx) => {
    const row = await insertIndicator(tx, { zoneId: actor.zoneId, ...body });
    if (!row) {
      throw new AppError('VALIDATION_FAILED', {}, [
        {
          field: 'code',
          key: 'invalid',
          text: { zh: '指标代码已存在', en: 'The indicator code exists already' },
        },
      ]);
    }
    await recordAudit(tx, context, {
      action: 'indicators.catalogue.create',
      entityType: 'indicator',
      entityId: row.id,
      after: body,
    });
    return present(row);
  });
}

/** Renames, re-orders or retires an indicator; how it adds up stays fixed once figures exist. */
export async function updateIndicator(
  db: Db,
  context: RequestContext,
  id: string,
  body: z.infer<typeof updateIndicatorRequest>,
) {
  const actor = requireActor(context);
  authorize(actor, 'economy.manage');
  const before = (await findIndicators(db, actor.zoneId)).find((row) => row.id === id);
  if (!before) throw new AppError('NOT_FOUND');
  return db.transaction(async (tx) => {
    const row = await updateIndicatorById(tx, actor.zoneId, id, body);
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, context, {
      action: 'indicators.catalogue.update',
      entityType: 'indicator',
      entityId: id,
      before: present(before),
      after: present(row),
    });
    return present(row);
  });
}

export async function listTargets(db: Db, context: RequestContext, year: number) {
  const actor = requireActor(context);
  authorize(actor, 'economy.read');
  const catalogue = await findIndicators(db, actor.zoneId);
  const codeOf = new Map(catalogue.map((row) => [row.id, row.code]));
  const rows = await findTargets(db, actor.zoneId, year);
  return {
    year,
    items: rows.map((row) => ({
      indicatorCode: codeOf.get(row.indicatorId) ?? '',
      parkId: row.parkKey || null,
      value: row.value === null ? null : row.value,
      growthPercent: row.growthPercent === null ? null : Number(row.growthPercent),
    })),
  };
}

/** Replaces a year's annual targets (zone-wide and per sub-park) as one audited write. */
export async function saveTargets(db: Db, context: RequestContext, body: z.infer<typeof saveTargetsRequest>) {
  const actor = requireActor(context);
  authorize(actor, 'economy.manage');
  const catalogue = await findIndicators(db, actor.zoneId);
  const parks = new Set((await findParksOfZone(db, actor.zoneId)).map((park) => park.id));
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const rows = body.items.flatMap((item, index) => {
    const indicator = catalogue.find((row) => row.code === item.indicatorCode);
    if (!indicator) problems.push({ field: `items.${index}.indicatorCode`, key: 'invalid' });
    if (item.parkId && !parks.has(item.parkId))
      problems.push({ field: `items.${index}.parkId`, key: 'invalid' });
    if (item.value !== null && parseAmount(item.value) < 0n) {
      problems.push({ field: `items.${index}.value`, key: 'tooSmall', params: { minimum: 0 } });
    }
    const key = `${item.indicatorCode}|${item.parkId ?? ''}`;
    if (seen.has(key)) problems.push({ field: `items.${index}`, key: 'invalid' });
    seen.add(key);
    if (!indicator) return [];
    return [
      {
        indicatorId: indicator.id,
        parkKey: item.parkId ?? '',
        value: item.value,
        growthPercent: item.growthPercent === null ? null : item.growthPercent.toFixed(2),
      },
    ];
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, problems);
  await db.transaction(async (tx) => {
    const before = await findTargets(tx, actor.zoneId, body.year);
    await replaceTargets(tx, actor.zoneId, body.year, rows);
    await recordAudit(tx, context, {
      action: 'indicators.targets.save',
      entityType: 'zone',
      entityId: actor.zoneId,
      before: { year: body.year, count: before.length },
      after: { year: body.year, items: body.items },
    });
  });
  return listTargets(db, context, body.year);
}

export async function listOfficialRates(db: Db, context: RequestContext, period: string) {
  const actor = requireActor(context);
  authorize(actor, 'economy.read');
  const { year, month } = parsePeriod(period);
  const codeOf = new Map((await findIndicators(db, actor.zoneId)).map((row) => [row.id, row.code]));
  const rows = await findOfficialRates(db, actor.zoneId, year, month);
  return {
    period,
    items: rows.map((row) => ({
      indicatorCode: codeOf.get(row.indicatorId) ?? '',
      sliceKind: row.sliceKind as 'zone',
      sliceKey: row.sliceKey,
      growthPercent: Number(row.growthPercent),
      note: row.note,
    })),
  };
}

/** Stores a growth rate published by the statistics bureau; it is shown instead of the computed one. */
export async function saveOfficialRate(
  db: Db,
  context: RequestContext,
  body: z.infer<typeof saveOfficialRateRequest>,
) {
  const actor = requireActor(context);
  authorize(actor, 'economy.manage');
  const indicator = (await findIndicators(db, actor.zoneId)).find((row) => row.code === body.indicatorCode);
  if (!indicator) throw new AppError('VALIDATION_FAILED', {}, [{ field: 'indicatorCode', key: 'invalid' }]);
  if ((body.sliceKind === 'zone') !== (body.sliceKey === '')) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'sliceKey', key: 'invalid' }]);
  }
  if (body.sliceKind === 'park') {
    const parks = await findParksOfZone(db, actor.zoneId);
    if (!parks.some((park) => park.id === body.sliceKey)) {
      throw new AppError('VALIDATION_FAILED', {}, [{ field: 'sliceKey', key: 'invalid' }]);
    }
  }
  const { year, month } = parsePeriod(body.period);
  await db.transaction(async (tx) => {
    await upsertOfficialRate(tx, {
      zoneId: actor.zoneId,
      indicatorId: indicator.id,
      year,
      month,
      sliceKind: body.sliceKind,
      sliceKey: body.sliceKey,
      growthPercent: body.growthPercent.toFixed(2),
      note: body.note,
      recordedBy: actor.userId,
    });
    await recordAudit(tx, context, {
      action: 'indicators.officialRate.save',
      entityType: 'indicator',
      entityId: indicator.id,
      after: body,
    });
  });
  return listOfficialRates(db, context, body.period);
}

export async function getFilingSettings(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'economy.read');
  return { filingDeadlineDay: await findFilingDeadlineDay(db, actor.zoneId) };
}

/** Moves the filing deadline (the day of the following month returns are due), audited. */
export async function saveFilingSettings(
  db: Db,
  context: RequestContext,
  body: { filingDeadlineDay: number },
) {
  const actor = requireActor(context);
  authorize(actor, 'economy.manage');
  const before = await findFilingDeadlineDay(db, actor.zoneId);
  await db.transaction(async (tx) => {
    await updateFilingDeadlineDay(tx, actor.zoneId, body.filingDeadlineDay);
    await recordAudit(tx, context, {
      action: 'indicators.settings.update',
      entityType: 'zone',
      entityId: actor.zoneId,
      before: { filingDeadlineDay: before },
      after: body,
    });
  });
  return getFilingSettings(db, context);
}

export async function listWarningRules(db: Db, context: RequestContext) {
  const actor = requireActor(context);
  authorize(actor, 'economy.read');
  return { items: await findWarningRules(db, actor.zoneId) };
}

/** Changes a rule's threshold or switches it, and re-evaluates the latest period's warnings. */
export async function changeWarningRule(
  db: Db,
  context: RequestContext,
  code: string,
  body: { threshold?: number; enabled?: boolean },
) {
  const actor = requireActor(context);
  authorize(actor, 'economy.manage');
  const before = (await findWarningRules(db, actor.zoneId)).find((rule) => rule.code === code);
  if (!before) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    await updateWarningRule(tx, actor.zoneId, code, body);
    // The latest period's list follows the new threshold at once; earlier periods keep what fired then.
    const latest = await findLatestPeriod(tx, actor.zoneId);
    if (latest) await reevaluatePeriod(tx, actor.zoneId, latest.year, latest.month);
    await recordAudit(tx, context, {
      action: 'indicators.warningRule.update',
      entityType: 'warningRule',
      entityId: null,
      before: { code, threshold: before.threshold, enabled: before.enabled },
      after: { code, ...body },
    });
  });
  return listWarningRules(db, context);
}
