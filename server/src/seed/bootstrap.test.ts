import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { enterprises, users } from '../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { testConfig } from '../../test/harness.js';
import { verifyPassword } from '../platform/passwords.js';
import { bootstrapDatabase } from './bootstrap.js';

let opened: TestDatabase[] = [];
async function freshDatabase() {
  const database = await createTestDatabase();
  opened.push(database);
  return database.database.db;
}
afterEach(async () => {
  await Promise.all(opened.map((database) => database.close()));
  opened = [];
});

// Loading the whole demo (five years of returns, a year of appeals) takes 15–30 s alone and several
// times that on a machine busy with other work; these tests check what is loaded, not how fast.
const demoLoad = { timeout: 240_000 };

describe('first start', () => {
  it(
    'loads the demo zone and accounts with the operator’s password, no change required',
    demoLoad,
    async () => {
      const db = await freshDatabase();
      const result = await bootstrapDatabase(
        db,
        testConfig({ loadDemo: true, demoPassword: 'Operator-Passw0rd' }),
      );
      expect(result).toMatchObject({ demo: true, passwordChosenByOperator: true });
      expect(result.accounts).toEqual([
        'admin',
        'auditor',
        'leader',
        'officer',
        'investment',
        'service',
        'enterprise',
        'enterprise2',
      ]);
      const rows = await db.select().from(users);
      expect(rows.every((row) => !row.mustChangePassword)).toBe(true);
      // One account per enterprise: the two demo sign-ins, and those of the enterprises that filed
      // appeals online, which nobody can sign in to with the demo password.
      const enterpriseUsers = rows.filter((row) => row.role === 'enterprise');
      expect(new Set(enterpriseUsers.map((row) => row.enterpriseId)).size).toBe(enterpriseUsers.length);
      const storyAccounts = rows.filter((row) => !result.accounts.includes(row.username));
      expect(storyAccounts.length).toBeGreaterThan(100);
      expect(await verifyPassword(storyAccounts[0]?.passwordHash ?? '', 'Operator-Passw0rd')).toBe(false);
      const officer = rows.find((row) => row.username === 'officer');
      expect(officer?.departmentId).not.toBeNull();
      expect(await verifyPassword(officer?.passwordHash ?? '', 'Operator-Passw0rd')).toBe(true);
      const demo = await db.select().from(enterprises).where(eq(enterprises.isDemo, true));
      expect(demo.length).toBe(1000);
      const aboveScale = demo.filter((row) => row.isAboveScale).length;
      expect(aboveScale).toBeGreaterThan(100);
      expect(aboveScale).toBeLessThan(200);
    },
  );

  it('generates a strong password that must be changed when none is given', demoLoad, async () => {
    const db = await freshDatabase();
    const result = await bootstrapDatabase(db, testConfig({ loadDemo: true, demoPassword: undefined }));
    expect(result.passwordChosenByOperator).toBe(false);
    expect(result.password).toMatch(/^.{16}$/);
    const rows = await db.select().from(users);
    expect(rows.every((row) => row.mustChangePassword)).toBe(true);
  });

  it('without the demo creates only admin', async () => {
    const db = await freshDatabase();
    const result = await bootstrapDatabase(
      db,
      testConfig({ loadDemo: false, adminPassword: 'Chosen-Admin-Passw0rd' }),
    );
    expect(result.accounts).toEqual(['admin']);
    const rows = await db.select().from(users);
    expect(rows.map((row) => [row.username, row.role, row.mustChangePassword])).toEqual([
      ['admin', 'admin', false],
    ]);
    expect(await db.select().from(enterprises)).toEqual([]);
  });

  it('does nothing on a database that already has users', async () => {
    const db = await freshDatabase();
    await bootstrapDatabase(db, testConfig({ loadDemo: false, adminPassword: 'Chosen-Admin-Passw0rd' }));
    const again = await bootstrapDatabase(db, testConfig({ loadDemo: true }));
    expect(again.accounts).toEqual([]);
    expect(await db.select().from(users)).toHaveLength(1);
  });
});
