import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { todayInChina } from '@gaoxin/domain';
import { auditLog, enterprises } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createUser, createZone } from '../../../test/factories.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
});
afterAll(() => t.close());

function shift(days: number) {
  return new Date(Date.parse(`${todayInChina()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('qualifications', () => {
  it('computes the status from the dates and lists those expiring zone-wide', async () => {
    const enterprise = await createEnterprise(t.db, zone, { name: '资质测试企业' });
    const add = (expiresOn: string, type = 'hnte') =>
      t.request({
        method: 'POST',
        url: `/api/enterprises/${enterprise.id}/qualifications`,
        cookie: officer,
        payload: { type, level: 'national', certificateNumber: 'GR2023', issuedOn: shift(-1000), expiresOn },
      });
    expect((await add(shift(400))).json().status).toBe('valid');
    expect((await add(shift(30), 'techSme')).json()).toMatchObject({
      status: 'expiring',
      typeName: '科技型中小企业',
    });
    expect((await add(shift(-1), 'specialized')).json().status).toBe('expired');

    const expiring = await t.request({ method: 'GET', url: '/api/qualifications/expiring', cookie: officer });
    expect(expiring.statusCode).toBe(200);
    const mine = expiring
      .json()
      .items.filter((item: { enterprise: { id: string } }) => item.enterprise.id === enterprise.id);
    expect(mine.map((item: { type: string }) => item.type)).toEqual(['techSme']);
    const withExpired = await t.request({
      method: 'GET',
      url: '/api/qualifications/expiring?includeExpired=true&withinDays=30',
      cookie: officer,
    });
    expect(
      withExpired
        .json()
        .items.filter((item: { enterprise: { id: string } }) => item.enterprise.id === enterprise.id).length,
    ).toBe(2);
    const detail = await t.request({
      method: 'GET',
      url: `/api/enterprises/${enterprise.id}`,
      cookie: officer,
    });
    expect(
      detail
        .json()
        .qualifications.map((item: { status: string }) => item.status)
        .sort(),
    ).toEqual(['expired', 'expiring', 'valid']);
  });

  it('rejects an unknown type and an expiry before issue, and leads to 404 for another zone', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const unknown = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/qualifications`,
      cookie: officer,
      payload: { type: 'bogus', level: 'national' },
    });
    expect(unknown.json().error.details).toEqual([{ field: 'type', message: '未知的资质类型' }]);
    const backwards = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/qualifications`,
      cookie: officer,
      payload: { type: 'hnte', level: 'national', issuedOn: '2025-01-01', expiresOn: '2024-01-01' },
    });
    expect(backwards.json().error.details).toEqual([{ field: 'expiresOn', message: '到期日不能早于发证日' }]);
    const otherZone = await createZone(t.db);
    const foreign = await createEnterprise(t.db, otherZone);
    const cross = await t.request({
      method: 'POST',
      url: `/api/enterprises/${foreign.id}/qualifications`,
      cookie: officer,
      payload: { type: 'hnte', level: 'national' },
    });
    expect(cross.statusCode).toBe(404);
  });

  it('updates and deletes a qualification, bumping the enterprise version', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const created = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/qualifications`,
      cookie: officer,
      payload: { type: 'hnte', level: 'provincial' },
    });
    const id = created.json().id;
    const changed = await t.request({
      method: 'PUT',
      url: `/api/enterprises/${enterprise.id}/qualifications/${id}`,
      cookie: officer,
      payload: { type: 'hnte', level: 'national', expiresOn: shift(10) },
    });
    expect(changed.json()).toMatchObject({ level: 'national', status: 'expiring' });
    const removed = await t.request({
      method: 'DELETE',
      url: `/api/enterprises/${enterprise.id}/qualifications/${id}`,
      cookie: officer,
    });
    expect(removed.statusCode).toBe(204);
    const [row] = await t.db.select().from(enterprises).where(eq(enterprises.id, enterprise.id));
    expect(row?.version).toBe(3);
  });

  it('keeps enterprise users away from the zone-wide expiring list', async () => {
    const own = await createEnterprise(t.db, zone);
    const { cookie } = await t.loginAs(zone, 'enterprise', { enterpriseId: own.id });
    expect((await t.request({ method: 'GET', url: '/api/qualifications/expiring', cookie })).statusCode).toBe(
      403,
    );
  });
});

