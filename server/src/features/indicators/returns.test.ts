import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, indicatorValueRevisions } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone } from '../../../test/factories.js';

/** Filing one enterprise's return: who may, what is checked, and that nothing is overwritten silently. */
let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: { user: { id: string }; cookie: string };
let leader: string;
let own: { id: string };
let neighbour: { id: string };
let enterpriseUser: string;

type Return = {
  version: number | null;
  status: string;
  source: string | null;
  values: { indicator: { code: string }; current: string | null; previous: string | null }[];
};

const put = (cookie: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.request({ method: 'PUT', url: '/api/indicators/returns', cookie, payload, headers });
const read = async (cookie: string, enterpriseId: string, period: string) =>
  t.request({
    method: 'GET',
    url: `/api/indicators/returns?enterpriseId=${enterpriseId}&period=${period}`,
    cookie,
  });
const valueOf = (body: Return, code: string) => body.values.find((value) => value.indicator.code === code);
const filing = (enterpriseId: string, period: string, output: string, version: number | null = null) => ({
  enterpriseId,
  period,
  version,
  values: [{ indicatorCode: 'output', current: output, previous: null }],
});

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = await t.loginAs(zone, 'officer');
  leader = (await t.loginAs(zone, 'leader')).cookie;
  own = await createEnterprise(t.db, zone, { isAboveScale: true, establishedOn: '2010-05-01' });
  neighbour = await createEnterprise(t.db, zone, {
    isAboveScale: true,
    establishedOn: '2012-01-01',
    liaisonUserId: officer.user.id,
  });
  enterpriseUser = (await t.loginAs(zone, 'enterprise', { enterpriseId: own.id })).cookie;
});
afterAll(() => t.close());

describe('an enterprise files its own figures', () => {
  it('files and reads back its own return, marked as its own filing', async () => {
    const saved = await put(enterpriseUser, filing(own.id, '2026-05', '1200.5'));
    expect(saved.statusCode, saved.body).toBe(200);
    const body = saved.json<Return>();
    expect(body).toMatchObject({ status: 'filed', source: 'filing', version: 0, filedBy: '测试enterprise' });
    expect(valueOf(body, 'output')?.current).toBe('1200.5000');
  });

  it("sees another enterprise's return as missing, and cannot file for it", async () => {
    const other = await read(enterpriseUser, neighbour.id, '2026-05');
    expect(other.statusCode).toBe(404);
    const write = await put(enterpriseUser, filing(neighbour.id, '2026-05', '10'));
    expect(write.statusCode).toBe(404);
    expect((await read(officer.cookie, neighbour.id, '2026-05')).json<Return>().status).not.toBe('filed');
  });

  it('cannot open the zone dashboard', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/indicators/overview',
      cookie: enterpriseUser,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('checks on a return', () => {
  it('refuses a leader (read only) and an anonymous caller', async () => {
    expect((await put(leader, filing(neighbour.id, '2026-05', '10'))).statusCode).toBe(403);
    const anonymous = await t.request({
      method: 'PUT',
      url: '/api/indicators/returns',
      payload: filing(neighbour.id, '2026-05', '1'),
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it.each([
    ['a float-like amount with too many decimals', { current: '1.23456' }, 'values.0.current'],
    ['text', { current: '一百' }, 'values.0.current'],
    ['an unknown indicator', { indicatorCode: 'nonsense' }, 'values.0.indicatorCode'],
  ])('answers 400 for %s, naming the field', async (_, change, field) => {
    const payload = filing(neighbour.id, '2026-04', '10');
    payload.values = [{ ...payload.values[0]!, ...change }];
    const response = await put(officer.cookie, payload);
    expect(response.statusCode).toBe(400);
    expect(
      response.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field),
    ).toContain(field);
  });

  it('refuses a future month', async () => {
    const response = await put(officer.cookie, filing(neighbour.id, '2099-01', '10'));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { details: { message: string }[] } }>().error.details[0]?.message).toBe(
      '不能填报未来月份',
    );
  });

  it('refuses a cumulative value below last month, in Chinese and English, and writes nothing', async () => {
    expect((await put(officer.cookie, filing(neighbour.id, '2026-02', '500'))).statusCode).toBe(200);
    const response = await put(officer.cookie, filing(neighbour.id, '2026-03', '400'));
    expect(response.statusCode).toBe(400);
    expect(
      response.json<{ error: { details: { message: string }[] } }>().error.details[0]?.message,
    ).toContain('累计值低于上月累计（500.00）');
    const english = await put(officer.cookie, filing(neighbour.id, '2026-03', '400'), {
      'accept-language': 'en',
    });
    expect(english.json<{ error: { details: { message: string }[] } }>().error.details[0]?.message).toContain(
      'below last month',
    );
    expect(
      valueOf((await read(officer.cookie, neighbour.id, '2026-03')).json<Return>(), 'output')?.current,
    ).toBeNull();
  });

  it('refuses a negative value except where the indicator allows one (profit)', async () => {
    const negative = await put(officer.cookie, filing(neighbour.id, '2026-06', '-5'));
    expect(negative.statusCode).toBe(400);
    const loss = await put(officer.cookie, {
      ...filing(neighbour.id, '2026-06', '600'),
      values: [
        { indicatorCode: 'output', current: '600', previous: null },
        { indicatorCode: 'profit', current: '-35.5', previous: '-10' },
      ],
    });
    expect(loss.statusCode, loss.body).toBe(200);
  });
});

describe('two people at once', () => {
  it('answers 409 with the fresh return when the version read is stale, and keeps the first write', async () => {
    const first = await put(officer.cookie, filing(neighbour.id, '2026-07', '700'));
    expect(first.statusCode).toBe(200);
    const stale = await put(officer.cookie, filing(neighbour.id, '2026-07', '999', null));
    expect(stale.statusCode).toBe(409);
    const current = stale.json<{ error: { current: Return } }>().error.current;
    expect(valueOf(current, 'output')?.current).toBe('700.0000');
    const fresh = await put(officer.cookie, filing(neighbour.id, '2026-07', '720', current.version));
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json<Return>().version).toBe(1);
  });

  it('keeps the replaced value in the revision history and the change in the audit log', async () => {
    const revisions = await t.db
      .select()
      .from(indicatorValueRevisions)
      .where(
        and(eq(indicatorValueRevisions.enterpriseId, neighbour.id), eq(indicatorValueRevisions.month, 7)),
      );
    expect(revisions.map((row) => row.reportedCurrent)).toEqual(['700.0000']);
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'indicators.return.save'), eq(auditLog.entityId, neighbour.id)));
    expect(entries.some((entry) => JSON.stringify(entry.before).includes('700.0000'))).toBe(true);
  });

  it('changes nothing when the same figures are sent again', async () => {
    const before = (await read(officer.cookie, neighbour.id, '2026-07')).json<Return>();
    const again = await put(officer.cookie, filing(neighbour.id, '2026-07', '720', before.version));
    expect(again.json<Return>().version).toBe(before.version);
  });
});

