import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { creditCodeCheckCharacter, organizationCodeCheckCharacter } from '@gaoxin/domain';
import { auditLog, enterprises } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone, makeCreditCode } from '../../../test/factories.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
});
afterAll(() => t.close());

function newEnterprise(overrides: Record<string, unknown> = {}) {
  return {
    name: '星河光电科技有限公司',
    shortName: '星河光电',
    creditCode: makeCreditCode(),
    parkId: zone.park.id,
    industryCode: 'C3976',
    registeredCapital: '1200.5',
    establishedOn: '2019-04-01',
    tags: ['链主企业'],
    ...overrides,
  };
}

describe('POST /api/enterprises', () => {
  it('answers 401 without a session and 403 to leaders, admins and enterprise users', async () => {
    expect(
      (await t.request({ method: 'POST', url: '/api/enterprises', payload: newEnterprise() })).statusCode,
    ).toBe(401);
    const own = await createEnterprise(t.db, zone);
    for (const role of ['leader', 'admin', 'auditor', 'enterprise'] as const) {
      const { cookie } = await t.loginAs(zone, role, role === 'enterprise' ? { enterpriseId: own.id } : {});
      const response = await t.request({
        method: 'POST',
        url: '/api/enterprises',
        cookie,
        payload: newEnterprise(),
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it('creates a record with derived pinyin, the 大类 name and an audit entry', async () => {
    const body = newEnterprise();
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: body,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      name: body.name,
      creditCode: body.creditCode,
      industryCode: '3976',
      industryName: '计算机、通信和其他电子设备制造业',
      registeredCapital: '1200.5000',
      park: { id: zone.park.id, name: '一号园' },
      tags: ['链主企业'],
      warnings: [],
      version: 0,
    });
    const [row] = await t.db.select().from(enterprises).where(eq(enterprises.id, created.id));
    expect(row?.nameInitials).toBe('xhgdkjyxgs xhgd');
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enterprise.create'), eq(auditLog.entityId, created.id)));
    expect(entry?.after).toMatchObject({ name: body.name, creditCode: body.creditCode });
  });

  it('says exactly what is wrong with a credit code, and writes nothing', async () => {
    const good = makeCreditCode();
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: newEnterprise({ creditCode: wrongCheck }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { field: 'creditCode', message: `第18位校验码应为 ${good[17]}，实际为 ${wrongCheck[17]}` },
    ]);
    expect(await t.db.select().from(enterprises).where(eq(enterprises.creditCode, wrongCheck))).toEqual([]);
  });

  it('accepts a non-conforming code with a reason, audited as an override', async () => {
    const good = makeCreditCode();
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: newEnterprise({
        creditCode: wrongCheck,
        creditCodeOverride: '营业执照原件如此，已与市场监管局核实',
      }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().creditCodeOverride).toBe('营业执照原件如此，已与市场监管局核实');
    expect(response.json().warnings[0].message).toContain('第18位校验码应为');
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'enterprise.create_with_override'),
          eq(auditLog.entityId, response.json().id),
        ),
      );
    expect(entry).toBeDefined();
  });

  it('saves a code that only fails the organization check, with a warning', async () => {
    const body = `MA${makeCreditCode().slice(10, 16)}`;
    const right = organizationCodeCheckCharacter(body);
    const organizationWrong = `91110108${body}${right === 'X' ? '1' : 'X'}`;
    const code = organizationWrong + creditCodeCheckCharacter(organizationWrong);
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      headers: { 'accept-language': 'en' },
      payload: newEnterprise({ creditCode: code }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().warnings).toEqual([
      { field: 'creditCode', message: expect.stringContaining('organization-code check') },
    ]);
  });

  it('refuses a duplicate code in the zone with 409 naming the holder, but allows it in another zone', async () => {
    const existing = await createEnterprise(t.db, zone, { name: '已登记企业' });
    const duplicate = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: newEnterprise({ creditCode: existing.creditCode }),
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toBe('该统一社会信用代码已登记为“已登记企业”');
    const otherZone = await createZone(t.db);
    const { cookie } = await t.loginAs(otherZone, 'officer');
    const elsewhere = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie,
      payload: newEnterprise({ creditCode: existing.creditCode, parkId: otherZone.park.id }),
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it.each([
    [{ industryCode: '98' }, 'industryCode', '未知的行业代码'],
    [{ parkId: '00000000-0000-4000-8000-000000000000' }, 'parkId', '取值无效'],
    [{ registeredCapital: '12,000' }, 'registeredCapital', '格式不正确'],
    [{ registeredCapital: 1200 }, 'registeredCapital', '类型不正确'],
    [{ establishedOn: '2019-02-30' }, 'establishedOn', '格式不正确'],
    [{ name: '星' }, 'name', '至少 2 个字符'],
    [{ name: 'x'.repeat(101) }, 'name', '不能超过 100 个字符'],
    [{ isPublic: true }, 'isPublic', '不允许的字段'],
  ])('rejects %j on field %s', async (overrides, field, message) => {
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: newEnterprise(overrides),
    });
    expect(response.statusCode).toBe(400);
    const detail = response.json().error.details.find((item: { field: string }) => item.field === field);
    expect(detail?.message).toContain(message);
  });

  it('refuses a park of another zone', async () => {
    const otherZone = await createZone(t.db);
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: newEnterprise({ parkId: otherZone.park.id }),
    });
    expect(response.statusCode).toBe(400);
  });

  it('stores script and SQL in names as plain text', async () => {
    const name = `<img src=x onerror=alert(1)>'); DELETE FROM enterprises; --`;
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: newEnterprise({ name, shortName: null }),
    });
    expect(response.statusCode).toBe(201);
    const fetched = await t.request({
      method: 'GET',
      url: `/api/enterprises/${response.json().id}`,
      cookie: officer,
    });
    expect(fetched.json().name).toBe(name);
  });
});

