/**
 * The data of the appeals benchmark: a zone with the demo's seven departments and their officers,
 * enterprises with their own accounts, and `count` appeals over four years from the demo's
 * generator (every timeline replayed through the workflow and its clocks), loaded by COPY with the
 * appeal tables' foreign keys and secondary indexes set aside.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '../../server/src/db/client.js';
import {
  appealCategories,
  appealEvents,
  appeals,
  departments,
  enterprises,
  users,
  zones,
} from '../../server/src/db/schema/index.js';
import {
  ensureAppealCategories,
  saveAppealSettingsRow,
} from '../../server/src/features/appeals/appeal-settings.repository.js';
import { hashPassword } from '../../server/src/platform/passwords.js';
import { generateAppeals } from '../../server/src/seed/demo-appeals.js';
import { demoDepartments } from '../../server/src/seed/demo-names.js';
import { generateEnterprises, seededRandom } from '../../server/src/seed/demo-zone.js';
import { copyRows, withIndexesDeferred } from './bulk-load.js';

export const benchPassword = 'Bench-Passw0rd!';
/** Months of appeals: the statistics read the last 12 by default and all 48 on request. */
export const appealMonths = 48;

export interface AppealZone {
  zoneId: string;
  /** Sign-ins: the zone leader, the dispatch desk, an officer of the busiest department. */
  usernames: { leader: string; dispatcher: string; officer: string };
  busyDepartmentId: string;
  categoryId: string;
  appeals: number;
  events: number;
  seconds: { setup: number; generate: number; copy: number; indexes: number; analyze: number };
}

const since = (started: number) => Math.round((performance.now() - started) / 100) / 10;

