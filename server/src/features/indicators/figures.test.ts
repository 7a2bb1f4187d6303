import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayFigure } from '@gaoxin/domain';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone } from '../../../test/factories.js';
import { fileReturn, type ReturnFigures } from '../../../test/returns.js';

/**
 * STATISTICS.md case A through the API: returns filed for 2025 and 2026, the zone's picture read
 * back from the summary tables. A leaves nothing to chance: its base is on the return; B is new
 * (base 0); C reports its base; D reported in 2025 and left the zone.
 */
let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;
let leader: string;
const ids: Record<string, string> = {};

async function file(enterpriseId: string, period: string, figures: ReturnFigures) {
  const response = await fileReturn(t, officer, enterpriseId, period, figures);
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

const get = async <T>(url: string, cookie = leader) => {
  const response = await t.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
};

type Figure = {
  indicator: { code: string };
  cumulative: string;
  month: string | null;
  monthCovers: string;
  cumulativeGrowth: number | null;
  officialGrowth: number | null;
  missingBase: number;
  enterprises: number;
  target: { completionPercent: number | null; phrase: string } | null;
};
const output = async (query: string) =>
  (await get<{ items: Figure[] }>(`/api/indicators/overview?${query}`)).items.find(
    (item) => item.indicator.code === 'output',
  )!;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
  leader = (await t.loginAs(zone, 'leader')).cookie;
  const make = async (key: string, establishedOn: string, leadingIndustry: string) => {
    ids[key] = (
      await createEnterprise(t.db, zone, { establishedOn, leadingIndustry, isAboveScale: true })
    ).id;
  };
  await make('A', '2010-01-01', '电子信息');
  await make('B', '2025-09-01', '电子信息');
  await make('C', '2015-01-01', '高端装备');
  await make('D', '2010-01-01', '高端装备');
  await file(ids.A!, '2025-06', { output: ['40000', null] });
  await file(ids.D!, '2025-06', { output: ['9000', null] });
  await file(ids.A!, '2026-02', { output: ['12000', '10000'] });
  await file(ids.A!, '2026-03', { output: ['19500', '16000'] });
  await file(ids.A!, '2026-04', { output: ['27000', '22000'] });
  await file(ids.A!, '2026-06', { output: ['52000', '40000'] });
  await file(ids.B!, '2026-06', { output: ['8000', null] });
  await file(ids.C!, '2026-06', { output: ['15000', '12500'] });
});
afterAll(() => t.close());

