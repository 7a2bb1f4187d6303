import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  displayFigure,
  type BreakdownResponse,
  type BulletinResponse,
  type OverviewResponse,
} from '@gaoxin/domain';
import { enterprises, parks } from '../../db/schema/index.js';
import { loadDemoFigures } from '../../seed/demo-figures-load.js';
import { generateEnterprises, seededRandom } from '../../seed/demo-zone.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createZone } from '../../../test/factories.js';

/**
 * Every number in the bulletin is the number the dashboard shows for the same period and slice,
 * checked on a generated zone (five years of returns written through the import path).
 */
let t: TestApp;
let leader: string;
const period = '2026-10';

const get = async <T>(url: string) => {
  const response = await t.request({ method: 'GET', url, cookie: leader });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
};
const growthText = (value: number | null) => (value === null ? '—' : value.toFixed(2));

beforeAll(async () => {
  t = await createTestApp();
  const zone = await createZone(t.db);
  const more = await t.db
    .insert(parks)
    .values([2, 3].map((n) => ({ zoneId: zone.id, code: `P0${n}`, name: `${n}号园` })))
    .returning();
  const rows = generateEnterprises(seededRandom(11), {
    zoneId: zone.id,
    parks: [zone.park, ...more],
    count: 150,
  });
  const ids = await t.db.insert(enterprises).values(rows).returning({ id: enterprises.id });
  const reporters = rows.flatMap((row, index) =>
    row.isAboveScale || row.isKey ? [{ ...row, id: ids[index]?.id ?? '' }] : [],
  );
  await t.db.transaction((tx) =>
    loadDemoFigures(tx, { zoneId: zone.id, enterprises: reporters, random: seededRandom(3), userId: null }),
  );
  leader = (await t.loginAs(zone, 'leader')).cookie;
}, 180_000);
afterAll(() => t.close());

describe('the bulletin and the dashboard agree', () => {
  it('states each indicator in its table exactly as the dashboard does', async () => {
    const overview = await get<OverviewResponse>(`/api/indicators/overview?period=${period}`);
    const bulletin = await get<BulletinResponse>(`/api/indicators/bulletin?period=${period}`);
    expect(overview.items.length).toBeGreaterThan(5);
    for (const figure of overview.items) {
      const row = bulletin.table.rows.find((cells) => cells[0] === figure.indicator.name);
      expect(row, figure.indicator.name).toBeDefined();
      const shown = displayFigure(figure.cumulative, figure.indicator.unit, figure.indicator.decimals);
      expect(`${row![2]}${row![1]}`, figure.indicator.name).toBe(shown);
      expect(row![3]!.replace('*', ''), figure.indicator.name).toBe(
        growthText(figure.officialGrowth ?? figure.cumulativeGrowth),
      );
      if (figure.target?.completionPercent != null) {
        expect(row![5], figure.indicator.name).toBe(figure.target.completionPercent.toFixed(2));
      }
    }
    const headline = overview.items.find((figure) => figure.indicator.code === 'output')!;
    expect(bulletin.headline).toContain(displayFigure(headline.cumulative, '万元', 2));
    expect(bulletin.headline).toContain(`${growthText(headline.cumulativeGrowth)}%`);
  });

  it('states each sub-park and leading industry as the breakdowns do', async () => {
    const bulletin = await get<BulletinResponse>(`/api/indicators/bulletin?period=${period}`);
    const text = bulletin.sections.flatMap((section) => section.paragraphs).join('\n');
    for (const by of ['park', 'leading'] as const) {
      const breakdown = await get<BreakdownResponse>(
        `/api/indicators/breakdown?period=${period}&indicator=output&by=${by}`,
      );
      expect(breakdown.slices.length).toBeGreaterThan(1);
      for (const slice of breakdown.slices.filter((part) => part.key !== '')) {
        const paragraph = text
          .split('\n')
          .find((line) => line.includes(slice.label) && line.includes('工业总产值'));
        const line = paragraph ?? text.split('\n').find((candidate) => candidate.includes(slice.label));
        expect(line, slice.label).toBeDefined();
        expect(line, slice.label).toContain(displayFigure(slice.cumulative, '万元', 2));
        if (slice.pullPoints !== null)
          expect(line, slice.label).toContain(Math.abs(slice.pullPoints).toFixed(2));
        if (slice.contributionPercent !== null) {
          expect(line, slice.label).toContain(slice.contributionPercent.toFixed(2));
        }
      }
    }
  });
});
