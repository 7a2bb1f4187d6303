import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { AppealStep } from '@gaoxin/domain';
import type { DbOrTx } from '../db/client.js';
import {
  appealAssists,
  appealCategories,
  appealEvents,
  appeals,
  enterpriseVisits,
  enterprises,
  users,
} from '../db/schema/index.js';
import { noticesForEscalation, noticesForStep } from '../features/appeals/appeal-notices.js';
import {
  ensureAppealCategories,
  saveAppealSettingsRow,
} from '../features/appeals/appeal-settings.repository.js';
import { generateAppeals, type GeneratedAppeals } from './demo-appeals.js';

/** How many appeals the demo zone holds: about one a working day, with a year's history. */
export const demoAppealCount = 300;

/** Staff of the departments the demo accounts leave empty, so every department can lead a case. */
const demoStaff = [
  { username: 'kjj.chen', displayName: '陈工（科创局）', department: 'D04' },
  { username: 'ghj.liu', displayName: '刘工（规建局）', department: 'D05' },
  { username: 'ghj.sun', displayName: '孙工（规建局）', department: 'D05' },
  { username: 'cjj.zhou', displayName: '周科长（财金局）', department: 'D06' },
  { username: 'sthj.wu', displayName: '吴工（生态环境局）', department: 'D07' },
];

/**
 * Accounts that exist in the story (they filed, handled and rated appeals) but that nobody signs in
 * to: not an argon2 hash, so no password matches until an administrator sets one.
 */
const noPassword = '!';

interface DemoEnterprise {
  id: string;
  shortName: string;
  isKey: boolean;
  isAboveScale: boolean;
}

/**
 * The demo zone's appeals (企业诉求): the dispatch desk at 企业服务中心 (D03), 李科长 as head of
 * 经发局, the default categories, staff for the other departments, accounts for the key and 规上
 * enterprises that file online, then a year of generated appeals with their timelines, written in
 * a few multi-row inserts, and the inbox messages the open ones would have left.
 */
export async function loadDemoAppeals(
  tx: DbOrTx,
  options: {
    zoneId: string;
    enterprises: DemoEnterprise[];
    departments: { id: string; code: string; name: string }[];
    mustChangePassword: boolean;
    now: Date;
    random: () => number;
  },
): Promise<GeneratedAppeals> {
  const { zoneId, now } = options;
  const departmentId = (code: string) => options.departments.find((row) => row.code === code)?.id ?? null;
  const dispatchDepartmentId = departmentId('D03');
  if (!dispatchDepartmentId) throw new Error('the demo zone has no 企业服务中心 (D03)');
  await saveAppealSettingsRow(tx, zoneId, dispatchDepartmentId, 0);
  await tx
    .update(users)
    .set({ isDepartmentHead: true })
    .where(and(eq(users.zoneId, zoneId), eq(users.username, 'officer')));
  await ensureAppealCategories(tx, zoneId);
  const categories = await tx
    .select({ id: appealCategories.id, code: appealCategories.code })
    .from(appealCategories)
    .where(eq(appealCategories.zoneId, zoneId));

  const account = { zoneId, passwordHash: noPassword, mustChangePassword: options.mustChangePassword };
  await tx.insert(users).values(
    demoStaff.map((staff) => ({
      ...account,
      username: staff.username,
      displayName: staff.displayName,
      role: 'officer',
      departmentId: departmentId(staff.department),
    })),
  );

  // Key and 规上 enterprises file online; the first two already have the demo's enterprise sign-ins.
  const existing = await tx
    .select({ id: users.id, name: users.displayName, enterpriseId: users.enterpriseId })
    .from(users)
    .where(and(eq(users.zoneId, zoneId), eq(users.role, 'enterprise')));
  const userOf = new Map(existing.map((row) => [row.enterpriseId, row]));
  const filing = options.enterprises.filter((row, index) => index < 2 || row.isKey || row.isAboveScale);
  const created = await tx
    .insert(users)
    .values(
      filing
        .filter((row) => !userOf.has(row.id))
        .map((row) => ({
          ...account,
          username: `qy${String(options.enterprises.indexOf(row)).padStart(4, '0')}`,
          displayName: `${row.shortName}填报员`,
          role: 'enterprise',
          enterpriseId: row.id,
        })),
    )
    .returning({ id: users.id, name: users.displayName, enterpriseId: users.enterpriseId });
  for (const row of created) userOf.set(row.enterpriseId, row);

  const liaisons = await tx
    .select({ id: enterprises.id, liaisonUserId: enterprises.liaisonUserId })
    .from(enterprises)
    .where(and(eq(enterprises.zoneId, zoneId), isNotNull(enterprises.liaisonUserId)));
  const liaisonOf = new Map(liaisons.map((row) => [row.id, row.liaisonUserId]));
  const staff = await tx
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      departmentId: users.departmentId,
    })
    .from(users)
    .where(and(eq(users.zoneId, zoneId), eq(users.role, 'officer')));
  const visits = await tx
    .select({
      id: enterpriseVisits.id,
      enterpriseId: enterpriseVisits.enterpriseId,
      visitedOn: enterpriseVisits.visitedOn,
      problem: sql<string>`${enterpriseVisits.problems}[1]`,
      visitorId: enterpriseVisits.createdBy,
    })
    .from(enterpriseVisits)
    .where(and(eq(enterpriseVisits.zoneId, zoneId), sql`cardinality(${enterpriseVisits.problems}) > 0`));
  const numbers = await tx.execute<{ value: number }>(
    sql`select nextval('appeal_number_seq')::int as value from generate_series(1, ${demoAppealCount})`,
  );

  const generated = generateAppeals(options.random, {
    zoneId,
    enterprises: filing.map((row, index) => ({
      id: row.id,
      userId: userOf.get(row.id)!.id,
      userName: userOf.get(row.id)!.name,
      liaisonUserId: liaisonOf.get(row.id) ?? null,
      // The demo's own sign-in (龙德科技) has more than its share, so its screens are never empty.
      weight: index === 0 ? 4 : row.isKey ? 2 : 1,
    })),
    departments: options.departments,
    categories,
    users: staff,
    dispatchDepartmentId,
    count: demoAppealCount,
    now,
    numbers: numbers.rows.map((row) => Number(row.value)).sort((a, b) => a - b),
    visits: visits.flatMap((visit) =>
      visit.visitorId ? [{ ...visit, visitorId: visit.visitorId, problem: visit.problem ?? '' }] : [],
    ),
  });
  for (let start = 0; start < generated.appeals.length; start += 500) {
    await tx.insert(appeals).values(generated.appeals.slice(start, start + 500));
  }
  for (let start = 0; start < generated.events.length; start += 2000) {
    await tx.insert(appealEvents).values(generated.events.slice(start, start + 2000));
  }
  if (generated.assists.length > 0) await tx.insert(appealAssists).values(generated.assists);
  await postOpenNotices(tx, zoneId, dispatchDepartmentId, generated);
  return generated;
}

