import { inArray } from 'drizzle-orm';
import {
  creditCodeAlphabet,
  creditCodeCheckCharacter,
  organizationCodeCheckCharacter,
  todayInChina,
} from '@gaoxin/domain';
import type { Db } from '../db/client.js';
import { departments, enterpriseAssignments, enterprises, parks, users, zones } from '../db/schema/index.js';
import { searchTermsOf } from '../features/enterprises/search-terms.js';
import { hashPassword } from '../platform/passwords.js';
import { loadDemoAppeals } from './demo-appeals-load.js';
import { loadDemoFigures } from './demo-figures-load.js';
import { demoParkOutlines, loadDemoInvestment } from './demo-investment.js';
import { demoEnterpriseRecords } from './demo-records.js';
import {
  demoDepartments,
  demoParks,
  givenNames,
  industryProfiles,
  namePrefixes,
  surnames,
} from './demo-names.js';

/** A small deterministic generator (mulberry32), so every demo database holds the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** An invented but well-formed credit code: 91 (enterprise), an invented region, an "MA" body. */
export function demoCreditCode(random: () => number): string {
  const bodyAlphabet = creditCodeAlphabet.replace(/[IOSVZ]/g, '');
  let body = 'MA';
  for (let i = 0; i < 6; i += 1) body += pick(random, [...bodyAlphabet]);
  const first17 = `91510599${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export const demoZone = { code: 'DEMO', name: '示例高新区（示例数据）' } as const;
export const demoEnterpriseCount = 1000;

/** The demo accounts: username, display name, role, department code, bound enterprise index. */
export const demoAccounts = [
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
  { username: 'auditor', displayName: '安全审计员', role: 'auditor' },
  { username: 'leader', displayName: '张主任（示例）', role: 'leader' },
  {
    username: 'officer',
    displayName: '李科长（经发局）',
    role: 'officer',
    department: 'D01',
    isLiaison: true,
  },
  { username: 'investment', displayName: '王专员（招商局）', role: 'officer', department: 'D02' },
  {
    username: 'service',
    displayName: '赵干事（企服中心）',
    role: 'officer',
    department: 'D03',
    isLiaison: true,
  },
  { username: 'enterprise', displayName: '龙德科技填报员', role: 'enterprise', enterpriseIndex: 0 },
  { username: 'enterprise2', displayName: '华睿电子填报员', role: 'enterprise', enterpriseIndex: 1 },
] as const;

/** Invented place names (地名) that vary generated names at large sizes. */
const placeNames = [
  '东湖',
  '西岭',
  '南屏',
  '北辰',
  '青川',
  '云溪',
  '龙泉',
  '金沙',
  '玉林',
  '清河',
  '白鹭',
  '紫荆',
];

/**
 * Generates invented enterprises (地名 + 字号 + 行业 + 有限公司) with valid credit codes, deterministic
 * for a given random source. The demo zone uses it for a thousand; tests and the benchmark for more
 * (`withPlaceNames` widens the name space so 100,000 names stay varied).
 */
export function generateEnterprises(
  random: () => number,
  options: { zoneId: string; parks: { id: string; name: string }[]; count: number; withPlaceNames?: boolean },
): (typeof enterprises.$inferInsert)[] {
  const { zoneId, count } = options;
  const parkRows = options.parks;
  const usedNames = new Set<string>();
  const usedCodes = new Set<string>();
  const rows: (typeof enterprises.$inferInsert)[] = [];
  // The first two are fixed so the demo accounts and the search examples have known targets.
  const fixed = [
    { name: '龙德科技有限公司', shortName: '龙德科技', profile: 'electronics', park: 0 },
    { name: '华睿电子有限公司', shortName: '华睿电子', profile: 'electronics', park: 0 },
  ];
  for (let index = 0; rows.length < count; index += 1) {
    const fixedOne = fixed[index];
    const parkIndex = fixedOne?.park ?? Math.floor(random() * parkRows.length);
    const parkProfile = demoParks[parkIndex]?.profile ?? 'other';
    const profileKey =
      fixedOne?.profile ?? (random() < 0.6 ? parkProfile : pick(random, industryProfiles).key);
    const profile =
      industryProfiles.find((candidate) => candidate.key === profileKey) ?? industryProfiles[0]!;
    const prefix = pick(random, namePrefixes);
    const core = pick(random, profile.cores);
    const place = options.withPlaceNames ? pick(random, placeNames) : '';
    const name = fixedOne?.name ?? `${place}${prefix}${core}${pick(random, profile.suffixes)}`;
    // At benchmark sizes repeated names are allowed, as in real registries; the demo keeps them unique.
    if (usedNames.has(name) && !options.withPlaceNames) continue;
    let creditCode = demoCreditCode(random);
    while (usedCodes.has(creditCode)) creditCode = demoCreditCode(random);
    usedNames.add(name);
    usedCodes.add(creditCode);
    const year = 2000 + Math.floor(random() * 25);
    const month = 1 + Math.floor(random() * 12);
    const isAboveScale = index < 2 || random() < 0.13;
    rows.push({
      zoneId,
      name,
      shortName: fixedOne?.shortName ?? `${prefix}${core}`,
      creditCode,
      parkId: parkRows[parkIndex]?.id,
      industryCode: pick(random, profile.industryCodes),
      isAboveScale,
      isKey: index < 2 || random() < 0.085,
      // 规上 firms are medium or large; the rest mostly small and micro.
      scale: isAboveScale
        ? pick(random, ['large', 'medium', 'medium', 'medium'] as const)
        : pick(random, ['medium', 'small', 'small', 'micro', 'micro', 'micro'] as const),
      registeredCapital: String(50 * (1 + Math.floor(random() * 200))),
      leadingIndustry:
        { electronics: '电子信息', equipment: '高端装备制造', medicine: '现代医药' }[
          profile.key as 'electronics'
        ] ?? null,
      isDemo: true,
      ...searchTermsOf(name, fixedOne?.shortName ?? `${prefix}${core}`),
      legalRepresentative: `${pick(random, surnames)}${pick(random, givenNames)}${random() < 0.5 ? pick(random, givenNames) : ''}`,
      address: `示例市高新区${parkRows[parkIndex]?.name ?? ''}${1 + Math.floor(random() * 300)}号`,
      establishedOn: `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    });
  }
  return rows;
}

