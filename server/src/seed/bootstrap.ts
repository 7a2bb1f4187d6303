import { count, sql } from 'drizzle-orm';
import { defaultZoneCode, defaultZoneName } from '@gaoxin/domain';
import type { Db } from '../db/client.js';
import { users, zones } from '../db/schema/index.js';
import type { Config } from '../config.js';
import { generatePassword, hashPassword } from '../platform/passwords.js';
import { demoAccounts, loadDemoZone } from './demo-zone.js';

export interface BootstrapResult {
  /** What was created, for the start-up banner; empty when the database already had users. */
  accounts: string[];
  password?: string;
  passwordChosenByOperator: boolean;
  demo: boolean;
}

/**
 * First start on an empty database: the demo zone and accounts (PGlite by default, PostgreSQL
 * with GAOXIN_DEMO=1), or else one zone with only `admin`. A password from the environment counts
 * as chosen by the operator; a generated one must be changed at first sign-in.
 */
export async function bootstrapDatabase(db: Db, config: Config): Promise<BootstrapResult> {
  const [existing] = await db.select({ total: count() }).from(users);
  if ((existing?.total ?? 0) > 0) return { accounts: [], passwordChosenByOperator: true, demo: false };

  if (config.loadDemo) {
    const password = config.demoPassword ?? generatePassword();
    await loadDemoZone(db, password, !config.demoPassword);
    // Fresh statistics, so the first searches already use the right indexes (the embedded engine
    // has no autovacuum to gather them).
    await db.execute(sql`analyze`);
    return {
      accounts: demoAccounts.map((account) => account.username),
      password,
      passwordChosenByOperator: Boolean(config.demoPassword),
      demo: true,
    };
  }

  const password = config.adminPassword ?? generatePassword();
  await db.transaction(async (tx) => {
    const [zone] = await tx
      .insert(zones)
      .values({ code: defaultZoneCode, name: defaultZoneName })
      .returning();
    if (!zone) throw new Error('zone not created');
    await tx.insert(users).values({
      zoneId: zone.id,
      username: 'admin',
      displayName: '系统管理员',
      role: 'admin',
      passwordHash: await hashPassword(password),
      mustChangePassword: !config.adminPassword,
    });
  });
  return {
    accounts: ['admin'],
    password,
    passwordChosenByOperator: Boolean(config.adminPassword),
    demo: false,
  };
}
