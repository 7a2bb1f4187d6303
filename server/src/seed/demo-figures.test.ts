import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultIndicators } from '@gaoxin/domain';
import { enterprises, parks } from '../db/schema/index.js';
import { computeOverview } from '../features/indicators/figures.service.js';
import { findUnfiledRuns } from '../features/indicators/warnings.repository.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { createZone } from '../../test/factories.js';
import { demoFiguresLastPeriod, generateDemoFigures, type FigureEnterprise } from './demo-figures.js';
import { loadDemoFigures } from './demo-figures-load.js';
import { generateEnterprises, seededRandom } from './demo-zone.js';

const parkRows = [1, 2, 3].map((n) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, name: `园区${n}` }));

/** Reporters of an invented zone, as the demo zone's generator makes them. */
function reporters(count: number, seed = 3): FigureEnterprise[] {
  const rows = generateEnterprises(seededRandom(seed), { zoneId: 'z', parks: parkRows, count });
  return rows.flatMap((row, index) =>
    row.isAboveScale || row.isKey
      ? [{ ...row, id: `e${index}`, highTech: Number(row.industryCode) === 39 && index % 2 === 0 }]
      : [],
  );
}

const kindOf = new Map(defaultIndicators.map((row) => [row.code, row]));

describe('the demo figures', () => {
  const firms = reporters(1000);
  const periods = generateDemoFigures(firms, seededRandom(20260102));

  it('are the same for the same seed and differ for another', () => {
    expect(generateDemoFigures(firms, seededRandom(20260102))).toEqual(periods);
    const other = generateDemoFigures(firms, seededRandom(1));
    expect(other[10]?.returns[0]?.values.revenue).not.toEqual(periods[10]?.returns[0]?.values.revenue);
  });

  it('run from 1–2月 2022 to 2026-10 with no January return', () => {
    const labels = periods.map(({ period }) => `${period.year}-${period.month}`);
    expect(labels[0]).toBe('2022-2');
    expect(periods.at(-1)?.period).toEqual(demoFiguresLastPeriod);
    expect(periods.some(({ period }) => period.month === 1)).toBe(false);
    expect(periods).toHaveLength(4 * 11 + 9);
  });

  it('never let a cumulative figure fall within a year, and only profit goes negative', () => {
    const last = new Map<string, bigint>();
    const wrong: string[] = [];
    let losses = 0;
    for (const { period, returns } of periods) {
      for (const item of returns) {
        for (const [code, value] of Object.entries(item.values)) {
          const definition = kindOf.get(code)!;
          const where = `${item.enterpriseId} ${code} ${period.year}-${period.month}`;
          if (code === 'profit') {
            if (value.current < 0n) losses += 1;
            continue;
          }
          if (value.current < 0n || (value.previous ?? 0n) < 0n) wrong.push(`negative: ${where}`);
          if (definition.reporting !== 'cumulative' || definition.aggregation !== 'sum') continue;
          const key = `${item.enterpriseId}|${code}|${period.year}`;
          if (value.current < (last.get(key) ?? 0n)) wrong.push(`falls: ${where}`);
          last.set(key, value.current);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(losses).toBeGreaterThan(0);
  });

  it('carry the firm’s own figure of a year earlier as 上年同期, with a few left blank', () => {
    const byKey = new Map<string, bigint>();
    const key = (id: string, code: string, year: number, month: number) => `${id}|${code}|${year}|${month}`;
    for (const { period, returns } of periods) {
      for (const item of returns) {
        for (const [code, value] of Object.entries(item.values)) {
          byKey.set(key(item.enterpriseId, code, period.year, period.month), value.current);
        }
      }
    }
    let same = 0;
    let blank = 0;
    let compared = 0;
    for (const { period, returns } of periods) {
      for (const item of returns) {
        for (const [code, value] of Object.entries(item.values)) {
          const own = byKey.get(key(item.enterpriseId, code, period.year - 1, period.month));
          if (own === undefined) continue;
          compared += 1;
          if (value.previous === null) blank += 1;
          else if (value.previous === own) same += 1;
        }
      }
    }
    expect(blank).toBeGreaterThan(0);
    expect(same + blank).toBe(compared);
    expect(blank / compared).toBeLessThan(0.01);
  });

  it('leave about 8 % of October’s returns missing', () => {
    const last = periods.at(-1)!;
    const before = periods.at(-2)!;
    const missing = 1 - last.returns.length / before.returns.length;
    expect(missing).toBeGreaterThan(0.05);
    expect(missing).toBeLessThan(0.12);
  });
});

describe('the demo figures through the returns writer', () => {
  let test: TestDatabase;
  let zoneId: string;
  let loaded: { periods: number; values: number };

  beforeAll(async () => {
    test = await createTestDatabase();
    const db = test.database.db;
    const zone = await createZone(db);
    zoneId = zone.id;
    const more = await db
      .insert(parks)
      .values([2, 3].map((n) => ({ zoneId, code: `P0${n}`, name: `${n}号园` })))
      .returning();
    const rows = generateEnterprises(seededRandom(5), { zoneId, parks: [zone.park, ...more], count: 200 });
    const ids = await db.insert(enterprises).values(rows).returning({ id: enterprises.id });
    const firms = rows.flatMap((row, index) =>
      row.isAboveScale || row.isKey ? [{ ...row, id: ids[index]?.id ?? '' }] : [],
    );
    loaded = await db.transaction((tx) =>
      loadDemoFigures(tx, { zoneId, enterprises: firms, random: seededRandom(9), userId: null }),
    );
  }, 120_000);
  afterAll(() => test.close());

  it('writes every period without a problem and gives a sensible zone picture', async () => {
    expect(loaded.periods).toBe(53);
    expect(loaded.values).toBeGreaterThan(10_000);
    const overview = await computeOverview(test.database.db, zoneId, {});
    expect(overview.period).toBe('2026-10');
    for (const code of ['output', 'revenue', 'tax']) {
      const item = overview.items.find((figure) => figure.indicator.code === code)!;
      expect(item.cumulativeGrowth, code).not.toBeNull();
      expect(item.cumulativeGrowth!, code).toBeGreaterThan(-50);
      expect(item.cumulativeGrowth!, code).toBeLessThan(100);
      expect(item.target?.completionPercent ?? 0, code).toBeGreaterThan(75);
      expect(item.target?.completionPercent ?? 100, code).toBeLessThan(95);
    }
  });

  it('fires each warning rule in the latest periods and leaves two reporters unfiled for two months', async () => {
    const { rows } = await test.database.sql.query<{ rule_code: string }>(
      `select distinct rule_code from indicator_warnings where zone_id = $1 and year = 2026 and month >= 9`,
      [zoneId],
    );
    expect(rows.map((row) => row.rule_code).sort()).toEqual([
      'electricity-month-drop',
      'output-down-electricity-up',
      'output-growth-drop',
    ]);
    const unfiled = await findUnfiledRuns(test.database.db, zoneId, 2026 * 12 + 10, 2);
    expect(unfiled).toHaveLength(2);
  });
});
