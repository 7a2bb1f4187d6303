import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import {
  addDays,
  chinaDate,
  effectiveClockPolicy,
  stageDeadline,
  workCalendarOf,
  type ClockRule,
  type createAppealRequest,
  type ListAppealsQuery,
  type Severity,
} from '@gaoxin/domain';
import { inParallel, type Db, type DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type Actor, type RequestContext } from '../../platform/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Outbound } from '../inbox/outbound.js';
import {
  isDispatcher,
  mayAttach,
  maySee,
  partyOf,
  stepsFor,
  visibleTo,
  workedOnBy,
} from './appeal-access.js';
import { appealKeywords } from './appeal-keywords.js';
import { noticesForStep } from './appeal-notices.js';
import { presentClock, presentDetail, presentListRow, type AppealListRow } from './appeal-presenter.js';
import { appealSearchCondition, findEnterpriseIdsNamed } from './appeal-search.js';
import { findAppealCategories, findAppealRules } from './appeal-settings.repository.js';
import {
  findAppealEvents,
  findAppealRow,
  findAssists,
  findAttachments,
  findDisplayName,
  findEnterpriseOfZone,
  insertAppeal,
  insertAppealEvent,
  nextAppealNumber,
  visitBelongsTo,
  type AppealRow,
} from './appeals.repository.js';

/**
 * What every appeal read needs besides the row, in one query: the dispatch desk, the clock rules
 * and the zone's working calendar. Only dates near `now` matter: a clock starts now and its
 * working hours run out within weeks, so a year either side is plenty.
 */
export async function loadAppealRules(db: DbOrTx, zoneId: string, now = new Date()) {
  const today = chinaDate(now);
  const rules = await findAppealRules(db, zoneId, addDays(today, -366), addDays(today, 366));
  const calendar = workCalendarOf([
    ...rules.holidays.map((date) => ({ date, kind: 'holiday' as const })),
    ...rules.extraWorkdays.map((date) => ({ date, kind: 'workday' as const })),
  ]);
  return { dispatchDepartmentId: rules.dispatchDepartmentId, clockRules: rules.clockRules, calendar };
}
export type AppealRules = Awaited<ReturnType<typeof loadAppealRules>>;

export const policyOf = (rules: ClockRule[], categoryId: string, severity: string) =>
  effectiveClockPolicy(rules, categoryId, severity as Severity);

/**
 * Loads an appeal the actor may see, with how the actor stands to it. Another zone's appeal, or
 * one the actor is no party to, answers 404 like a missing one, so ids cannot be probed.
 */
export async function loadVisibleAppeal(db: DbOrTx, actor: Actor, id: string, forUpdate = false) {
  authorize(actor, 'appeal.read');
  const rules = await loadAppealRules(db, actor.zoneId);
  const row = await findAppealRow(db, actor.zoneId, id, forUpdate);
  if (!row) throw new AppError('NOT_FOUND');
  const party = await partyOf(db, actor, row, rules.dispatchDepartmentId);
  if (!maySee(party)) throw new AppError('NOT_FOUND');
  return { row, party, rules };
}

/** The full appeal as this reader sees it, with the steps it may take now. */
export async function readAppealDetail(db: DbOrTx, actor: Actor, id: string, now = new Date()) {
  const { row, party, rules } = await loadVisibleAppeal(db, actor, id);
  return presentLoaded(db, row, party, rules, now);
}

async function presentLoaded(
  db: DbOrTx,
  row: AppealRow,
  party: Awaited<ReturnType<typeof partyOf>>,
  rules: AppealRules,
  now: Date,
) {
  const [assists, events, attachments] = await inParallel(db, [
    () => findAssists(db, row.appeal.id),
    () => findAppealEvents(db, row.appeal.id),
    () => findAttachments(db, row.appeal.id),
  ]);
  const state = row.appeal.state as Parameters<typeof stepsFor>[1];
  return presentDetail(row, {
    assists,
    events,
    attachments,
    allowedSteps: stepsFor(party, state),
    canAttach: mayAttach(party, state),
    clock: presentClock(
      row.appeal,
      now,
      policyOf(rules.clockRules, row.appeal.categoryId, row.appeal.severity),
    ),
  });
}

