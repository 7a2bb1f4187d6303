import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AppealStatistics } from '@gaoxin/domain';
import { appeals, departments, enterprises, users, zones } from '../db/schema/index.js';
import { runAppealClocks } from '../features/appeals/appeal-clock.service.js';
import { hashPassword } from '../platform/passwords.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import type { Detail } from '../../test/appeals.js';
import { demoAppealCount, loadDemoAppeals } from './demo-appeals-load.js';
import { demoDepartments } from './demo-names.js';
import { generateEnterprises, seededRandom } from './demo-zone.js';

/**
 * The demo's appeals as the running application sees them: read, continued and clocked like filed
 * ones. The zone is the demo's without its five years of returns, which the appeals do not need.
 */
const password = 'Demo-Passw0rd!';
let t: TestApp;
const cookies: Record<string, string> = {};
const get = (user: string, url: string) => t.request({ method: 'GET', url, cookie: cookies[user] });

beforeAll(async () => {
  t = await createTestApp();
  const [zone] = await t.db.insert(zones).values({ code: 'DEMO', name: '示例高新区' }).returning();
  const departmentRows = await t.db
    .insert(departments)
    .values(demoDepartments.map((department) => ({ zoneId: zone!.id, ...department })))
    .returning();
  const rows = generateEnterprises(seededRandom(20260101), { zoneId: zone!.id, parks: [], count: 300 });
  const ids = (await t.db.insert(enterprises).values(rows).returning({ id: enterprises.id })).map(
    (row) => row.id,
  );
  const departmentId = (code: string) => departmentRows.find((row) => row.code === code)!.id;
  const account = { zoneId: zone!.id, passwordHash: await hashPassword(password), mustChangePassword: false };
  await t.db.insert(users).values([
    { ...account, username: 'leader', displayName: '张主任', role: 'leader' },
    {
      ...account,
      username: 'officer',
      displayName: '李科长',
      role: 'officer',
      departmentId: departmentId('D01'),
    },
    {
      ...account,
      username: 'investment',
      displayName: '王专员',
      role: 'officer',
      departmentId: departmentId('D02'),
    },
    {
      ...account,
      username: 'service',
      displayName: '赵干事',
      role: 'officer',
      departmentId: departmentId('D03'),
    },
    {
      ...account,
      username: 'enterprise',
      displayName: '龙德科技填报员',
      role: 'enterprise',
      enterpriseId: ids[0],
    },
  ]);
  await t.db.transaction((tx) =>
    loadDemoAppeals(tx, {
      zoneId: zone!.id,
      enterprises: rows.map((row, index) => ({
        id: ids[index]!,
        shortName: row.shortName ?? row.name,
        isKey: row.isKey ?? false,
        isAboveScale: row.isAboveScale ?? false,
      })),
      departments: departmentRows,
      mustChangePassword: false,
      now: new Date(),
      random: seededRandom(20260103),
    }),
  );
  for (const user of ['leader', 'officer', 'service', 'enterprise'])
    cookies[user] = await t.login(user, password);
});
afterAll(() => t.close());

describe('the demo zone’s appeals', () => {
  it('name the dispatch desk and the department head, and leave the clock job nothing to catch up', async () => {
    const settings = await get('service', '/api/appeals/settings');
    expect(settings.json<{ dispatchDepartment: { name: string } }>().dispatchDepartment.name).toBe(
      '企业服务中心',
    );
    const [officer] = await t.db.select().from(users).where(eq(users.username, 'officer'));
    expect(officer?.isDepartmentHead).toBe(true);
    const rows = await t.db.select({ number: appeals.number }).from(appeals);
    expect(rows).toHaveLength(demoAppealCount);
    const clocks = await runAppealClocks(t.db, new Date());
    expect(clocks.escalated).toBe(0);
  });

  it('give the leader a year of statistics with recurring problems', async () => {
    const response = await get('leader', '/api/appeals/statistics');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<AppealStatistics>();
    expect(body.totals.count).toBe(demoAppealCount);
    expect(body.totals.overdueOpen).toBe(5);
    expect(body.totals.open).toBeGreaterThan(25);
    expect(body.byMonth.length).toBeGreaterThanOrEqual(11);
    expect(body.byDepartment.length).toBeGreaterThanOrEqual(6);
    expect(body.hotspots.length).toBe(9);
    expect(body.topKeywords[0]!.count).toBeGreaterThan(20);
    const escalated = await get('leader', '/api/appeals?scope=mine');
    expect(escalated.json<{ total: number }>().total).toBeGreaterThanOrEqual(1);
  });

  it('let the enterprise answer its returned appeal and rate its resolved one', async () => {
    const mine = await get('enterprise', '/api/appeals?scope=mine');
    const items = mine.json<{ items: { id: string; state: string }[] }>().items;
    expect(items.map((item) => item.state).sort()).toEqual(['resolved', 'returned']);
    for (const item of items) {
      const detail = (await get('enterprise', `/api/appeals/${item.id}`)).json<Detail>();
      const payload =
        item.state === 'returned'
          ? { to: 'supplyInformation', note: '已补充材料', version: detail.version }
          : { to: 'rate', rating: 5, version: detail.version };
      expect(detail.allowedSteps).toEqual([payload.to]);
      const answer = await t.request({
        method: 'POST',
        url: `/api/appeals/${item.id}/transitions`,
        cookie: cookies.enterprise,
        payload,
      });
      expect(answer.statusCode, answer.body).toBe(200);
      const after = answer.json<Detail>();
      expect(after.state).toBe(item.state === 'returned' ? detail.events.at(-2)!.toState : 'closed');
      expect(after.events.length).toBe(detail.events.length + 1);
    }
  });

  it('fill the dispatch board and number new appeals after the seeded ones', async () => {
    const board = await get('service', '/api/appeals?scope=dispatch&pageSize=50');
    const waiting = board.json<{ items: { number: string }[]; total: number }>();
    expect(waiting.total).toBeGreaterThanOrEqual(5);
    const numbers = (await t.db.select({ number: appeals.number }).from(appeals)).map((row) =>
      Number(row.number.slice(6)),
    );
    const categories = await get('enterprise', '/api/appeals/categories');
    const filed = await t.request({
      method: 'POST',
      url: '/api/appeals',
      cookie: cookies.enterprise,
      payload: {
        categoryId: categories.json<{ items: { id: string }[] }>().items[0]!.id,
        title: '厂区变压器需要增容',
        description: '新产线投产后用电负荷不足，请协调供电公司增容。',
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(Number(filed.json<Detail>().number.slice(6))).toBe(Math.max(...numbers) + 1);
  });
});
