import { sql, type SQL } from 'drizzle-orm';
import { allowedSteps, type AppealState, type AppealStep } from '@gaoxin/domain';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/request-context.js';
import { hasActedOn, isAssisting, type AppealRow } from './appeals.repository.js';

/** How the reader stands to one appeal; every right on it follows from this. */
export interface AppealParty {
  /** An enterprise user of the appeal's enterprise. */
  isOwnEnterprise: boolean;
  /** An officer of the lead department. */
  isLead: boolean;
  isAssisting: boolean;
  /** The enterprise's liaison cadre (包保干部). */
  isLiaison: boolean;
  /** Filed it (e.g. an officer on the enterprise's behalf). */
  isFiler: boolean;
  /** An officer of the dispatch desk (any officer when the zone names none). */
  isDispatcher: boolean;
  isLeader: boolean;
  /** Took a step on it before (e.g. a department that transferred it on): may follow it, no more. */
  hasActed: boolean;
}

export function isDispatcher(actor: Actor, dispatchDepartmentId: string | null): boolean {
  return (
    actor.role === 'officer' && (dispatchDepartmentId === null || actor.departmentId === dispatchDepartmentId)
  );
}

export async function partyOf(
  db: DbOrTx,
  actor: Actor,
  row: AppealRow,
  dispatchDepartmentId: string | null,
): Promise<AppealParty> {
  const officer = actor.role === 'officer';
  const department = officer ? actor.departmentId : null;
  return {
    isOwnEnterprise: actor.role === 'enterprise' && actor.enterpriseId === row.appeal.enterpriseId,
    isLead: department !== null && row.appeal.leadDepartmentId === department,
    isAssisting: department !== null && (await isAssisting(db, row.appeal.id, department)),
    isLiaison: officer && row.liaisonUserId === actor.userId,
    isFiler: row.appeal.filedBy === actor.userId,
    isDispatcher: isDispatcher(actor, dispatchDepartmentId),
    isLeader: actor.role === 'leader',
    hasActed: officer && (await hasActedOn(db, row.appeal.id, actor.userId)),
  };
}

export function maySee(party: AppealParty): boolean {
  return Object.values(party).some(Boolean);
}

/** Who may take each step; the state machine decides separately whether the step follows the state. */
const takers: Record<AppealStep, (party: AppealParty, state: AppealState) => boolean> = {
  dispatch: (party) => party.isDispatcher,
  reject: (party) => party.isDispatcher,
  returnForInformation: (party, state) => (state === 'submitted' ? party.isDispatcher : party.isLead),
  accept: (party) => party.isLead,
  start: (party) => party.isLead,
  resolve: (party) => party.isLead,
  transfer: (party) => party.isLead || party.isDispatcher,
  supplyInformation: (party) => party.isOwnEnterprise || party.isFiler || party.isLiaison,
  // Only the enterprise itself judges how its problem was handled.
  rate: (party) => party.isOwnEnterprise,
};

export function mayTake(party: AppealParty, step: AppealStep, state: AppealState): boolean {
  return takers[step](party, state);
}

/** The steps the reader may take now. */
export function stepsFor(party: AppealParty, state: AppealState): AppealStep[] {
  return allowedSteps(state).filter((step) => mayTake(party, step, state));
}

/** Parties who work on the appeal may add files while it is still open; a leader only reads. */
export function mayAttach(party: AppealParty, state: AppealState): boolean {
  if (state === 'closed' || state === 'rejected') return false;
  return (
    party.isOwnEnterprise ||
    party.isLead ||
    party.isAssisting ||
    party.isLiaison ||
    party.isFiler ||
    party.isDispatcher
  );
}

/**
 * The rows a reader may see, as a condition on `a` (appeals) alone, so a list can sort and cut its
 * page before it joins the names: leaders and the dispatch desk the zone's, an enterprise its own,
 * an officer those it works on (`workedOnBy`) and those it acted on before.
 */
export function visibleTo(actor: Actor, dispatchDepartmentId: string | null): SQL {
  const zone = sql`a.zone_id = ${actor.zoneId}`;
  if (actor.role === 'leader' || isDispatcher(actor, dispatchDepartmentId)) return zone;
  if (actor.role === 'enterprise') return sql`${zone} and a.enterprise_id = ${actor.enterpriseId}`;
  return sql`${zone} and (${workedOnBy(actor, dispatchDepartmentId)}
    or a.id in (select v.appeal_id from appeal_events v where v.actor_id = ${actor.userId}))`;
}

/**
 * The zone's appeals an officer works on, as a condition on `a` (their own check, not the zone's):
 * those its department leads or assists, those of its liaison enterprises, those it filed, and for
 * the dispatch desk those waiting to be dispatched. Every one of them the officer may see. The
 * lists are `in (…)`, each read once into a hash: as correlated `exists` in the same OR, PostgreSQL
 * costed the count eight times higher and compiled it with JIT, 15 ms more a request.
 */
export function workedOnBy(actor: Actor, dispatchDepartmentId: string | null): SQL {
  const dispatching = isDispatcher(actor, dispatchDepartmentId) ? sql`a.state = 'submitted' or ` : sql``;
  const department = actor.departmentId;
  const byDepartment = department
    ? sql`a.lead_department_id = ${department} or a.id in (select s.appeal_id from appeal_assists s where s.department_id = ${department}) or `
    : sql``;
  const liaison = sql`a.enterprise_id in (select l.id from enterprises l where l.zone_id = ${actor.zoneId} and l.liaison_user_id = ${actor.userId})`;
  return sql`(${dispatching}${byDepartment}a.filed_by = ${actor.userId} or ${liaison})`;
}
