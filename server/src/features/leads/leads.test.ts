import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, investmentLeads } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createDepartment, createEnterprise, createZone, makeCreditCode } from '../../../test/factories.js';

/** 招商线索 over HTTP: registration, 首报首谈, status, follow-ups, who sees what, bad input. */
let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let investment: { user: { id: string }; cookie: string };
let colleague: { user: { id: string }; cookie: string };
let parkOfficer: { user: { id: string }; cookie: string };
let leader: string;
let anchor: { id: string };

type Lead = {
  id: string;
  status: string;
  version: number;
  companyName: string;
  owner: { id: string; name: string };
  duplicateOf: { leadId: string; ownerName: string; departmentName: string | null } | null;
  laterRegistrations: { leadId: string }[];
  firstContactOverdue: boolean;
  firstContactedAt: string | null;
  nextStatuses: string[];
  canEdit: boolean;
  contactPhone: string | null;
  intendedInvestment: string | null;
  followUps: { kind: string; note: string }[];
};

const register = (cookie: string, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/leads', cookie, payload: { source: 'expo', ...payload } });
const read = (cookie: string, id: string) => t.request({ method: 'GET', url: `/api/leads/${id}`, cookie });
const status = (cookie: string, id: string, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: `/api/leads/${id}/status`, cookie, payload });

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  const investmentDepartment = await createDepartment(t.db, zone, 'D02', '招商合作局');
  investment = await t.loginAs(zone, 'officer', { departmentId: investmentDepartment.id });
  colleague = await t.loginAs(zone, 'officer', { departmentId: investmentDepartment.id });
  parkOfficer = await t.loginAs(zone, 'officer', { departmentId: zone.department.id });
  leader = (await t.loginAs(zone, 'leader')).cookie;
  anchor = await createEnterprise(t.db, zone, { name: '龙德科技有限公司' });
});
afterAll(() => t.close());