describe('contacts', () => {
  it('masks mobiles in the record and audits each full reveal', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const created = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/contacts`,
      cookie: officer,
      payload: { name: '王芳', position: '财务总监', mobile: '13812345678' },
    });
    expect(created.json().mobile).toBe('138****5678');
    const detail = await t.request({
      method: 'GET',
      url: `/api/enterprises/${enterprise.id}`,
      cookie: officer,
    });
    expect(detail.json().contacts).toEqual([
      expect.objectContaining({ name: '王芳', mobile: '138****5678' }),
    ]);
    expect(detail.body).not.toContain('13812345678');
    const revealed = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/contacts/${created.json().id}/reveal`,
      cookie: officer,
    });
    expect(revealed.json().mobile).toBe('13812345678');
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enterprise.contact_reveal'), eq(auditLog.entityId, enterprise.id)));
    expect(entries).toHaveLength(1);
    // An edit that leaves the (masked) mobile out keeps the stored number.
    await t.request({
      method: 'PUT',
      url: `/api/enterprises/${enterprise.id}/contacts/${created.json().id}`,
      cookie: officer,
      payload: { name: '王芳', position: '副总经理' },
    });
    const again = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/contacts/${created.json().id}/reveal`,
      cookie: officer,
    });
    expect(again.json()).toMatchObject({ position: '副总经理', mobile: '13812345678' });
  });

  it('lets an enterprise user manage its own contacts only', async () => {
    const own = await createEnterprise(t.db, zone);
    const neighbour = await createEnterprise(t.db, zone);
    const { cookie } = await t.loginAs(zone, 'enterprise', { enterpriseId: own.id });
    const mine = await t.request({
      method: 'POST',
      url: `/api/enterprises/${own.id}/contacts`,
      cookie,
      payload: { name: '李强', mobile: '0830-3123456' },
    });
    expect(mine.statusCode).toBe(201);
    const theirs = await t.request({
      method: 'POST',
      url: `/api/enterprises/${neighbour.id}/contacts`,
      cookie,
      payload: { name: '李强' },
    });
    expect(theirs.statusCode).toBe(404);
    const leader = (await t.loginAs(zone, 'leader')).cookie;
    const byLeader = await t.request({
      method: 'POST',
      url: `/api/enterprises/${own.id}/contacts`,
      cookie: leader,
      payload: { name: '领导代填' },
    });
    expect(byLeader.statusCode).toBe(403);
  });

  it('rejects a malformed phone number', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const response = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/contacts`,
      cookie: officer,
      payload: { name: '张三', mobile: '12345' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('mobile');
  });
});

