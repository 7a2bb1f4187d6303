import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { defaultZoneCode, defaultZoneName } from '@gaoxin/domain';
import { auditLog, users, zones } from '../../db/schema/index.js';
import type { RequestContext } from '../../platform/request-context.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createUser } from '../../../test/factories.js';
import { applySetupPlan, type SetupPlan } from './zone-setup-plan.js';

let t: TestApp;
let context: RequestContext;
let zoneId: string;

beforeAll(async () => {
  t = await createTestApp();
  const [zone] = await t.db
    .insert(zones)
    .values({ code: `${defaultZoneCode}${Date.now()}`, name: defaultZoneName })
    .returning();
  zoneId = zone!.id;
  const admin = await createUser(t.db, zone!, 'admin');
  context = {
    actor: {
      userId: admin.id,
      username: admin.username,
      role: 'admin',
      zoneId,
      departmentId: null,
      enterpriseId: null,
      isLiaison: false,
      mustChangePassword: false,
      sessionId: 'cli',
    },
    ip: 'cli',
    requestId: 'setup-test',
    userAgent: null,
  };
});
afterAll(() => t.close());

const plan: SetupPlan = {
  zone: { name: '某某高新区', code: `MM${Date.now()}`, divisionCode: '510500', filingDeadlineDay: 12 },
  departments: [
    { code: 'JF', name: '经济发展局' },
    { code: 'ZS', name: '招商合作局' },
  ],
  parks: [
    {
      code: 'P1',
      name: '一园',
      outline: JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    },
  ],
  officers: [
    { username: 'setup.officer', password: 'Initial-Passw0rd', department: 'JF', displayName: '张三' },
  ],
};

const auditCount = async () =>
  (await t.db.select({ total: count() }).from(auditLog).where(eq(auditLog.zoneId, zoneId)))[0]!.total;

describe('the scripted setup (npm run setup)', () => {
  it('applies the checklist through the audited services, and a second run changes nothing', async () => {
    const first = await applySetupPlan(t.db, context, plan);
    expect(first.done).toHaveLength(5);
    expect(first.status.steps.filter((step) => !step.done).map((step) => step.step)).toEqual(['enterprises']);
    expect(first.status.counts).toEqual({ departments: 2, parks: 1, officers: 1, enterprises: 0 });
    const audited = await auditCount();
    expect(audited).toBe(5);
    const [officer] = await t.db.select().from(users).where(eq(users.username, 'setup.officer'));
    expect(officer).toMatchObject({ role: 'officer', mustChangePassword: true, displayName: '张三' });

    const second = await applySetupPlan(t.db, context, plan);
    expect(second.done).toEqual([]);
    expect(await auditCount()).toBe(audited);
    const [zone] = await t.db.select().from(zones).where(eq(zones.id, zoneId));
    expect(zone).toMatchObject({ name: '某某高新区', divisionCode: '510500', version: 1 });
  });

  it('brings a renamed department back in line and refuses a bad plan with the service’s message', async () => {
    const renamed = await applySetupPlan(t.db, context, {
      departments: [{ code: 'jf', name: '经济运行局' }],
    });
    expect(renamed.done).toEqual(['部门已更新 / department updated: JF 经济运行局']);
    await expect(applySetupPlan(t.db, context, { zone: { divisionCode: '51' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