describe('registering a lead', () => {
  it('registers a lead owned by the officer, audited', async () => {
    const response = await register(investment.cookie, {
      companyName: '星海半导体材料有限公司',
      contactName: '周经理',
      contactPhone: '13812345678',
      intendedInvestment: '50000',
      industryCode: '3985',
      source: 'anchor',
      anchorEnterpriseId: anchor.id,
    });
    expect(response.statusCode, response.body).toBe(201);
    const lead = response.json<Lead>();
    expect(lead).toMatchObject({
      status: 'lead',
      owner: { id: investment.user.id },
      duplicateOf: null,
      canEdit: true,
      contactPhone: '13812345678',
      intendedInvestment: '50000.0000',
      nextStatuses: ['negotiating', 'shelved', 'abandoned'],
    });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, lead.id));
    expect(entry?.action).toBe('lead.create');
  });

  it('flags a second registration of the same company by someone else, and keeps the first reporter', async () => {
    const first = (await register(investment.cookie, { companyName: '华睿精密机械有限公司' })).json<Lead>();
    const second = await register(parkOfficer.cookie, { companyName: '华睿精密机械（苏州）有限公司' });
    expect(second.statusCode).toBe(201);
    expect(second.json<Lead>().duplicateOf).toMatchObject({ leadId: first.id, departmentName: '招商合作局' });
    const holder = (await read(investment.cookie, first.id)).json<Lead>();
    expect(holder.duplicateOf).toBeNull();
    expect(holder.laterRegistrations.map((later) => later.leadId)).toEqual([second.json<Lead>().id]);
    // The later registrant can ask before registering, too.
    const check = await t.request({
      method: 'GET',
      url: `/api/leads/duplicates?companyName=${encodeURIComponent('华睿精密机械有限公司')}`,
      cookie: parkOfficer.cookie,
    });
    expect(check.json().holders).toEqual([expect.objectContaining({ leadId: first.id })]);
  });

  it('matches by credit code whatever the name', async () => {
    const code = makeCreditCode();
    const first = await register(investment.cookie, { companyName: '甲公司', creditCode: code });
    expect(first.statusCode, first.body).toBe(201);
    const second = await register(parkOfficer.cookie, {
      companyName: '完全不同名称的企业',
      creditCode: code,
    });
    expect(second.json<Lead>().duplicateOf?.leadId).toBe(first.json<Lead>().id);
    // Two different codes are two companies, even under the same name.
    const unrelated = await register(parkOfficer.cookie, {
      companyName: '甲公司',
      creditCode: makeCreditCode(),
    });
    expect(unrelated.statusCode, unrelated.body).toBe(201);
    expect(unrelated.json<Lead>().duplicateOf).toBeNull();
  });

  it('refuses the same officer registering the same company twice (409), writing nothing', async () => {
    await register(investment.cookie, { companyName: '云帆新材料股份有限公司' });
    const before = await t.db.$count(investmentLeads);
    const again = await register(investment.cookie, { companyName: '云帆新材料有限公司' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('您已登记过这家企业的线索');
    expect(await t.db.$count(investmentLeads)).toBe(before);
  });

  it('frees a company whose first lead was abandoned', async () => {
    const first = (await register(investment.cookie, { companyName: '北辰光电科技有限公司' })).json<Lead>();
    await status(investment.cookie, first.id, {
      to: 'abandoned',
      reason: '企业已落户外地',
      version: first.version,
    });
    const second = (await register(parkOfficer.cookie, { companyName: '北辰光电科技有限公司' })).json<Lead>();
    expect(second.duplicateOf).toBeNull();
  });

  it.each([
    [{ intendedInvestment: '-5' }, 'intendedInvestment', '格式不正确'],
    [{ intendedInvestment: '很多' }, 'intendedInvestment', '格式不正确'],
    [{ intendedInvestment: '99999999' }, 'intendedInvestment', '金额超出合理范围（单位为万元）'],
    [{ source: 'anchor' }, 'anchorEnterpriseId', '以商招商须注明引荐的本区企业'],
    [{ industryCode: '99' }, 'industryCode', undefined],
    [{ creditCode: 'ABC' }, 'creditCode', '统一社会信用代码应为18位，实际为3位'],
    [{ companyName: '' }, 'companyName', undefined],
  ])('refuses %j with 400 on %s', async (payload, field, message) => {
    const before = await t.db.$count(investmentLeads);
    const response = await register(investment.cookie, { companyName: '测试录入企业有限公司', ...payload });
    expect(response.statusCode).toBe(400);
    const detail = response.json().error.details.find((each: { field: string }) => each.field === field);
    expect(detail).toBeDefined();
    if (message) expect(detail.message).toBe(message);
    expect(await t.db.$count(investmentLeads)).toBe(before);
  });

  it('refuses an anchor enterprise of another zone', async () => {
    const foreign = await createEnterprise(t.db, await createZone(t.db));
    const response = await register(investment.cookie, {
      companyName: '跨区测试企业有限公司',
      source: 'anchor',
      anchorEnterpriseId: foreign.id,
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('working a lead', () => {
  it('moves 线索 → 洽谈 → 签约 in order; a skipped or stale step answers 409', async () => {
    const lead = (await register(investment.cookie, { companyName: '青川储能科技有限公司' })).json<Lead>();
    const skipped = await status(investment.cookie, lead.id, { to: 'signed', version: lead.version });
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json().error.message).toBe('线索当前为“线索”，不能改为“签约”');
    const negotiating = (
      await status(investment.cookie, lead.id, { to: 'negotiating', version: lead.version })
    ).json<Lead>();
    const stale = await status(investment.cookie, lead.id, { to: 'signed', version: lead.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ status: 'negotiating' });
    const signed = await status(investment.cookie, lead.id, { to: 'signed', version: negotiating.version });
    expect(signed.json<Lead>()).toMatchObject({ status: 'signed', nextStatuses: [] });
  });

  it('needs a reason to shelve', async () => {
    const lead = (await register(investment.cookie, { companyName: '白鹭生物医药有限公司' })).json<Lead>();
    const response = await status(investment.cookie, lead.id, { to: 'shelved', version: lead.version });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].message).toBe('请填写原因');
  });

  it('shows an overdue first contact until the first follow-up is logged', async () => {
    const lead = (await register(investment.cookie, { companyName: '紫荆智能装备有限公司' })).json<Lead>();
    await t.db
      .update(investmentLeads)
      .set({ registeredAt: new Date(Date.now() - 4 * 86_400_000) })
      .where(eq(investmentLeads.id, lead.id));
    const overdue = await t.request({
      method: 'GET',
      url: '/api/leads?overdue=true&pageSize=200',
      cookie: investment.cookie,
    });
    expect(overdue.json().items.map((item: Lead) => item.id)).toContain(lead.id);
    const followed = await t.request({
      method: 'POST',
      url: `/api/leads/${lead.id}/follow-ups`,
      cookie: investment.cookie,
      payload: { kind: 'visit', happenedOn: '2026-11-01', note: '赴企业总部对接投资意向' },
    });
    expect(followed.statusCode, followed.body).toBe(201);
    expect(followed.json<Lead>()).toMatchObject({
      firstContactOverdue: false,
      followUps: [{ kind: 'visit' }],
    });
    const after = await t.request({
      method: 'GET',
      url: '/api/leads?overdue=true&pageSize=200',
      cookie: investment.cookie,
    });
    expect(after.json().items.map((item: Lead) => item.id)).not.toContain(lead.id);
    const future = await t.request({
      method: 'POST',
      url: `/api/leads/${lead.id}/follow-ups`,
      cookie: investment.cookie,
      payload: { kind: 'visit', happenedOn: '2099-01-01', note: '未来的跟进' },
    });
    expect(future.statusCode).toBe(400);
  });
});

describe('who sees and edits a lead', () => {
  it('lets the department read it with the phone masked, only the owner edit, leaders read all', async () => {
    const lead = (
      await register(investment.cookie, { companyName: '金沙新能源有限公司', contactPhone: '13912345678' })
    ).json<Lead>();
    const asColleague = (await read(colleague.cookie, lead.id)).json<Lead>();
    expect(asColleague).toMatchObject({ canEdit: false, nextStatuses: [], contactPhone: '139****5678' });
    expect((await status(colleague.cookie, lead.id, { to: 'negotiating', version: 0 })).statusCode).toBe(403);
    expect((await read(parkOfficer.cookie, lead.id)).statusCode).toBe(404);
    expect((await read(leader, lead.id)).statusCode).toBe(200);
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/leads/${lead.id}`,
      cookie: leader,
      payload: { summary: '领导不能改', version: 0 },
    });
    expect(edit.statusCode).toBe(403);
  });

  it('keeps leads within the zone and away from enterprise users and the administrator', async () => {
    const lead = (await register(investment.cookie, { companyName: '玉林数字科技有限公司' })).json<Lead>();
    const elsewhere = await createZone(t.db);
    const stranger = await t.loginAs(elsewhere, 'leader');
    expect((await read(stranger.cookie, lead.id)).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: '/api/leads', cookie: stranger.cookie })).json().total,
    ).toBe(0);
    const enterpriseUser = await t.loginAs(zone, 'enterprise', { enterpriseId: anchor.id });
    expect(
      (await t.request({ method: 'GET', url: '/api/leads', cookie: enterpriseUser.cookie })).statusCode,
    ).toBe(403);
    const admin = await t.loginAs(zone, 'admin');
    expect((await register(admin.cookie, { companyName: '管理员登记' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/leads' })).statusCode).toBe(401);
  });

  it('edits with the version; a changed name is checked for 首报首谈 again', async () => {
    const holder = (await register(parkOfficer.cookie, { companyName: '清河环保科技有限公司' })).json<Lead>();
    const lead = (await register(investment.cookie, { companyName: '暂定名称企业' })).json<Lead>();
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/leads/${lead.id}`,
      cookie: investment.cookie,
      payload: { companyName: '清河环保科技有限公司', version: lead.version },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<Lead>().duplicateOf?.leadId).toBe(holder.id);
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/leads/${lead.id}`,
      cookie: investment.cookie,
      payload: { summary: '旧版本', version: lead.version },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('settings', () => {
  it('saves the thresholds with a version; a stale save answers 409', async () => {
    const current = (
      await t.request({ method: 'GET', url: '/api/projects/settings', cookie: leader })
    ).json();
    expect(current).toEqual({ firstContactDays: 3, dueSoonDays: 7, lateYellowDays: 15, version: 0 });
    const payload = { firstContactDays: 5, dueSoonDays: 7, lateYellowDays: 15, version: 0 };
    const saved = await t.request({
      method: 'PUT',
      url: '/api/projects/settings',
      cookie: investment.cookie,
      payload,
    });
    expect(saved.json()).toMatchObject({ firstContactDays: 5, version: 1 });
    const stale = await t.request({
      method: 'PUT',
      url: '/api/projects/settings',
      cookie: investment.cookie,
      payload,
    });
    expect(stale.statusCode).toBe(409);
    const byLeader = await t.request({
      method: 'PUT',
      url: '/api/projects/settings',
      cookie: leader,
      payload,
    });
    expect(byLeader.statusCode).toBe(403);
  });
});