/**
 * The inbox messages the open appeals' last steps and escalations left, through the same rules as
 * the live workflow, then dated to the step that caused them (the rules stamp the load time).
 */
async function postOpenNotices(
  tx: DbOrTx,
  zoneId: string,
  dispatchDepartmentId: string,
  generated: GeneratedAppeals,
) {
  const open = generated.appeals.filter((appeal) => !['closed', 'rejected'].includes(appeal.state));
  if (open.length === 0) return;
  const departmentNames = new Map(
    (await tx.query.departments.findMany({ where: (table, { eq }) => eq(table.zoneId, zoneId) })).map(
      (row) => [row.id, row.name],
    ),
  );
  const liaisons = new Map(
    (
      await tx
        .select({ id: enterprises.id, liaisonUserId: enterprises.liaisonUserId })
        .from(enterprises)
        .where(
          inArray(
            enterprises.id,
            open.map((appeal) => appeal.enterpriseId),
          ),
        )
    ).map((row) => [row.id, row.liaisonUserId]),
  );
  const eventsOf = new Map<string, GeneratedAppeals['events']>();
  for (const event of generated.events) {
    const list = eventsOf.get(event.appealId) ?? [];
    list.push(event);
    eventsOf.set(event.appealId, list);
  }
  for (const appeal of open) {
    const subject = {
      id: appeal.id!,
      zoneId,
      enterpriseId: appeal.enterpriseId,
      filedBy: appeal.filedBy,
      liaisonUserId: liaisons.get(appeal.enterpriseId) ?? null,
      leadDepartmentId: appeal.leadDepartmentId ?? null,
      leadDepartmentName: appeal.leadDepartmentId
        ? (departmentNames.get(appeal.leadDepartmentId) ?? null)
        : null,
      dispatchDepartmentId,
    };
    const events = eventsOf.get(appeal.id!) ?? [];
    const last = events.findLast((event) => event.step !== 'escalate');
    if (!last) continue;
    await noticesForStep(tx, subject, last.step as AppealStep | 'submit', {
      actorId: last.actorId ?? '',
      note: last.note ?? null,
      rating: last.rating ?? null,
      reopened: last.step === 'rate',
      assistingDepartmentIds: generated.assists
        .filter((assist) => assist.appealId === appeal.id)
        .map((assist) => assist.departmentId),
      returnedToDispatch: false,
    });
    for (const event of events.filter((item) => item.step === 'escalate' && item.at > last.at)) {
      await noticesForEscalation(tx, subject, event.escalation as 1 | 2, event.note ?? '');
    }
  }
  await tx.execute(sql`
    update inbox_messages m set created_at = (
      select max(e.at) from appeal_events e
      where e.appeal_id = m.appeal_id and (e.step = 'escalate') = (m.kind = 'escalated'))
    where m.zone_id = ${zoneId} and m.appeal_id is not null`);
}