export async function getAppeal(db: Db, context: RequestContext, id: string) {
  return readAppealDetail(db, requireActor(context), id);
}

/**
 * Files an appeal: an enterprise user for its own enterprise, an officer for any enterprise of
 * the zone (e.g. from a visit). The dispatch clock starts now.
 */
export async function fileAppeal(
  db: Db,
  outbound: Outbound,
  context: RequestContext,
  body: z.infer<typeof createAppealRequest>,
) {
  const actor = requireActor(context);
  authorize(actor, 'appeal.file');
  const enterpriseId = actor.role === 'enterprise' ? actor.enterpriseId : body.enterpriseId;
  if (actor.role === 'enterprise' && body.enterpriseId && body.enterpriseId !== actor.enterpriseId) {
    throw new AppError('FORBIDDEN');
  }
  if (!enterpriseId)
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'enterpriseId', key: 'required' }]);
  const [enterprise, categories, rules] = await Promise.all([
    findEnterpriseOfZone(db, actor.zoneId, enterpriseId),
    findAppealCategories(db, actor.zoneId),
    loadAppealRules(db, actor.zoneId),
  ]);
  if (!enterprise) throw new AppError('NOT_FOUND');
  if (!categories.some((category) => category.id === body.categoryId && category.active)) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'categoryId', key: 'unknownCategory' }]);
  }
  if (body.visitId && !(await visitBelongsTo(db, enterpriseId, body.visitId))) {
    throw new AppError('VALIDATION_FAILED', {}, [{ field: 'visitId', key: 'visitOfAnotherEnterprise' }]);
  }
  const keywords = appealKeywords(body.title, body.description);
  const now = new Date();
  const policy = policyOf(rules.clockRules, body.categoryId, body.severity);

  const { id, notices } = await db.transaction(async (tx) => {
    const actorName = await findDisplayName(tx, actor.userId);
    const number = await nextAppealNumber(tx, chinaDate(now).slice(0, 4));
    const { id } = await insertAppeal(tx, {
      zoneId: actor.zoneId,
      number,
      enterpriseId,
      categoryId: body.categoryId,
      title: body.title,
      description: body.description,
      severity: body.severity,
      channel: actor.role === 'enterprise' ? 'portal' : body.visitId ? 'visit' : 'officer',
      visitId: body.visitId ?? null,
      state: 'submitted',
      filedBy: actor.userId,
      filedByName: actorName,
      submittedAt: now,
      clockStage: 'dispatch',
      stageStartedAt: now,
      deadlineAt: stageDeadline('dispatch', now, body.severity, 0, policy, rules.calendar),
      keywords,
      updatedAt: now,
    });
    await insertAppealEvent(tx, {
      zoneId: actor.zoneId,
      appealId: id,
      step: 'submit',
      fromState: null,
      toState: 'submitted',
      actorId: actor.userId,
      actorName,
      at: now,
    });
    await recordAudit(tx, context, {
      action: 'appeal.file',
      entityType: 'appeal',
      entityId: id,
      after: {
        number,
        enterpriseId,
        categoryId: body.categoryId,
        severity: body.severity,
        title: body.title,
      },
    });
    const notices = await noticesForStep(
      tx,
      {
        id,
        zoneId: actor.zoneId,
        enterpriseId,
        filedBy: actor.userId,
        liaisonUserId: enterprise.liaisonUserId,
        leadDepartmentId: null,
        leadDepartmentName: null,
        dispatchDepartmentId: rules.dispatchDepartmentId,
      },
      'submit',
      { actorId: actor.userId },
    );
    return { id, notices };
  });
  outbound.deliver(notices);
  return readAppealDetail(db, actor, id);
}

const closedStates = sql`('resolved', 'rejected', 'closed')`;

/**
 * The list's conditions: who may see what, the scope (what needs me, the dispatch board) and the
 * filters. `enterpriseIds` are the zone's enterprises whose name contains the search text.
 */
