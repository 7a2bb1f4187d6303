import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, departments, users, zones } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createUser, createZone } from '../../../test/factories.js';
import { appealRequests, appealZone } from '../../../test/appeals.js';
import { fileReturn } from '../../../test/returns.js';

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

const en = { 'accept-language': 'en' };
type Json = Record<string, unknown>;

async function auditOf(entityId: string) {
  return t.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
}

describe('who may use 系统设置', () => {
  it('answers 401 without a session', async () => {
    expect((await t.request({ method: 'GET', url: '/api/zone' })).statusCode).toBe(401);
  });

  it.each(['leader', 'officer', 'enterprise', 'auditor'] as const)(
    'refuses the writes to a %s',
    async (role) => {
      const enterprise = await createEnterprise(t.db, zone);
      const { cookie } = await t.loginAs(
        zone,
        role,
        role === 'enterprise' ? { enterpriseId: enterprise.id } : {},
      );
      const writes = [
        { method: 'PATCH' as const, url: '/api/zone', payload: { name: '改名', version: 0 } },
        { method: 'POST' as const, url: '/api/zone/departments', payload: { code: 'X1', name: '某局' } },
        { method: 'POST' as const, url: '/api/zone/parks', payload: { code: 'X1', name: '某园' } },
        {
          method: 'PATCH' as const,
          url: `/api/zone/departments/${zone.department.id}`,
          payload: { version: 0 },
        },
        { method: 'POST' as const, url: `/api/zone/parks/${zone.park.id}/retire`, payload: { version: 0 } },
        { method: 'GET' as const, url: '/api/zone/setup-status' },
      ];
      for (const write of writes) {
        const response = await t.request({ ...write, cookie });
        expect(response.statusCode, write.url).toBe(403);
      }
    },
  );
});