describe('other zones', () => {
  it("cannot read or write this zone's returns", async () => {
    const other = await createZone(t.db);
    const stranger = (await t.loginAs(other, 'officer')).cookie;
    expect((await read(stranger, neighbour.id, '2026-07')).statusCode).toBe(404);
    expect((await put(stranger, filing(neighbour.id, '2026-08', '1'))).statusCode).toBe(404);
    const figures = await t.request({
      method: 'GET',
      url: `/api/indicators/enterprise/${neighbour.id}`,
      cookie: stranger,
    });
    expect(figures.statusCode).toBe(404);
  });
});

describe('the filing board', () => {
  it('shows who filed, who is overdue, and the liaison its own 催报 list', async () => {
    const board = await t.request({
      method: 'GET',
      url: '/api/indicators/filings?period=2026-05',
      cookie: leader,
    });
    expect(board.statusCode).toBe(200);
    const body = board.json<{
      deadline: string;
      counts: { filed: number; overdue: number };
      items: { enterprise: { id: string }; status: string; unfiledRun: number }[];
    }>();
    expect(body.deadline).toBe('2026-06-10');
    const statuses = Object.fromEntries(body.items.map((item) => [item.enterprise.id, item.status]));
    expect(statuses[own.id]).toBe('filed');
    expect(statuses[neighbour.id]).toBe('overdue');
    expect(body.counts).toMatchObject({ filed: 1, overdue: 1 });
    const mine = await t.request({
      method: 'GET',
      url: '/api/indicators/filings?period=2026-05&mine=true&status=overdue',
      cookie: officer.cookie,
    });
    expect(
      mine.json<{ items: { enterprise: { id: string } }[] }>().items.map((item) => item.enterprise.id),
    ).toEqual([neighbour.id]);
  });

  it('lists an expected reporter with two periods unfiled up to a chosen period', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/indicators/warnings?period=2026-05&ruleCode=unfiled-two-periods',
      cookie: leader,
    });
    const items = response.json<{
      items: { enterprise: { id: string }; period: string; message: string }[];
    }>().items;
    // `neighbour` has filed February only by the end of May: March, April and May are missing.
    expect(items.find((item) => item.enterprise.id === neighbour.id)).toMatchObject({
      period: '2026-05',
      message: expect.stringContaining('已连续3个月未报送'),
    });
    expect(items.some((item) => item.enterprise.id === own.id)).toBe(false);
  });

  it('does not expect a return from an enterprise founded after the period', async () => {
    const young = await createEnterprise(t.db, zone, { isAboveScale: true, establishedOn: '2026-06-15' });
    const ids = async (period: string) =>
      (
        await t.request({
          method: 'GET',
          url: `/api/indicators/filings?period=${period}&pageSize=200`,
          cookie: leader,
        })
      )
        .json<{ items: { enterprise: { id: string } }[] }>()
        .items.map((item) => item.enterprise.id);
    expect(await ids('2026-05')).not.toContain(young.id);
    expect(await ids('2026-06')).toContain(young.id);
  });
});

describe('the filing deadline', () => {
  it('is the 10th of the next month until an officer moves it; leaders cannot, and the 29th is refused', async () => {
    const deadline = async () =>
      (
        await t.request({ method: 'GET', url: '/api/indicators/filings?period=2026-05', cookie: leader })
      ).json<{
        deadline: string;
      }>().deadline;
    expect(await deadline()).toBe('2026-06-10');
    const put = (cookie: string, day: number) =>
      t.request({
        method: 'PUT',
        url: '/api/indicators/settings',
        cookie,
        payload: { filingDeadlineDay: day },
      });
    expect((await put(leader, 15)).statusCode).toBe(403);
    expect((await put(officer.cookie, 29)).statusCode).toBe(400);
    const saved = await put(officer.cookie, 15);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await deadline()).toBe('2026-06-15');
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'indicators.settings.update'));
    expect(entries.at(-1)?.after).toEqual({ filingDeadlineDay: 15 });
  });
});
