import { randomBytes } from 'node:crypto';
import type { Role } from '@gaoxin/domain';
import { creditCodeCheckCharacter, organizationCodeCheckCharacter } from '@gaoxin/domain';
import type { Db } from '../src/db/client.js';
import { departments, enterprises, parks, users, zones } from '../src/db/schema/index.js';
import { hashPassword } from '../src/platform/passwords.js';

/** The password every factory user gets. */
export const testPassword = 'Test-Passw0rd!';
let testPasswordHash: Promise<string> | undefined;

function unique(prefix: string): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

export async function createZone(db: Db, name = unique('测试高新区')) {
  const [zone] = await db
    .insert(zones)
    .values({ code: unique('Z'), name })
    .returning();
  if (!zone) throw new Error('zone not created');
  const [park] = await db.insert(parks).values({ zoneId: zone.id, code: 'P01', name: '一号园' }).returning();
  const [department] = await db
    .insert(departments)
    .values({ zoneId: zone.id, code: 'D01', name: '经济发展局' })
    .returning();
  if (!park || !department) throw new Error('zone parts not created');
  return { ...zone, park, department };
}

/** Characters a credit code's body may hold (GB 32100: digits and capitals without I, O, S, V, Z). */
const codeCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const issuedCodes = new Set<string>();

/** A well-formed credit code that is different on every call (remembered, so never repeated in a run). */
export function makeCreditCode(): string {
  for (;;) {
    const body = `MA${[...randomBytes(6)].map((byte) => codeCharacters[byte % codeCharacters.length]).join('')}`;
    const first17 = `91110108${body}${organizationCodeCheckCharacter(body)}`;
    const code = first17 + creditCodeCheckCharacter(first17);
    if (issuedCodes.has(code)) continue;
    issuedCodes.add(code);
    return code;
  }
}

export async function createEnterprise(
  db: Db,
  zone: { id: string; park?: { id: string } },
  values: Partial<typeof enterprises.$inferInsert> = {},
) {
  const [enterprise] = await db
    .insert(enterprises)
    .values({
      zoneId: zone.id,
      name: unique('测试企业'),
      creditCode: makeCreditCode(),
      parkId: zone.park?.id,
      ...values,
    })
    .returning();
  if (!enterprise) throw new Error('enterprise not created');
  return enterprise;
}

export interface UserOptions {
  username?: string;
  departmentId?: string | null;
  enterpriseId?: string | null;
  mustChangePassword?: boolean;
  isActive?: boolean;
  isDepartmentHead?: boolean;
}

export async function createUser(
  db: Db,
  zone: { id: string; department?: { id: string } },
  role: Role,
  options: UserOptions = {},
) {
  testPasswordHash ??= hashPassword(testPassword);
  const [user] = await db
    .insert(users)
    .values({
      zoneId: zone.id,
      username: options.username ?? unique(role),
      displayName: `测试${role}`,
      role,
      departmentId: options.departmentId ?? (role === 'officer' ? zone.department?.id : null),
      enterpriseId: options.enterpriseId ?? null,
      passwordHash: await testPasswordHash,
      mustChangePassword: options.mustChangePassword ?? false,
      isActive: options.isActive ?? true,
      isDepartmentHead: options.isDepartmentHead ?? false,
    })
    .returning();
  if (!user) throw new Error('user not created');
  return user;
}

export async function createDepartment(db: Db, zone: { id: string }, code: string, name: string) {
  const [department] = await db.insert(departments).values({ zoneId: zone.id, code, name }).returning();
  if (!department) throw new Error('department not created');
  return department;
}
