import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { enterprises, parks } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone } from '../../../test/factories.js';
import { fileReturn, type ReturnFigures } from '../../../test/returns.js';

/** Revised and late returns: what they change beyond their own month, and what they must refuse. */
let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;

type Figure = {
  indicator: { code: string };
  cumulative: string;
  month: string | null;
  monthCovers: string;
  cumulativeGrowth: number | null;
  missingBase: number;
};

async function file(enterpriseId: string, period: string, figures: ReturnFigures, expected = 200) {
  const response = await fileReturn(t, officer, enterpriseId, period, figures);
  expect(response.statusCode, response.body).toBe(expected);
  return response;
}

async function figure(period: string, code: string, query = ''): Promise<Figure> {
  const response = await t.request({
    method: 'GET',
    url: `/api/indicators/overview?period=${period}${query}`,
    cookie: officer,
  });
  return response.json<{ items: Figure[] }>().items.find((item) => item.indicator.code === code)!;
}

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
});
afterAll(() => t.close());

describe('across a year boundary', () => {
  it("a late return for last year becomes this year's base where 上年同期 was left blank", async () => {
    const late = await createEnterprise(t.db, zone, { establishedOn: '2010-01-01', leadingIndustry: '甲' });
    await file(late.id, '2026-03', { output: ['1000', null] });
    expect(await figure('2026-03', 'output', '&leadingIndustry=甲')).toMatchObject({ missingBase: 1 });
    await file(late.id, '2025-03', { output: ['800', null] });
    expect(await figure('2026-03', 'output', '&leadingIndustry=甲')).toMatchObject({
      missingBase: 0,
      cumulativeGrowth: 25,
    });
  });
});

describe('a revised month', () => {
  it('is refused when it would exceed a later month already reported, naming that month', async () => {
    const firm = await createEnterprise(t.db, zone, { establishedOn: '2010-01-01' });
    await file(firm.id, '2026-05', { output: ['100', null] });
    await file(firm.id, '2026-06', { output: ['200', null] });
    await file(firm.id, '2026-07', { output: ['300', null] });
    const refused = await file(firm.id, '2026-06', { output: ['400', null] }, 400);
    expect(refused.json<{ error: { details: { message: string }[] } }>().error.details[0]?.message).toContain(
      '高于已报的7月累计（300.00）',
    );
    // A revision within bounds re-derives July's 当月.
    await file(firm.id, '2026-06', { output: ['250', null] });
    const july = await t.request({
      method: 'GET',
      url: `/api/indicators/returns?enterpriseId=${firm.id}&period=2026-07`,
      cookie: officer,
    });
    const output = july
      .json<{ values: { indicator: { code: string }; monthValue: string | null }[] }>()
      .values.find((value) => value.indicator.code === 'output');
    expect(output?.monthValue).toBe('50.0000');
  });

  it('stays in the sub-park it was first reported in after the enterprise moves', async () => {
    const [east] = await t.db
      .insert(parks)
      .values({ zoneId: zone.id, code: 'P09', name: '东园' })
      .returning();
    const mover = await createEnterprise(t.db, zone, { establishedOn: '2010-01-01' });
    await file(mover.id, '2024-04', { output: ['100', null] });
    await t.db.update(enterprises).set({ parkId: east!.id }).where(eq(enterprises.id, mover.id));
    await file(mover.id, '2024-04', { output: ['120', null] });
    expect((await figure('2024-04', 'output', `&parkId=${zone.park.id}`)).cumulative).toBe('120.0000');
    expect((await figure('2024-04', 'output', `&parkId=${east!.id}`)).cumulative).toBe('0.0000');
  });
});

describe('February', () => {
  it('is 1–2月 for everyone when any enterprise has no January return', async () => {
    const other = await createZone(t.db);
    const otherOfficer = (await t.loginAs(other, 'officer')).cookie;
    const withJanuary = await createEnterprise(t.db, other, { establishedOn: '2010-01-01' });
    const without = await createEnterprise(t.db, other, { establishedOn: '2010-01-01' });
    const put = (enterpriseId: string, period: string, value: string) =>
      t.request({
        method: 'PUT',
        url: '/api/indicators/returns',
        cookie: otherOfficer,
        payload: {
          enterpriseId,
          period,
          version: null,
          values: [{ indicatorCode: 'output', current: value, previous: null }],
        },
      });
    expect((await put(withJanuary.id, '2026-01', '1000')).statusCode).toBe(200);
    expect((await put(withJanuary.id, '2026-02', '2500')).statusCode).toBe(200);
    expect((await put(without.id, '2026-02', '4000')).statusCode).toBe(200);
    const overview = await t.request({
      method: 'GET',
      url: '/api/indicators/overview?period=2026-02',
      cookie: otherOfficer,
    });
    const output = overview
      .json<{ items: Figure[] }>()
      .items.find((item) => item.indicator.code === 'output');
    expect(output).toMatchObject({ month: '6500.0000', monthCovers: 'januaryAndFebruary' });
  });
});

describe('growth against a loss', () => {
  it('has no rate (rather than a falling one) when last year was a loss', async () => {
    const other = await createZone(t.db);
    const otherOfficer = (await t.loginAs(other, 'officer')).cookie;
    const firm = await createEnterprise(t.db, other, { establishedOn: '2010-01-01' });
    const response = await t.request({
      method: 'PUT',
      url: '/api/indicators/returns',
      cookie: otherOfficer,
      payload: {
        enterpriseId: firm.id,
        period: '2026-06',
        version: null,
        values: [{ indicatorCode: 'profit', current: '500', previous: '-1000' }],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const overview = await t.request({
      method: 'GET',
      url: '/api/indicators/overview?period=2026-06',
      cookie: otherOfficer,
    });
    const profit = overview
      .json<{ items: Figure[] }>()
      .items.find((item) => item.indicator.code === 'profit');
    expect(profit).toMatchObject({ cumulative: '500.0000', cumulativeGrowth: null });
  });
});