function listConditions(
  actor: Actor,
  query: ListAppealsQuery,
  dispatchDepartmentId: string | null,
  enterpriseIds: readonly string[],
): SQL[] {
  // An officer's queue is what it works on, all of which it may see: that condition stands for both.
  const officerQueue = query.scope === 'mine' && actor.role === 'officer';
  const conditions: SQL[] = [
    officerQueue
      ? sql`a.zone_id = ${actor.zoneId} and a.state not in ${closedStates} and ${workedOnBy(actor, dispatchDepartmentId)}`
      : visibleTo(actor, dispatchDepartmentId),
  ];
  if (query.scope === 'dispatch') {
    if (!isDispatcher(actor, dispatchDepartmentId)) throw new AppError('FORBIDDEN');
    conditions.push(sql`a.state = 'submitted'`);
  }
  if (query.scope === 'mine') {
    if (actor.role === 'enterprise') conditions.push(sql`a.state in ('returned', 'resolved')`);
    else if (actor.role === 'leader')
      conditions.push(sql`a.state not in ${closedStates} and a.escalation >= 2`);
  }
  if (query.state) conditions.push(sql`a.state = ${query.state}`);
  if (query.open === 'true') conditions.push(sql`a.state not in ${closedStates}`);
  if (query.open === 'false') conditions.push(sql`a.state in ${closedStates}`);
  if (query.categoryId) conditions.push(sql`a.category_id = ${query.categoryId}`);
  if (query.severity) conditions.push(sql`a.severity = ${query.severity}`);
  if (query.departmentId) conditions.push(sql`a.lead_department_id = ${query.departmentId}`);
  if (query.enterpriseId) conditions.push(sql`a.enterprise_id = ${query.enterpriseId}`);
  if (query.overdue === 'true') {
    conditions.push(sql`a.deadline_at < now() and a.paused_since is null`);
  }
  if (query.q) conditions.push(appealSearchCondition(query.q, enterpriseIds));
  return conditions;
}

/** The queue and the lists: what needs me by deadline, the dispatch board, everything I may see. */
export async function listAppeals(db: Db, context: RequestContext, query: ListAppealsQuery) {
  const actor = requireActor(context);
  authorize(actor, 'appeal.read');
  const [rules, enterpriseIds] = await Promise.all([
    loadAppealRules(db, actor.zoneId),
    query.q ? findEnterpriseIdsNamed(db, actor.zoneId, query.q) : [],
  ]);
  const where = sql.join(listConditions(actor, query, rules.dispatchDepartmentId, enterpriseIds), sql` and `);
  const order =
    query.sort === 'deadline'
      ? sql`a.deadline_at asc nulls last, a.submitted_at desc, a.id`
      : sql`a.submitted_at desc, a.id`;
  // The page is sorted and cut on the appeals alone; only its rows are joined to their names.
  const [rows, counted] = await Promise.all([
    db.execute<AppealListRow>(sql`
      select a.id, a.number, a.title, a.severity, a.state, a.channel, a.rating, a.reopen_count,
             a.submitted_at, a.updated_at, a.clock_stage as "clockStage", a.deadline_at as "deadlineAt",
             a.paused_since as "pausedSince", a.category_id, c.name as category_name,
             a.enterprise_id, e.name as enterprise_name, a.lead_department_id, d.name as lead_department_name,
             a.version
      from (
        select a.id, a.number, a.title, a.severity, a.state, a.channel, a.rating, a.reopen_count,
               a.submitted_at, a.updated_at, a.clock_stage, a.deadline_at, a.paused_since, a.category_id,
               a.enterprise_id, a.lead_department_id, a.version
        from appeals a
        where ${where}
        order by ${order}
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
      ) a
      join enterprises e on e.id = a.enterprise_id
      join appeal_categories c on c.id = a.category_id
      left join departments d on d.id = a.lead_department_id
      order by ${order}`),
    db.execute<{ total: number }>(sql`select count(*)::int as total from appeals a where ${where}`),
  ]);
  const now = new Date();
  return {
    items: rows.rows.map((row) => {
      const clock = {
        clockStage: row.clockStage,
        deadlineAt: row.deadlineAt ? new Date(row.deadlineAt) : null,
        pausedSince: row.pausedSince ? new Date(row.pausedSince) : null,
      };
      return presentListRow(
        row,
        presentClock(clock, now, policyOf(rules.clockRules, row.category_id, row.severity)),
      );
    }),
    total: counted.rows[0]?.total ?? 0,
  };
}