/** A zone with `count` appeals (and a twentieth as many enterprises), ready to be read. */
export async function loadAppealZone(
  database: Database,
  count: number,
  progress: (message: string) => void,
): Promise<AppealZone> {
  const db = database.db;
  let started = performance.now();
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const [zone] = await db
    .insert(zones)
    .values({ code: `APL${stamp}`, name: '诉求基准测试高新区' })
    .returning();
  if (!zone) throw new Error('no zone');
  const departmentRows = await db
    .insert(departments)
    .values(demoDepartments.map((department) => ({ zoneId: zone.id, ...department })))
    .returning();
  const code = (value: string) => departmentRows.find((row) => row.code === value)!.id;
  await ensureAppealCategories(db, zone.id);
  await saveAppealSettingsRow(db, zone.id, code('D03'), 0);
  const passwordHash = await hashPassword(benchPassword);
  const staff = await db
    .insert(users)
    .values(
      [
        { username: `apl${stamp}-leader`, displayName: '张主任', role: 'leader' },
        ...departmentRows.flatMap((department) =>
          ['a', 'b'].map((letter) => ({
            username: `apl${stamp}-${department.code.toLowerCase()}${letter}`,
            displayName: `${department.name}${letter === 'a' ? '王科长' : '刘工'}`,
            role: 'officer',
            departmentId: department.id,
            isDepartmentHead: letter === 'a',
          })),
        ),
      ].map((row) => ({ ...row, zoneId: zone.id, passwordHash, mustChangePassword: false })),
    )
    .returning();

  const firms = generateEnterprises(seededRandom(13), {
    zoneId: zone.id,
    parks: [],
    count: Math.max(50, Math.round(count / 20)),
    withPlaceNames: true,
  });
  const officers = staff.filter((row) => row.role === 'officer');
  // Every twelfth enterprise has a liaison cadre (包保干部), as key enterprises do.
  const firmIds: string[] = [];
  for (let start = 0; start < firms.length; start += 1000) {
    const inserted = await db
      .insert(enterprises)
      .values(
        firms.slice(start, start + 1000).map((row, index) => ({
          ...row,
          liaisonUserId: (start + index) % 12 === 0 ? officers[(start + index) % officers.length]!.id : null,
        })),
      )
      .returning({ id: enterprises.id });
    firmIds.push(...inserted.map((row) => row.id));
  }
  // Their own accounts (they file, answer and rate); nobody signs in to them here.
  const accounts: { id: string; name: string }[] = [];
  for (let start = 0; start < firms.length; start += 1000) {
    const inserted = await db
      .insert(users)
      .values(
        firms.slice(start, start + 1000).map((row, index) => ({
          zoneId: zone.id,
          username: `apl${stamp}-qy${start + index}`,
          displayName: `${row.shortName}填报员`,
          role: 'enterprise',
          enterpriseId: firmIds[start + index],
          passwordHash: '!',
          mustChangePassword: false,
        })),
      )
      .returning({ id: users.id, name: users.displayName });
    accounts.push(...inserted);
  }
  const categories = await db
    .select({ id: appealCategories.id, code: appealCategories.code })
    .from(appealCategories)
    .where(sql`${appealCategories.zoneId} = ${zone.id}`);
  const numbers = await database.sql.query<{ value: number }>(
    `select nextval('appeal_number_seq')::int as value from generate_series(1, $1)`,
    [count],
  );
  const setupSeconds = since(started);
  progress(`${firms.length.toLocaleString('en')} enterprises and their accounts in ${setupSeconds} s`);

  started = performance.now();
  const generated = generateAppeals(seededRandom(17), {
    zoneId: zone.id,
    enterprises: firms.map((row, index) => ({
      id: firmIds[index]!,
      userId: accounts[index]!.id,
      userName: accounts[index]!.name,
      liaisonUserId: index % 12 === 0 ? officers[index % officers.length]!.id : null,
      weight: row.isKey ? 3 : row.isAboveScale ? 2 : 1,
    })),
    departments: departmentRows,
    categories,
    users: staff,
    dispatchDepartmentId: code('D03'),
    count,
    now: new Date(),
    months: appealMonths,
    numbers: numbers.rows.map((row) => Number(row.value)).sort((a, b) => a - b),
  });
  const generateSeconds = since(started);
  progress(
    `${count.toLocaleString('en')} appeals, ${generated.events.length.toLocaleString('en')} events generated in ${generateSeconds} s`,
  );

  let copySeconds = 0;
  started = performance.now();
  await withIndexesDeferred(database, ['appeals', 'appeal_events', 'appeal_assists'], async () => {
    await copyTable(database, appeals, generated.appeals);
    await copyTable(database, appealEvents, generated.events);
    await copyRows(
      database,
      'appeal_assists',
      ['appeal_id', 'department_id', 'zone_id'],
      generated.assists.map((row) => [row.appealId, row.departmentId, row.zoneId]),
    );
    copySeconds = since(started);
    progress(`COPY in ${copySeconds} s; rebuilding indexes and keys`);
    started = performance.now();
  });
  const indexSeconds = since(started);
  started = performance.now();
  await database.sql.exec(
    'analyze appeals; analyze appeal_events; analyze appeal_assists; analyze enterprises',
  );
  const analyzeSeconds = since(started);
  progress(`indexes and keys in ${indexSeconds} s, analyze ${analyzeSeconds} s`);
  const busy = code('D05');
  return {
    zoneId: zone.id,
    usernames: {
      leader: `apl${stamp}-leader`,
      dispatcher: `apl${stamp}-d03a`,
      officer: `apl${stamp}-d05a`,
    },
    busyDepartmentId: busy,
    categoryId: categories.find((row) => row.code === 'permits')!.id,
    appeals: generated.appeals.length,
    events: generated.events.length,
    seconds: {
      setup: setupSeconds,
      generate: generateSeconds,
      copy: copySeconds,
      indexes: indexSeconds,
      analyze: analyzeSeconds,
    },
  };
}

/** COPY of rows shaped as the table's insert type: every field any row sets, by its column name. */
async function copyTable<Row extends Record<string, unknown>>(
  database: Database,
  table: typeof appeals | typeof appealEvents,
  rows: Row[],
) {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  await copyRows(
    database,
    table === appeals ? 'appeals' : 'appeal_events',
    fields.map((field) => columns[field]!.name),
    rows.map((row) => fields.map((field) => row[field])),
  );
}