describe('PATCH /api/enterprises/:id', () => {
  it('updates with the current version and audits the changed fields', async () => {
    const enterprise = await createEnterprise(t.db, zone, { name: '旧名称有限公司' });
    const response = await t.request({
      method: 'PATCH',
      url: `/api/enterprises/${enterprise.id}`,
      cookie: officer,
      payload: { name: '龙腾智能装备有限公司', isAboveScale: true, version: 0 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: '龙腾智能装备有限公司', isAboveScale: true, version: 1 });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enterprise.update'), eq(auditLog.entityId, enterprise.id)));
    expect(entry?.before).toEqual({ name: '旧名称有限公司', isAboveScale: false });
    expect(entry?.after).toEqual({ name: '龙腾智能装备有限公司', isAboveScale: true });
    const search = await t.request({ method: 'GET', url: '/api/enterprises?q=ltzn', cookie: officer });
    expect(search.json().items.map((item: { id: string }) => item.id)).toContain(enterprise.id);
  });

  it('answers 409 with the fresh record to a stale version and keeps the first edit', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const edit = (address: string) =>
      t.request({
        method: 'PATCH',
        url: `/api/enterprises/${enterprise.id}`,
        cookie: officer,
        payload: { address, version: 0 },
      });
    const [first, second] = await Promise.all([edit('一号路1号'), edit('二号路2号')]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    const winner = first.statusCode === 200 ? first : second;
    expect(loser.json().error.current).toMatchObject({ address: winner.json().address, version: 1 });
  });

  it('lets an enterprise user change its own address only, and nothing of others', async () => {
    const own = await createEnterprise(t.db, zone);
    const neighbour = await createEnterprise(t.db, zone);
    const { cookie } = await t.loginAs(zone, 'enterprise', { enterpriseId: own.id });
    const address = await t.request({
      method: 'PATCH',
      url: `/api/enterprises/${own.id}`,
      cookie,
      payload: { address: '新厂区3栋', version: 0 },
    });
    expect(address.statusCode).toBe(200);
    const name = await t.request({
      method: 'PATCH',
      url: `/api/enterprises/${own.id}`,
      cookie,
      payload: { name: '自己改名有限公司', version: 1 },
    });
    expect(name.statusCode).toBe(403);
    expect(name.json().error.details).toEqual([{ field: 'name', message: '当前角色不能修改此字段' }]);
    const other = await t.request({
      method: 'PATCH',
      url: `/api/enterprises/${neighbour.id}`,
      cookie,
      payload: { address: '越权地址', version: 0 },
    });
    expect(other.statusCode).toBe(404);
    const [row] = await t.db.select().from(enterprises).where(eq(enterprises.id, neighbour.id));
    expect(row?.address).toBe(neighbour.address);
  });

  it('answers 404 for another zone’s enterprise', async () => {
    const otherZone = await createZone(t.db);
    const foreign = await createEnterprise(t.db, otherZone);
    const response = await t.request({
      method: 'PATCH',
      url: `/api/enterprises/${foreign.id}`,
      cookie: officer,
      payload: { address: 'x', version: 0 },
    });
    expect(response.statusCode).toBe(404);
  });
});