describe('the zone itself', () => {
  it('names the zone, its codes and conventions; the filing deadline is 经济运行’s own setting', async () => {
    const own = await createZone(t.db);
    const cookie = (await t.loginAs(own, 'admin')).cookie;
    const officer = (await t.loginAs(own, 'officer')).cookie;
    const before = (await t.request({ method: 'GET', url: '/api/zone', cookie })).json<Json>();
    expect(before).toMatchObject({
      amountUnit: '万元',
      scheduleBasis: 'months',
      filingDeadlineDay: 10,
      version: 0,
    });
    const response = await t.request({
      method: 'PATCH',
      url: '/api/zone',
      cookie,
      payload: {
        name: '泸州高新区',
        code: `LZ${Date.now()}`,
        divisionCode: '510504',
        amountUnit: '亿元',
        scheduleBasis: 'days',
        filingDeadlineDay: 8,
        version: 0,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: '泸州高新区',
      divisionCode: '510504',
      amountUnit: '亿元',
      scheduleBasis: 'days',
      filingDeadlineDay: 8,
      version: 1,
    });
    const economy = await t.request({ method: 'GET', url: '/api/indicators/settings', cookie: officer });
    expect(economy.json()).toEqual({ filingDeadlineDay: 8 });
    const [entry] = (await auditOf(own.id)).filter((row) => row.action === 'zone.update');
    expect(entry?.before).toMatchObject({ name: before.name, divisionCode: null, filingDeadlineDay: 10 });
    expect(entry?.after).toMatchObject({ name: '泸州高新区', divisionCode: '510504', filingDeadlineDay: 8 });
  });

  it('answers a stale version with 409 and the fresh record, changing nothing', async () => {
    const own = await createZone(t.db);
    const cookie = (await t.loginAs(own, 'admin')).cookie;
    await t.request({ method: 'PATCH', url: '/api/zone', cookie, payload: { name: '第一次', version: 0 } });
    const stale = await t.request({
      method: 'PATCH',
      url: '/api/zone',
      cookie,
      payload: { name: '第二次', version: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ name: '第一次', version: 1 });
    const [row] = await t.db.select().from(zones).where(eq(zones.id, own.id));
    expect(row?.name).toBe('第一次');
  });

  it.each([
    [
      '51050',
      '行政区划代码须为 6 位数字，如 510500',
      'The administrative division code has 6 digits, e.g. 510500',
    ],
    ['990100', '行政区划代码的前两位不是有效的省级代码', 'The first two digits are not a province code'],
    [
      '510000',
      '请填写园区所在的地级市或区县代码，不能是省级代码（末四位为 0000）',
      'Give the code of the city or county, not of the province (ending in 0000)',
    ],
  ])('refuses the division code %s in both languages', async (divisionCode, zh, inEnglish) => {
    const version = (await t.request({ method: 'GET', url: '/api/zone', cookie: admin })).json<Json>()
      .version;
    const chinese = await t.request({
      method: 'PATCH',
      url: '/api/zone',
      cookie: admin,
      payload: { divisionCode, version },
    });
    expect(chinese.statusCode).toBe(400);
    expect(chinese.json().error.details).toEqual([{ field: 'divisionCode', message: zh }]);
    const english = await t.request({
      method: 'PATCH',
      url: '/api/zone',
      cookie: admin,
      headers: en,
      payload: { divisionCode, version },
    });
    expect(english.json().error.details).toEqual([{ field: 'divisionCode', message: inEnglish }]);
  });

  it('reckons 时序进度 by the zone’s basis in 经济运行’s target progress', async () => {
    const own = await createZone(t.db);
    const cookie = (await t.loginAs(own, 'admin')).cookie;
    const officer = (await t.loginAs(own, 'officer')).cookie;
    const enterprise = await createEnterprise(t.db, own);
    const filed = await fileReturn(t, officer, enterprise.id, '2026-06', { output: ['60000', '50000'] });
    expect(filed.statusCode, filed.body).toBe(200);
    const target = await t.request({
      method: 'PUT',
      url: '/api/indicators/targets',
      cookie: officer,
      payload: {
        year: 2026,
        items: [{ indicatorCode: 'output', parkId: null, value: '120000', growthPercent: null }],
      },
    });
    expect(target.statusCode, target.body).toBe(200);
    const schedule = async () =>
      (await t.request({ method: 'GET', url: '/api/indicators/overview?period=2026-06', cookie: officer }))
        .json<{
          items: { indicator: { code: string }; target: { schedulePercent: number; phrase: string } }[];
        }>()
        .items.find((item) => item.indicator.code === 'output')!.target;
    expect(await schedule()).toMatchObject({ schedulePercent: 50, phrase: '与序时进度持平' });
    await t.request({
      method: 'PATCH',
      url: '/api/zone',
      cookie,
      payload: { scheduleBasis: 'days', version: 0 },
    });
    // 1–6月 of 2026: 181 of 365 days.
    expect(await schedule()).toMatchObject({ schedulePercent: 49.59, phrase: '快于序时进度0.41个百分点' });
  });

  it('refuses a zone code another zone holds', async () => {
    const version = (await t.request({ method: 'GET', url: '/api/zone', cookie: admin })).json<Json>()
      .version;
    const response = await t.request({
      method: 'PATCH',
      url: '/api/zone',
      cookie: admin,
      payload: { code: otherZone.code, version },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('CODE_TAKEN');
    expect(response.json().error.message).toBe(
      `代码“${otherZone.code}”已被“${otherZone.name}”使用，请换一个`,
    );
  });
});

describe('departments', () => {
  it('creates, renames and orders a department; a code is unique in the zone with a clear message', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/zone/departments',
      cookie: admin,
      payload: { code: 'JF', name: '经济发展局', sortOrder: 5 },
    });
    expect(created.statusCode).toBe(201);
    const department = created.json<Json & { id: string }>();
    expect(department).toMatchObject({
      code: 'JF',
      name: '经济发展局',
      sortOrder: 5,
      head: null,
      retiredAt: null,
      version: 0,
    });

    const twice = await t.request({
      method: 'POST',
      url: '/api/zone/departments',
      cookie: admin,
      payload: { code: 'jf', name: '另一个局' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('代码“jf”已被“经济发展局”使用，请换一个');
    const english = await t.request({
      method: 'POST',
      url: '/api/zone/departments',
      cookie: admin,
      headers: en,
      payload: { code: 'JF', name: '另一个局' },
    });
    expect(english.json().error.message).toBe('The code "JF" is already used by "经济发展局"');
    // Another zone may use the same code.
    const elsewhere = await t.request({
      method: 'POST',
      url: '/api/zone/departments',
      cookie: otherAdmin,
      payload: { code: 'JF', name: '经济发展局' },
    });
    expect(elsewhere.statusCode).toBe(201);

    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/zone/departments/${department.id}`,
      cookie: admin,
      payload: { name: '经济运行局', code: 'JY', version: 0 },
    });
    expect(renamed.json()).toMatchObject({ name: '经济运行局', code: 'JY', version: 1 });
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/zone/departments/${department.id}`,
      cookie: admin,
      payload: { name: '又一次', version: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ name: '经济运行局', version: 1 });

    const audit = await auditOf(department.id);
    expect(audit.map((row) => row.action)).toEqual(['department.create', 'department.update']);
    expect(audit[1]?.before).toEqual({ code: 'JF', name: '经济发展局' });
    expect(audit[1]?.after).toEqual({ code: 'JY', name: '经济运行局' });
  });

  it('refuses a bad code and an empty name with field messages', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/zone/departments',
      cookie: admin,
      payload: { code: '经发', name: '  ' },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['code', 'name']));
  });

  it('names a head among the department’s active officers, one at a time', async () => {
    const department = (
      await t.request({
        method: 'POST',
        url: '/api/zone/departments',
        cookie: admin,
        payload: { code: 'HD', name: '招商局' },
      })
    ).json<{ id: string }>();
    const first = await createUser(t.db, zone, 'officer', { departmentId: department.id });
    const second = await createUser(t.db, zone, 'officer', { departmentId: department.id });
    const outsider = await createUser(t.db, zone, 'officer');
    const refused = await t.request({
      method: 'PATCH',
      url: `/api/zone/departments/${department.id}`,
      cookie: admin,
      payload: { headUserId: outsider.id, version: 0 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { field: 'headUserId', message: '负责人须为本部门在岗的工作人员' },
    ]);
    const one = await t.request({
      method: 'PATCH',
      url: `/api/zone/departments/${department.id}`,
      cookie: admin,
      payload: { headUserId: first.id, version: 0 },
    });
    expect(one.json()).toMatchObject({ head: { id: first.id }, memberCount: 2, version: 1 });
    const other = await t.request({
      method: 'PATCH',
      url: `/api/zone/departments/${department.id}`,
      cookie: admin,
      payload: { headUserId: second.id, version: 1 },
    });
    expect(other.json()).toMatchObject({ head: { id: second.id } });
    const heads = await t.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.departmentId, department.id), eq(users.isDepartmentHead, true)));
    expect(heads).toEqual([{ id: second.id }]);
    const officers = await t.request({
      method: 'GET',
      url: `/api/zone/departments/${department.id}/officers`,
      cookie: admin,
    });
    expect(officers.json().items).toHaveLength(2);
  });

  it('retires a department: listed apart, keeps its people, takes no new officer; restore reopens it', async () => {
    const department = (
      await t.request({
        method: 'POST',
        url: '/api/zone/departments',
        cookie: admin,
        payload: { code: 'RT', name: '旧科室' },
      })
    ).json<{ id: string }>();
    const member = await createUser(t.db, zone, 'officer', { departmentId: department.id });
    const retired = await t.request({
      method: 'POST',
      url: `/api/zone/departments/${department.id}/retire`,
      cookie: admin,
      payload: { version: 0 },
    });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().retiredAt).not.toBeNull();
    const list = (await t.request({ method: 'GET', url: '/api/zone/departments', cookie: admin })).json();
    expect(list.retired.map((item: { id: string }) => item.id)).toContain(department.id);
    expect(list.items.map((item: { id: string }) => item.id)).not.toContain(department.id);
    const picker = (await t.request({ method: 'GET', url: '/api/departments', cookie: admin })).json();
    expect(picker.items.map((item: { id: string }) => item.id)).not.toContain(department.id);

    const newOfficer = {
      username: `new.${Date.now()}`,
      displayName: '新人',
      role: 'officer',
      departmentId: department.id,
      password: 'Initial-Passw0rd',
    };
    const refused = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: admin,
      payload: newOfficer,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { field: 'departmentId', message: '该部门已撤销，不能再承接新的工作' },
    ]);
    const english = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: admin,
      headers: en,
      payload: newOfficer,
    });
    expect(english.json().error.details[0].message).toBe('This department is retired and takes no new work');
    // Its people stay and can still be edited.
    const kept = await t.request({
      method: 'PATCH',
      url: `/api/users/${member.id}`,
      cookie: admin,
      payload: { displayName: '老同志', version: member.version },
    });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().department).toMatchObject({ id: department.id, name: '旧科室' });

    const restored = await t.request({
      method: 'POST',
      url: `/api/zone/departments/${department.id}/restore`,
      cookie: admin,
      payload: { version: 1 },
    });
    expect(restored.json()).toMatchObject({ retiredAt: null, version: 2 });
    const accepted = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: admin,
      payload: newOfficer,
    });
    expect(accepted.statusCode).toBe(201);
    expect((await auditOf(department.id)).map((row) => row.action)).toEqual([
      'department.create',
      'department.retire',
      'department.restore',
    ]);
  });

  it('does not dispatch an appeal to a retired department', async () => {
    const z = await appealZone(t);
    const zoneAdmin = (await t.loginAs(z.zone, 'admin')).cookie;
    const { file, step } = appealRequests(t, z);
    const retire = await t.request({
      method: 'POST',
      url: `/api/zone/departments/${z.departments.planning.id}/retire`,
      cookie: zoneAdmin,
      payload: { version: 0 },
    });
    expect(retire.statusCode).toBe(200);
    const filed = (await file(z.people.ownUser.cookie)).json<{ id: string; version: number }>();
    const refused = await step(z.people.dispatcher.cookie, filed.id, {
      to: 'dispatch',
      departmentId: z.departments.planning.id,
      version: filed.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('departmentId');
    const accepted = await step(z.people.dispatcher.cookie, filed.id, {
      to: 'dispatch',
      departmentId: z.departments.lead.id,
      version: filed.version,
    });
    expect(accepted.statusCode).toBe(200);
  });

  it('answers 404 for another zone’s department', async () => {
    for (const request of [
      {
        method: 'PATCH' as const,
        url: `/api/zone/departments/${zone.department.id}`,
        payload: { name: '夺', version: 0 },
      },
      {
        method: 'POST' as const,
        url: `/api/zone/departments/${zone.department.id}/retire`,
        payload: { version: 0 },
      },
      {
        method: 'POST' as const,
        url: `/api/zone/departments/${zone.department.id}/restore`,
        payload: { version: 0 },
      },
      { method: 'GET' as const, url: `/api/zone/departments/${zone.department.id}/officers` },
    ]) {
      const response = await t.request({ ...request, cookie: otherAdmin });
      expect(response.statusCode, request.url).toBe(404);
    }
    const [row] = await t.db.select().from(departments).where(eq(departments.id, zone.department.id));
    expect(row?.name).toBe('经济发展局');
  });
});