describe('visits and responsibility', () => {
  it('records a visit with its problems and lists visits newest first', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    for (const [visitedOn, summary] of [
      [shift(-30), '了解生产经营'],
      [shift(-2), '协调用电增容'],
    ] as const) {
      const response = await t.request({
        method: 'POST',
        url: `/api/enterprises/${enterprise.id}/visits`,
        cookie: officer,
        payload: {
          visitedOn,
          visitors: '经发局 李科长',
          summary,
          problems: ['用电增容审批慢'],
          nextStep: '下周回访',
        },
      });
      expect(response.statusCode).toBe(201);
    }
    const list = await t.request({
      method: 'GET',
      url: `/api/enterprises/${enterprise.id}/visits`,
      cookie: officer,
    });
    expect(list.json().items.map((item: { summary: string }) => item.summary)).toEqual([
      '协调用电增容',
      '了解生产经营',
    ]);
    expect(list.json().items[0].problems).toEqual(['用电增容审批慢']);
    expect(list.json().items[0].createdBy).toBe('测试officer');
  });

  it('refuses a visit dated in the future', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const response = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/visits`,
      cookie: officer,
      payload: { visitedOn: shift(5), visitors: '某人', summary: '未来的走访' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ field: 'visitedOn', message: '日期不能晚于今天' }]);
  });

  it('assigns a liaison and a responsible leader, keeping the history', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const liaison = await createUser(t.db, zone, 'officer');
    const leader = await createUser(t.db, zone, 'leader');
    const first = await t.request({
      method: 'PUT',
      url: `/api/enterprises/${enterprise.id}/assignment`,
      cookie: officer,
      payload: {
        isKey: true,
        liaisonUserId: liaison.id,
        responsibleLeaderId: leader.id,
        reason: '列入重点',
        version: 0,
      },
    });
    expect(first.statusCode).toBe(200);
    const second = await t.request({
      method: 'PUT',
      url: `/api/enterprises/${enterprise.id}/assignment`,
      cookie: officer,
      payload: { isKey: false, liaisonUserId: null, responsibleLeaderId: null, reason: '调出', version: 1 },
    });
    expect(second.json().items.map((item: { reason: string }) => item.reason)).toEqual(['调出', '列入重点']);
    expect(second.json().items[1]).toMatchObject({
      isKey: true,
      liaison: { id: liaison.id },
      responsibleLeader: { id: leader.id },
    });
    const stale = await t.request({
      method: 'PUT',
      url: `/api/enterprises/${enterprise.id}/assignment`,
      cookie: officer,
      payload: { isKey: true, liaisonUserId: null, responsibleLeaderId: null, version: 0 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a leader as liaison and a user of another zone', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const leader = await createUser(t.db, zone, 'leader');
    const otherZone = await createZone(t.db);
    const foreignOfficer = await createUser(t.db, otherZone, 'officer');
    for (const liaisonUserId of [leader.id, foreignOfficer.id]) {
      const response = await t.request({
        method: 'PUT',
        url: `/api/enterprises/${enterprise.id}/assignment`,
        cookie: officer,
        payload: { isKey: true, liaisonUserId, responsibleLeaderId: null, version: 0 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe('liaisonUserId');
    }
  });

  it('filters the list by liaison and key flag', async () => {
    const enterprise = await createEnterprise(t.db, zone);
    const liaison = await createUser(t.db, zone, 'officer');
    await t.request({
      method: 'PUT',
      url: `/api/enterprises/${enterprise.id}/assignment`,
      cookie: officer,
      payload: { isKey: true, liaisonUserId: liaison.id, responsibleLeaderId: null, version: 0 },
    });
    const list = await t.request({
      method: 'GET',
      url: `/api/enterprises?liaisonId=${liaison.id}&key=true`,
      cookie: officer,
    });
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ id: enterprise.id, liaison: { id: liaison.id } }],
    });
  });
});

describe('zone qualification types', () => {
  it('lets an officer add a type of the zone, then use it; duplicates and leaders are refused', async () => {
    const added = await t.request({
      method: 'POST',
      url: '/api/qualification-types',
      cookie: officer,
      payload: { code: 'techCenter', name: '省级企业技术中心' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().items).toContainEqual({ code: 'techCenter', name: '省级企业技术中心' });
    const again = await t.request({
      method: 'POST',
      url: '/api/qualification-types',
      cookie: officer,
      payload: { code: 'hnte', name: '另一个名字' },
    });
    expect(again.json().error.details).toEqual([{ field: 'code', message: '该资质类型已存在' }]);
    const enterprise = await createEnterprise(t.db, zone);
    const used = await t.request({
      method: 'POST',
      url: `/api/enterprises/${enterprise.id}/qualifications`,
      cookie: officer,
      payload: { type: 'techCenter', level: 'provincial' },
    });
    expect(used.json()).toMatchObject({ type: 'techCenter', typeName: '省级企业技术中心' });
    const leader = (await t.loginAs(zone, 'leader')).cookie;
    const byLeader = await t.request({
      method: 'POST',
      url: '/api/qualification-types',
      cookie: leader,
      payload: { code: 'other', name: '其他资质' },
    });
    expect(byLeader.statusCode).toBe(403);
    const otherZone = await createZone(t.db);
    const { cookie } = await t.loginAs(otherZone, 'officer');
    const elsewhere = await t.request({ method: 'GET', url: '/api/qualification-types', cookie });
    expect(elsewhere.json().items.map((item: { code: string }) => item.code)).not.toContain('techCenter');
  });
});
