import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone } from '../../../test/factories.js';

let t: TestApp;
let zoneA: Awaited<ReturnType<typeof createZone>>;
let zoneB: Awaited<ReturnType<typeof createZone>>;

beforeAll(async () => {
  t = await createTestApp();
  zoneA = await createZone(t.db, '甲高新区');
  zoneB = await createZone(t.db, '乙高新区');
});
afterAll(() => t.close());

describe('zone isolation', () => {
  it('shows a zone-A user nothing of zone B: not in lists, 404 by id', async () => {
    const own = await createEnterprise(t.db, zoneA, { name: '甲区隔离测试企业' });
    const foreign = await createEnterprise(t.db, zoneB, { name: '乙区隔离测试企业' });
    for (const role of ['leader', 'officer'] as const) {
      const { cookie } = await t.loginAs(zoneA, role);
      const list = await t.request({
        method: 'GET',
        url: '/api/enterprises?q=隔离测试&pageSize=100',
        cookie,
      });
      const ids = list.json().items.map((item: { id: string }) => item.id);
      expect(ids).toContain(own.id);
      expect(ids).not.toContain(foreign.id);
      const byId = await t.request({ method: 'GET', url: `/api/enterprises/${foreign.id}`, cookie });
      expect(byId.statusCode).toBe(404);
      expect(byId.json().error.code).toBe('NOT_FOUND');
      const parks = await t.request({ method: 'GET', url: '/api/parks', cookie });
      expect(parks.json().items.map((park: { id: string }) => park.id)).toEqual([zoneA.park.id]);
    }
  });

  it('answers a missing id and another zone’s id alike', async () => {
    const foreign = await createEnterprise(t.db, zoneB);
    const { cookie } = await t.loginAs(zoneA, 'leader');
    const missing = await t.request({
      method: 'GET',
      url: '/api/enterprises/00000000-0000-4000-8000-000000000000',
      cookie,
    });
    const other = await t.request({ method: 'GET', url: `/api/enterprises/${foreign.id}`, cookie });
    expect(other.statusCode).toBe(missing.statusCode);
    expect(other.body).toBe(missing.body);
  });
});

describe('enterprise isolation', () => {
  it('shows an enterprise user only its own enterprise', async () => {
    const mine = await createEnterprise(t.db, zoneA);
    const neighbour = await createEnterprise(t.db, zoneA);
    const { cookie } = await t.loginAs(zoneA, 'enterprise', { enterpriseId: mine.id });
    const own = await t.request({ method: 'GET', url: `/api/enterprises/${mine.id}`, cookie });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: mine.id, name: mine.name });
    const other = await t.request({ method: 'GET', url: `/api/enterprises/${neighbour.id}`, cookie });
    expect(other.statusCode).toBe(404);
    const list = await t.request({ method: 'GET', url: '/api/enterprises?pageSize=200', cookie });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: mine.id }] });
  });
});

describe('separation of duties', () => {
  it('keeps the administrator and the auditor out of business data', async () => {
    const enterprise = await createEnterprise(t.db, zoneA);
    for (const role of ['admin', 'auditor'] as const) {
      const { cookie } = await t.loginAs(zoneA, role);
      expect((await t.request({ method: 'GET', url: '/api/enterprises', cookie })).statusCode).toBe(403);
      const byId = await t.request({ method: 'GET', url: `/api/enterprises/${enterprise.id}`, cookie });
      expect(byId.statusCode).toBe(403);
    }
  });
});