/**
 * Loads the invented demo zone: three sub-parks, seven departments, about a thousand
 * enterprises (about 150 above scale), the demo accounts, five years of monthly returns and a
 * year of appeals. Modules add to it as they land.
 */
export async function loadDemoZone(db: Db, password: string, mustChangePassword: boolean) {
  const random = seededRandom(20260101);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [zone] = await tx.insert(zones).values(demoZone).returning();
    if (!zone) throw new Error('zone not created');
    const parkRows = await tx
      .insert(parks)
      .values(
        demoParks.map((park) => ({
          zoneId: zone.id,
          code: park.code,
          name: park.name,
          outline: demoParkOutlines[park.code] ?? null,
        })),
      )
      .returning();
    const departmentRows = await tx
      .insert(departments)
      .values(demoDepartments.map((department) => ({ zoneId: zone.id, ...department })))
      .returning();

    const rows = generateEnterprises(random, {
      zoneId: zone.id,
      parks: parkRows,
      count: demoEnterpriseCount,
    });
    const enterpriseIds: string[] = [];
    for (let start = 0; start < rows.length; start += 250) {
      const inserted = await tx
        .insert(enterprises)
        .values(rows.slice(start, start + 250))
        .returning({ id: enterprises.id });
      enterpriseIds.push(...inserted.map((row) => row.id));
    }

    const userRows = await tx
      .insert(users)
      .values(
        demoAccounts.map((account) => ({
          zoneId: zone.id,
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          departmentId:
            'department' in account
              ? departmentRows.find((department) => department.code === account.department)?.id
              : null,
          enterpriseId: 'enterpriseIndex' in account ? enterpriseIds[account.enterpriseIndex] : null,
          isLiaison: 'isLiaison' in account ? account.isLiaison : false,
          passwordHash,
          mustChangePassword,
        })),
      )
      .returning({ id: users.id, username: users.username });
    const userId = (username: string) => userRows.find((row) => row.username === username)?.id ?? null;

    // Key enterprises are looked after by the two liaison officers in turn, under the zone leader (责任田).
    const keyIds = rows.flatMap((row, index) => (row.isKey ? [enterpriseIds[index] ?? ''] : []));
    const liaisons = [userId('officer'), userId('service')];
    for (const [turn, liaison] of liaisons.entries()) {
      const ids = keyIds.filter((_, index) => index % 2 === turn);
      if (ids.length === 0) continue;
      await tx
        .update(enterprises)
        .set({ liaisonUserId: liaison, responsibleLeaderId: userId('leader') })
        .where(inArray(enterprises.id, ids));
      await tx.insert(enterpriseAssignments).values(
        ids.map((enterpriseId) => ({
          zoneId: zone.id,
          enterpriseId,
          isKey: true,
          liaisonUserId: liaison,
          responsibleLeaderId: userId('leader'),
          reason: '示例数据：年初重点企业包保安排',
          assignedBy: userId('officer'),
        })),
      );
    }
    await demoEnterpriseRecords(tx, {
      zoneId: zone.id,
      enterprises: rows.map((row, index) => ({
        id: enterpriseIds[index] ?? '',
        isAboveScale: row.isAboveScale ?? false,
        isKey: row.isKey ?? false,
        industryCode: row.industryCode ?? '',
      })),
      visitorId: userId('officer'),
      today: todayInChina(),
      random,
    });
    // Five years of monthly returns of the enterprises that report (规上 or key), with their own seed.
    await loadDemoFigures(tx, {
      zoneId: zone.id,
      enterprises: rows.flatMap((row, index) =>
        row.isAboveScale || row.isKey ? [{ ...row, id: enterpriseIds[index] ?? '' }] : [],
      ),
      random: seededRandom(20260102),
      userId: userId('officer'),
    });
    // A year of appeals up to the moment of loading, with their own seed.
    await loadDemoAppeals(tx, {
      zoneId: zone.id,
      enterprises: rows.map((row, index) => ({
        id: enterpriseIds[index] ?? '',
        shortName: row.shortName ?? row.name,
        isKey: row.isKey ?? false,
        isAboveScale: row.isAboveScale ?? false,
      })),
      departments: departmentRows,
      mustChangePassword,
      now: new Date(),
      random: seededRandom(20260103),
    });
    // Leads and projects of the 招商 department, across every stage, with their own seed.
    const userIdOf = (username: string) => userId(username) ?? '';
    await loadDemoInvestment(tx, {
      zoneId: zone.id,
      parks: parkRows,
      investmentDepartmentId: departmentRows.find((department) => department.code === 'D02')?.id ?? null,
      users: {
        investment: userIdOf('investment'),
        officer: userIdOf('officer'),
        service: userIdOf('service'),
        leader: userIdOf('leader'),
      },
      userNames: Object.fromEntries(
        demoAccounts.map((account) => [userIdOf(account.username), account.displayName]),
      ),
      anchors: enterpriseIds.slice(0, 20),
      departments: departmentRows,
      investorEnterpriseId: enterpriseIds[0] ?? null,
      today: todayInChina(),
      random: seededRandom(20260104),
    });
  });
}