describe('the zone picture on the comparable base (case A)', () => {
  it('totals this period and compares it with the same enterprises a year earlier', async () => {
    const figure = await output('period=2026-06');
    expect(figure.cumulative).toBe('75000.0000');
    expect(displayFigure(figure.cumulative, '万元', 2)).toBe('7.50亿元');
    expect(figure.enterprises).toBe(3);
    expect(figure.cumulativeGrowth).toBe(42.86);
    expect(figure.missingBase).toBe(0);
  });

  it('reports an unknown base and leaves it out, never taking it as 0', async () => {
    const other = await createZone(t.db);
    const otherOfficer = (await t.loginAs(other, 'officer')).cookie;
    const old = await createEnterprise(t.db, other, { establishedOn: '2001-01-01' });
    const known = await createEnterprise(t.db, other, { establishedOn: '2001-01-01' });
    for (const [id, previous] of [
      [old.id, null],
      [known.id, '100'],
    ] as const) {
      const response = await t.request({
        method: 'PUT',
        url: '/api/indicators/returns',
        cookie: otherOfficer,
        payload: {
          enterpriseId: id,
          period: '2026-06',
          version: null,
          values: [{ indicatorCode: 'output', current: '150', previous }],
        },
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    const response = await t.request({
      method: 'GET',
      url: '/api/indicators/overview?period=2026-06',
      cookie: otherOfficer,
    });
    const figure = response
      .json<{ items: Figure[] }>()
      .items.find((item) => item.indicator.code === 'output')!;
    expect(figure.cumulative).toBe('300.0000');
    expect(figure.missingBase).toBe(1);
    expect(figure.cumulativeGrowth).toBe(50);
    // Ordered by change, the enterprise with an unknown base comes last rather than vanishing.
    const byChange = await t.request({
      method: 'GET',
      url: '/api/indicators/enterprises?period=2026-06&indicator=output&sort=delta',
      cookie: otherOfficer,
    });
    const list = byChange.json<{ items: { enterprise: { id: string } }[]; total: number }>();
    expect(list.total).toBe(2);
    expect(list.items.map((item) => item.enterprise.id)).toEqual([known.id, old.id]);
  });

  it('splits the growth into 拉动 and 贡献率 by leading industry (case D)', async () => {
    const breakdown = await get<{
      slices: {
        key: string;
        cumulative: string;
        pullPoints: number;
        contributionPercent: number;
        sharePercent: number;
      }[];
    }>('/api/indicators/breakdown?period=2026-06&indicator=output&by=leading');
    const electronics = breakdown.slices.find((slice) => slice.key === '电子信息')!;
    const equipment = breakdown.slices.find((slice) => slice.key === '高端装备')!;
    expect(electronics).toMatchObject({
      cumulative: '60000.0000',
      pullPoints: 38.1,
      contributionPercent: 88.89,
      sharePercent: 80,
    });
    expect(equipment).toMatchObject({
      cumulative: '15000.0000',
      pullPoints: 4.76,
      contributionPercent: 11.11,
    });
  });

  it('filters any slice, and the enterprises behind it are listed for drill-down', async () => {
    expect((await output('period=2026-06&leadingIndustry=高端装备')).cumulative).toBe('15000.0000');
    const list = await get<{ items: { enterprise: { id: string } }[]; total: number }>(
      '/api/indicators/enterprises?period=2026-06&indicator=output&leadingIndustry=电子信息',
    );
    expect(list.total).toBe(2);
    expect(list.items.map((item) => item.enterprise.id)).toEqual([ids.A, ids.B]);
  });

  it('derives 当月 from cumulative returns, with 1–2月 as the first period (case B)', async () => {
    expect((await output('period=2026-02')).monthCovers).toBe('januaryAndFebruary');
    const trend = await get<{
      points: { period: string; month: string | null; cumulative: string; monthCovers: string }[];
    }>('/api/indicators/trend?indicator=output&to=2026-04&months=3');
    expect(trend.points.map((point) => point.monthCovers)).toEqual(['januaryAndFebruary', 'month', 'month']);
    expect(trend.points.map((point) => [point.period, point.month])).toEqual([
      ['2026-02', '12000.0000'],
      ['2026-03', '7500.0000'],
      ['2026-04', '7500.0000'],
    ]);
  });

  it('measures progress against the annual target and 时序进度 (case C)', async () => {
    const response = await t.request({
      method: 'PUT',
      url: '/api/indicators/targets',
      cookie: officer,
      payload: {
        year: 2026,
        items: [{ indicatorCode: 'output', parkId: null, value: '150000', growthPercent: null }],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const figure = await output('period=2026-06');
    expect(figure.target).toMatchObject({ completionPercent: 50, phrase: '与序时进度持平' });
  });

  it('shows an official rate instead of the computed one, keeping both (case G)', async () => {
    const response = await t.request({
      method: 'PUT',
      url: '/api/indicators/official-rates',
      cookie: officer,
      payload: {
        period: '2026-06',
        indicatorCode: 'output',
        sliceKind: 'zone',
        sliceKey: '',
        growthPercent: 40.5,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const figure = await output('period=2026-06');
    expect(figure.officialGrowth).toBe(40.5);
    expect(figure.cumulativeGrowth).toBe(42.86);
  });

  it('writes the bulletin from the same figures the dashboard shows', async () => {
    const figure = await output('period=2026-06');
    const bulletin = await get<{ headline: string; table: { rows: string[][] } }>(
      '/api/indicators/bulletin?period=2026-06',
    );
    expect(bulletin.headline).toContain(displayFigure(figure.cumulative, '万元', 2));
    expect(bulletin.headline).toContain(`${(figure.officialGrowth ?? figure.cumulativeGrowth)!.toFixed(2)}%`);
    const docx = await t.request({
      method: 'GET',
      url: '/api/indicators/bulletin.docx?period=2026-06',
      cookie: leader,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const none = await t.request({
      method: 'GET',
      url: '/api/indicators/bulletin?period=2019-06',
      cookie: leader,
    });
    expect(none.statusCode).toBe(404);
  });

  it('ranks enterprises and names the biggest risers', async () => {
    const rankings = await get<{
      top: { enterprise: { id: string } }[];
      risers: { enterprise: { id: string }; delta: string }[];
    }>('/api/indicators/rankings?period=2026-06&indicator=output');
    expect(rankings.top[0]!.enterprise.id).toBe(ids.A);
    expect(rankings.risers[0]).toMatchObject({ enterprise: { id: ids.A }, delta: '12000.0000' });
  });
});

describe('early warnings', () => {
  it('fires on a growth drop beyond the threshold, and follows a changed threshold', async () => {
    const falling = await createEnterprise(t.db, zone, { establishedOn: '2001-01-01' });
    await file(falling.id, '2026-06', { output: ['700', '1000'] });
    const list = await get<{
      items: { enterprise: { id: string }; rule: { code: string }; figures: Record<string, number> }[];
    }>('/api/indicators/warnings?period=2026-06');
    const fired = list.items.find((item) => item.enterprise.id === falling.id);
    expect(fired).toMatchObject({ rule: { code: 'output-growth-drop' }, figures: { growthPercent: -30 } });
    const change = await t.request({
      method: 'PATCH',
      url: '/api/indicators/warning-rules/output-growth-drop',
      cookie: officer,
      payload: { threshold: 40 },
    });
    expect(change.statusCode, change.body).toBe(200);
    const after = await get<{ items: { enterprise: { id: string } }[] }>(
      '/api/indicators/warnings?period=2026-06',
    );
    expect(after.items.some((item) => item.enterprise.id === falling.id)).toBe(false);
  });
});

describe("an enterprise's own figures", () => {
  it('suggests 规上 and scale from the last full year for an industrial enterprise', async () => {
    const factory = await createEnterprise(t.db, zone, { industryCode: '39', establishedOn: '2005-01-01' });
    await file(factory.id, '2025-12', { revenue: ['2500', '1800'], employees: ['350', '320'] });
    const figures = await get<{
      classification: {
        year: number;
        suggestedAboveScale: boolean;
        suggestedScale: string;
        isAboveScale: boolean;
      };
      series: {
        indicator: { code: string };
        points: { period: string; cumulativeGrowth: number | null }[];
      }[];
    }>(`/api/indicators/enterprise/${factory.id}`);
    expect(figures.classification).toMatchObject({
      year: 2025,
      suggestedAboveScale: true,
      suggestedScale: 'medium',
      isAboveScale: false,
    });
    const revenue = figures.series.find((series) => series.indicator.code === 'revenue');
    expect(revenue?.points).toEqual([
      expect.objectContaining({ period: '2025-12', cumulativeGrowth: 38.89 }),
    ]);
  });

  it('suggests 规上 from the service threshold of its industry, but no scale (that rule is not sourced)', async () => {
    const software = await createEnterprise(t.db, zone, { industryCode: '65', establishedOn: '2005-01-01' });
    await file(software.id, '2025-12', { revenue: ['2500', '1800'] });
    const figures = await get<{ classification: unknown }>(`/api/indicators/enterprise/${software.id}`);
    expect(figures.classification).toMatchObject({
      suggestedAboveScale: true,
      threshold: 2000,
      suggestedScale: null,
    });
    const builder = await createEnterprise(t.db, zone, { industryCode: '47', establishedOn: '2005-01-01' });
    await file(builder.id, '2025-12', { revenue: ['90000', '80000'] });
    const construction = await get<{ classification: unknown }>(`/api/indicators/enterprise/${builder.id}`);
    expect(construction.classification).toBeNull();
  });
});
