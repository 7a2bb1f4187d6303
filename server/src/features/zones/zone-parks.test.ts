import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, parks, zones } from '../../db/schema/index.js';
import { defaultZoneCode, defaultZoneName } from '@gaoxin/domain';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone, makeCreditCode } from '../../../test/factories.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let otherZone: Awaited<ReturnType<typeof createZone>>;
let admin: string;
let otherAdmin: string;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  otherZone = await createZone(t.db);
  admin = (await t.loginAs(zone, 'admin')).cookie;
  otherAdmin = (await t.loginAs(otherZone, 'admin')).cookie;
});
afterAll(() => t.close());

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [100, 0],
      [100, 80],
      [0, 80],
      [0, 0],
    ],
  ],
};

const createPark = (payload: Record<string, unknown>, cookie = admin, headers = {}) =>
  t.request({ method: 'POST', url: '/api/zone/parks', cookie, headers, payload });

describe('sub-parks', () => {
  it('creates a sub-park with an outline the 挂图作战 map draws', async () => {
    const created = await createPark({ code: 'NP1', name: '新材料园', outline: square });
    expect(created.statusCode).toBe(201);
    const park = created.json<{ id: string }>();
    expect(created.json()).toMatchObject({ code: 'NP1', outline: square, enterpriseCount: 0, version: 0 });
    const leader = (await t.loginAs(zone, 'leader')).cookie;
    const map = (await t.request({ method: 'GET', url: '/api/projects/map', cookie: leader })).json();
    const feature = map.parks.features.find(
      (item: { properties: { id: string } }) => item.properties.id === park.id,
    );
    expect(feature.geometry).toEqual(square);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, park.id));
    expect(entry?.action).toBe('park.create');
    expect(String((entry?.after as { outline: string }).outline)).toMatch(
      /^Polygon, 1 polygon\(s\), 5 positions/,
    );
  });

  it('accepts an uploaded .geojson text (a FeatureCollection of one feature) and a one-polygon MultiPolygon', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'x' },
          geometry: { ...square, type: 'MultiPolygon', coordinates: [square.coordinates] },
        },
      ],
    });
    const created = await createPark({ code: 'NP2', name: '上传园', outline: text });
    expect(created.statusCode).toBe(201);
    expect(created.json().outline).toEqual(square);
    const two = await createPark({
      code: 'NP3',
      name: '两块园',
      outline: { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] },
    });
    expect(two.json().outline.type).toBe('MultiPolygon');
  });

  it.each([
    ['not JSON', '{"type": Polygon', '不是有效的 GeoJSON 文本', 'Not valid GeoJSON text'],
    [
      'a point',
      { type: 'Point', coordinates: [1, 2] },
      '边界须为 Polygon 或 MultiPolygon（收到的是 Point）',
      'The outline must be a Polygon or MultiPolygon (got Point)',
    ],
    [
      'an open ring',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
      '边界环未闭合：最后一个点须与第一个点相同（coordinates[0]）',
      'The ring is not closed: the last position must repeat the first (coordinates[0])',
    ],
    [
      'text coordinates',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            ['1', 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      '坐标格式不正确（coordinates[0][1]）：每个点须为 [x, y] 两个数字',
      'Bad coordinates at coordinates[0][1]: each position must be two numbers [x, y]',
    ],
    [
      'a short ring',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      '边界环至少需要 4 个点（首尾相同）（coordinates[0]）',
      'A ring needs at least 4 positions, the first repeated last (coordinates[0])',
    ],
    [
      'a huge outline',
      { type: 'Polygon', coordinates: [[...Array.from({ length: 20_001 }, (_, i) => [i, i % 7]), [0, 0]]] },
      '边界过大：最多 20000 个坐标点，请简化后再上传',
      'The outline is too large: at most 20000 positions; simplify it first',
    ],
  ])('refuses %s in both languages, writing nothing', async (_label, outline, zh, english) => {
    const code = `BAD${Math.random().toString(36).slice(2, 6)}`;
    const chinese = await createPark({ code, name: '坏园', outline });
    expect(chinese.statusCode).toBe(400);
    expect(chinese.json().error.details).toEqual([{ field: 'outline', message: zh }]);
    const inEnglish = await createPark({ code, name: '坏园', outline }, admin, { 'accept-language': 'en' });
    expect(inEnglish.json().error.details).toEqual([{ field: 'outline', message: english }]);
    expect(await t.db.select().from(parks).where(eq(parks.code, code))).toEqual([]);
  });

  it('renames, replaces or removes the outline, answers a stale version with 409', async () => {
    const park = (await createPark({ code: 'UP1', name: '改名园' })).json<{ id: string }>();
    const updated = await t.request({
      method: 'PATCH',
      url: `/api/zone/parks/${park.id}`,
      cookie: admin,
      payload: { name: '光电园', outline: square, version: 0 },
    });
    expect(updated.json()).toMatchObject({ name: '光电园', outline: square, version: 1 });
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/zone/parks/${park.id}`,
      cookie: admin,
      payload: { name: '又改', version: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ name: '光电园', version: 1 });
    const cleared = await t.request({
      method: 'PATCH',
      url: `/api/zone/parks/${park.id}`,
      cookie: admin,
      payload: { outline: null, version: 1 },
    });
    expect(cleared.json().outline).toBeNull();
    const taken = await t.request({
      method: 'PATCH',
      url: `/api/zone/parks/${park.id}`,
      cookie: admin,
      payload: { code: 'np1', version: 2 },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe('代码“np1”已被“新材料园”使用，请换一个');
  });

  it('retires a sub-park: its enterprises stay, pickers leave it out; restore brings it back', async () => {
    const park = (await createPark({ code: 'RP1', name: '老园区' })).json<{ id: string }>();
    const resident = await createEnterprise(t.db, { id: zone.id, park: { id: park.id } });
    const retired = await t.request({
      method: 'POST',
      url: `/api/zone/parks/${park.id}/retire`,
      cookie: admin,
      payload: { version: 0 },
    });
    expect(retired.json()).toMatchObject({ enterpriseCount: 1, version: 1 });
    expect(retired.json().retiredAt).not.toBeNull();
    const list = (await t.request({ method: 'GET', url: '/api/zone/parks', cookie: admin })).json();
    expect(list.retired.map((item: { id: string }) => item.id)).toEqual([park.id]);
    const picker = (await t.request({ method: 'GET', url: '/api/parks', cookie: admin })).json();
    expect(picker.items.map((item: { id: string }) => item.id)).not.toContain(park.id);
    const officer = (await t.loginAs(zone, 'officer')).cookie;
    const registered = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: { name: '新来的科技有限公司', creditCode: makeCreditCode(), parkId: park.id },
    });
    expect(registered.statusCode).toBe(400);
    expect(registered.json().error.details).toEqual([
      { field: 'parkId', message: '该片区已撤销，不能再用于新的登记' },
    ]);
    // Its own enterprises keep it when edited.
    const kept = await t.request({
      method: 'PATCH',
      url: `/api/enterprises/${resident.id}`,
      cookie: officer,
      payload: { parkId: park.id, shortName: '老住户', version: resident.version },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    const restored = await t.request({
      method: 'POST',
      url: `/api/zone/parks/${park.id}/restore`,
      cookie: admin,
      payload: { version: 1 },
    });
    expect(restored.json()).toMatchObject({ retiredAt: null, version: 2 });
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, park.id))
      .orderBy(auditLog.id);
    expect(actions.map((row) => row.action)).toEqual(['park.create', 'park.retire', 'park.restore']);
  });

  it('answers 404 for another zone’s sub-park and leaves it as it was', async () => {
    for (const request of [
      {
        method: 'PATCH' as const,
        url: `/api/zone/parks/${zone.park.id}`,
        payload: { name: '夺', version: 0 },
      },
      { method: 'POST' as const, url: `/api/zone/parks/${zone.park.id}/retire`, payload: { version: 0 } },
      { method: 'POST' as const, url: `/api/zone/parks/${zone.park.id}/restore`, payload: { version: 0 } },
    ]) {
      expect((await t.request({ ...request, cookie: otherAdmin })).statusCode, request.url).toBe(404);
    }
    const [row] = await t.db.select().from(parks).where(eq(parks.id, zone.park.id));
    expect(row).toMatchObject({ name: '一号园', retiredAt: null });
  });
});

describe('GET /api/zone/setup-status', () => {
  it('walks the checklist of a fresh install to done', async () => {
    const [fresh] = await t.db
      .insert(zones)
      .values({ code: defaultZoneCode + Date.now(), name: defaultZoneName })
      .returning();
    const cookie = (await t.loginAs(fresh as Awaited<ReturnType<typeof createZone>>, 'admin')).cookie;
    const status = async () =>
      (await t.request({ method: 'GET', url: '/api/zone/setup-status', cookie })).json();
    expect(await status()).toMatchObject({
      complete: false,
      steps: [
        { step: 'zoneNamed', done: false },
        { step: 'departments', done: false },
        { step: 'parks', done: false },
        { step: 'officer', done: false },
        { step: 'enterprises', done: false },
      ],
    });
    await t.request({
      method: 'PATCH',
      url: '/api/zone',
      cookie,
      payload: { name: '某某高新区', code: `MM${Date.now()}`, version: 0 },
    });
    const department = (
      await t.request({
        method: 'POST',
        url: '/api/zone/departments',
        cookie,
        payload: { code: 'JF', name: '经济发展局' },
      })
    ).json<{ id: string }>();
    const park = (await createPark({ code: 'P1', name: '一园' }, cookie)).json<{ id: string }>();
    await t.request({
      method: 'POST',
      url: '/api/users',
      cookie,
      payload: {
        username: `off${Date.now()}`,
        displayName: '张三',
        role: 'officer',
        departmentId: department.id,
        password: 'Initial-Passw0rd',
      },
    });
    const almost = await status();
    expect(almost.steps.filter((step: { done: boolean }) => !step.done)).toEqual([
      { step: 'enterprises', done: false },
    ]);
    expect(almost.counts).toEqual({ departments: 1, parks: 1, officers: 1, enterprises: 0 });
    await createEnterprise(t.db, { id: fresh!.id, park: { id: park.id } });
    expect((await status()).complete).toBe(true);
  });
});
