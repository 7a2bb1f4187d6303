import {
  divisionCodeProblem,
  divisionCodeText,
  setupChecklist,
  type SetupStatus,
  type UpdateZoneRequest,
  type ZoneSettings,
} from '@gaoxin/domain';
import { inParallel, type Db, type DbOrTx } from '../../db/client.js';
import { AppError } from '../../platform/app-error.js';
import { authorize } from '../../platform/authorize.js';
import { requireActor, type RequestContext } from '../../platform/request-context.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import { findFilingDeadlineDay, updateFilingDeadlineDay } from '../indicators/catalogue.repository.js';
import {
  countSetupFacts,
  findZone,
  findZoneByCode,
  touchZoneIfVersion,
  updateZoneIfVersion,
  type ZoneRow,
} from './zones.repository.js';
import { codeTaken } from './zone-errors.js';

function present(zone: ZoneRow, filingDeadlineDay: number): ZoneSettings {
  return {
    id: zone.id,
    name: zone.name,
    code: zone.code,
    divisionCode: zone.divisionCode,
    amountUnit: zone.amountUnit as ZoneSettings['amountUnit'],
    scheduleBasis: zone.scheduleBasis as ZoneSettings['scheduleBasis'],
    filingDeadlineDay,
    version: zone.version,
  };
}

async function load(db: DbOrTx, zoneId: string): Promise<ZoneSettings> {
  const [zone, day] = await inParallel(db, [
    () => findZone(db, zoneId),
    () => findFilingDeadlineDay(db, zoneId),
  ] as const);
  if (!zone) throw new AppError('NOT_FOUND');
  return present(zone, day);
}

/** The zone's own settings: name, codes, display conventions and the reporting calendar. */
export async function getZoneSettings(db: Db, context: RequestContext): Promise<ZoneSettings> {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  return load(db, actor.zoneId);
}

/**
 * Updates the zone with optimistic concurrency (stale → 409 with the fresh settings). The filing
 * deadline stays where 经济运行 keeps it (indicator_settings); it is written in the same transaction
 * and audited in the same entry.
 */
export async function updateZoneSettings(
  db: Db,
  context: RequestContext,
  input: UpdateZoneRequest,
): Promise<ZoneSettings> {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  const before = await load(db, actor.zoneId);
  if (before.version !== input.version) throw new AppError('CONFLICT', {}, [], before);
  const divisionCode =
    input.divisionCode === undefined ? undefined : input.divisionCode === '' ? null : input.divisionCode;
  if (divisionCode) {
    const problem = divisionCodeProblem(divisionCode);
    if (problem) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { field: 'divisionCode', key: 'invalid', text: divisionCodeText(problem) },
      ]);
    }
  }
  if (input.code && input.code.toLowerCase() !== before.code.toLowerCase()) {
    const holder = await findZoneByCode(db, input.code, actor.zoneId);
    if (holder) throw codeTaken(input.code, holder.name);
  }
  const values = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.code !== undefined && { code: input.code }),
    ...(divisionCode !== undefined && { divisionCode }),
    ...(input.amountUnit !== undefined && { amountUnit: input.amountUnit }),
    ...(input.scheduleBasis !== undefined && { scheduleBasis: input.scheduleBasis }),
  };
  const deadlineChanges =
    input.filingDeadlineDay !== undefined && input.filingDeadlineDay !== before.filingDeadlineDay;
  await db.transaction(async (tx) => {
    const updated = Object.keys(values).length
      ? await updateZoneIfVersion(tx, actor.zoneId, input.version, values)
      : await touchZoneIfVersion(tx, actor.zoneId, input.version);
    if (!updated) throw new AppError('CONFLICT', {}, [], await load(tx, actor.zoneId));
    if (deadlineChanges) await updateFilingDeadlineDay(tx, actor.zoneId, input.filingDeadlineDay!);
    const after = present(updated, input.filingDeadlineDay ?? before.filingDeadlineDay);
    const { version: _before, ...beforeView } = before;
    const { version: _after, ...afterView } = after;
    await recordAudit(tx, context, {
      action: 'zone.update',
      entityType: 'zone',
      entityId: actor.zoneId,
      ...changedFields(beforeView, afterView),
    });
  });
  return load(db, actor.zoneId);
}

/** The first-run checklist of the admin's home page, computed from the zone's rows. */
export async function getSetupStatus(db: Db, context: RequestContext): Promise<SetupStatus> {
  const actor = requireActor(context);
  authorize(actor, 'zone.manage');
  return setupStatusOf(db, actor.zoneId);
}

/** The checklist of a zone (the command-line setup prints it too). */
export async function setupStatusOf(db: DbOrTx, zoneId: string): Promise<SetupStatus> {
  const [zone, facts] = await inParallel(db, [
    () => findZone(db, zoneId),
    () => countSetupFacts(db, zoneId),
  ] as const);
  if (!zone || !facts) throw new AppError('NOT_FOUND');
  const steps = setupChecklist({
    zoneName: zone.name,
    zoneCode: zone.code,
    activeDepartments: facts.departments,
    activeParks: facts.parks,
    officers: facts.officers,
    enterprises: facts.enterprises,
  });
  return { complete: steps.every((step) => step.done), steps, counts: facts };
}
