import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate, type AppealStatistics } from '@gaoxin/domain';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { appealRequests, appealZone, type AppealZone } from '../../../test/appeals.js';

/** The statistics page's numbers, computed from a handful of appeals whose outcome the test knows. */
let t: TestApp;
let z: AppealZone;
let api: ReturnType<typeof appealRequests>;

const statistics = async (cookie: string, query = '') =>
  t.request({ method: 'GET', url: `/api/appeals/statistics${query}`, cookie });

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  api = appealRequests(t, z);
  // Three power problems: one closed with 5, one reopened with 2, one still waiting for dispatch.
  await api.walk(['dispatch', 'accept', 'start', 'resolve', 'rate']);
  const reopened = await api.walk(['dispatch', 'accept', 'start', 'resolve']);
  await api.step(z.people.ownUser.cookie, reopened.id, { to: 'rate', rating: 2, version: reopened.version });
  await api.file(z.people.ownUser.cookie, { title: '用电增容申请迟迟未批', severity: 'major' });
  // And one about hiring, in another category.
  await api.file(z.people.otherUser.cookie, {
    categoryId: z.category('labour'),
    title: '缺少熟练焊工',
    description: '订单增长，需要招聘焊工三十名，本地招聘困难。',
  });
});
afterAll(() => t.close());

describe('appeal statistics', () => {
  it('counts, rates and times the zone’s appeals of the months asked for', async () => {
    const response = await statistics(z.people.leader.cookie);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<AppealStatistics>();
    const month = chinaDate(new Date()).slice(0, 7);
    expect(body.to).toBe(month);
    expect(body.totals).toMatchObject({
      count: 4,
      open: 3,
      // The appeal reopened by its rating of 2 is not resolved any more.
      resolved: 1,
      onTimeRate: 1,
      rated: 2,
      averageRating: 3.5,
      satisfiedRate: 0.5,
      reopened: 1,
    });
    expect(body.totals.medianHours).not.toBeNull();
    expect(body.byMonth).toEqual([{ month, count: 4, resolved: 1 }]);
    expect(body.byCategory.map((row) => [row.category.name, row.count])).toEqual([
      ['要素保障(水电气)', 3],
      ['用工', 1],
    ]);
    expect(body.byDepartment).toEqual([
      expect.objectContaining({
        department: { id: z.departments.lead.id, name: '经济发展局' },
        count: 2,
        open: 1,
      }),
    ]);
    expect(body.ratings).toEqual([
      { rating: 2, count: 1 },
      { rating: 5, count: 1 },
    ]);
  });

  it('names the problems that recur, by category, from the words of the appeals', async () => {
    const body = (await statistics(z.people.lead.cookie)).json<AppealStatistics>();
    const power = body.hotspots.find((hotspot) => hotspot.category.name === '要素保障(水电气)');
    expect(power?.keywords.map((keyword) => keyword.keyword)).toContain('增容');
    expect(power?.keywords.find((keyword) => keyword.keyword === '增容')?.count).toBe(3);
    // A word found once is not a recurring problem.
    expect(body.hotspots.find((hotspot) => hotspot.category.name === '用工')).toBeUndefined();
    expect(body.topKeywords[0]?.count).toBe(3);
  });

  it('counts nothing outside the months asked for', async () => {
    const body = (
      await statistics(z.people.leader.cookie, '?from=2020-01&to=2020-12')
    ).json<AppealStatistics>();
    expect(body.totals).toMatchObject({ count: 0, onTimeRate: null, medianHours: null, averageRating: null });
    expect(body.hotspots).toEqual([]);
  });

  it('refuses a reversed or malformed range, and readers other than leaders and officers', async () => {
    expect((await statistics(z.people.leader.cookie, '?from=2026-05&to=2026-01')).statusCode).toBe(400);
    expect((await statistics(z.people.leader.cookie, '?from=2026-13')).statusCode).toBe(400);
    expect((await statistics(z.people.ownUser.cookie)).statusCode).toBe(403);
  });
});

describe('the inbox', () => {
  it('lists my messages newest first, marks one or all read, and never another user’s', async () => {
    const cookie = z.people.dispatcher.cookie;
    const inbox = (await t.request({ method: 'GET', url: '/api/inbox', cookie })).json<{
      items: { id: string; kind: string; text: string }[];
      unread: number;
    }>();
    expect(inbox.items.length).toBeGreaterThan(0);
    expect(inbox.items.every((item) => item.kind === 'toDispatch')).toBe(true);
    expect(inbox.items[0]!.text).toMatch(/^新诉求 SQ\d+「.+」待派单$/);
    const english = await t.request({
      method: 'GET',
      url: '/api/inbox',
      cookie,
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().items[0].text).toMatch(/^New appeal SQ\d+ ".+" awaits dispatch$/);

    const first = inbox.items[0]!.id;
    const stranger = await t.request({
      method: 'POST',
      url: `/api/inbox/${first}/read`,
      cookie: z.people.lead.cookie,
    });
    expect(stranger.statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/inbox/${first}/read`, cookie })).statusCode).toBe(
      204,
    );
    const after = (await t.request({ method: 'GET', url: '/api/inbox', cookie })).json<{ unread: number }>();
    expect(after.unread).toBe(inbox.unread - 1);
    expect((await t.request({ method: 'POST', url: '/api/inbox/read-all', cookie })).statusCode).toBe(204);
    const unread = await t.request({ method: 'GET', url: '/api/inbox?unread=true', cookie });
    expect(unread.json()).toMatchObject({ items: [], unread: 0 });
  });

  it('is closed to the system administrator', async () => {
    const admin = await t.loginAs(z.zone, 'admin');
    expect((await t.request({ method: 'GET', url: '/api/inbox', cookie: admin.cookie })).statusCode).toBe(
      403,
    );
  });
});
