import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { enterprises } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone, makeCreditCode } from '../../../test/factories.js';
import { vacuumEnterprises } from './enterprises.repository.js';
import { searchTermsOf } from './search-terms.js';

/**
 * The list's totals are counted by other queries than its pages (a bigram table for a lone
 * 2-character term, index-only counts for single filters). Whatever the combination, the total must
 * be the number of rows the pages hold, and the pages must not depend on how the total was counted.
 */

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;

interface Fixture {
  id: string;
  name: string;
  shortName: string;
  industryCode: string | null;
  isAboveScale: boolean;
  isKey: boolean;
  scale: string;
  parkId: string | null;
}
const fixtures: Fixture[] = [];

const places = ['东湖', '龙德', '光谷', '西城'];
const cores = ['科技', '精密', '生物科技', '电子'];
const industries = ['3911', '39', '13', '2710', '6510', null];
const scales = ['large', 'medium', 'small', 'micro'];

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
  // The same names in another zone: no total may count them.
  const otherZone = await createZone(t.db);
  for (let index = 0; index < 48; index += 1) {
    const name = `${places[index % 4]}${cores[Math.floor(index / 4) % 4]}有限公司`;
    const shortName = `${places[index % 4]}${cores[Math.floor(index / 4) % 4]}`;
    const values = {
      name,
      shortName,
      industryCode: industries[index % industries.length] ?? null,
      isAboveScale: index % 3 === 0,
      isKey: index % 5 === 0,
      scale: scales[index % 4] ?? 'small',
      parkId: index % 2 === 0 ? zone.park.id : null,
      ...searchTermsOf(name, shortName),
    };
    const created = await createEnterprise(t.db, zone, values);
    fixtures.push({ ...values, id: created.id });
    if (index % 2 === 0) await createEnterprise(t.db, otherZone, { ...values, parkId: otherZone.park.id });
  }
});
afterAll(() => t.close());

async function list(query: string) {
  const response = await t.request({ method: 'GET', url: `/api/enterprises?${query}`, cookie: officer });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { id: string }[]; total: number };
}

const division = (code: string | null) => Number(code?.slice(0, 2) ?? 'NaN');
/** 门类 C (制造业) is 大类 13–43. */
const manufacturing = (fixture: Fixture) =>
  division(fixture.industryCode) >= 13 && division(fixture.industryCode) <= 43;
const mentions = (fixture: Fixture, term: string) =>
  fixture.name.includes(term) || fixture.shortName.includes(term);

const cases: [string, (fixture: Fixture) => boolean][] = [
  ['q=科技', (f) => mentions(f, '科技')],
  ['q=东湖', (f) => mentions(f, '东湖')],
  ['q=无此', () => false],
  ['q=科技 有限', (f) => mentions(f, '科技')],
  ['q=生物科技', (f) => mentions(f, '生物科技')],
  ['q=科技&aboveScale=true', (f) => mentions(f, '科技') && f.isAboveScale],
  ['q=科技&industry=C', (f) => mentions(f, '科技') && manufacturing(f)],
  ['q=精密&key=true&scale=small', (f) => mentions(f, '精密') && f.isKey && f.scale === 'small'],
  ['industry=C', manufacturing],
  ['industry=L', (f) => division(f.industryCode) >= 71 && division(f.industryCode) <= 72],
  ['industry=39', (f) => f.industryCode?.startsWith('39') ?? false],
  ['industry=391', (f) => f.industryCode?.startsWith('391') ?? false],
  ['industry=3911', (f) => f.industryCode === '3911'],
  ['industry=27&aboveScale=false', (f) => f.industryCode?.startsWith('27') === true && !f.isAboveScale],
  ['aboveScale=true', (f) => f.isAboveScale],
  ['aboveScale=false&key=false', (f) => !f.isAboveScale && !f.isKey],
  ['key=true', (f) => f.isKey],
  ['scale=medium', (f) => f.scale === 'medium'],
  ['parkId=PARK', (f) => f.parkId !== null],
  [
    'parkId=PARK&q=电子&industry=C&aboveScale=true',
    (f) => f.parkId !== null && mentions(f, '电子') && f.isAboveScale && manufacturing(f),
  ],
  ['', () => true],
];

describe('list totals', () => {
  it.each(cases)('%s: the total is the number of rows the pages hold', async (query, matches) => {
    const filters = encodeURI(query.replace('PARK', zone.park.id));
    const expected = fixtures.filter(matches).map((fixture) => fixture.id);
    const all = await list(`${filters}&pageSize=200`);
    expect(all.total).toBe(expected.length);
    expect(all.items.map((item) => item.id).sort()).toEqual([...expected].sort());
    // A later, shorter page: the same total, and rows 6–10 of the same order.
    const page = await list(`${filters}&pageSize=5&page=2`);
    expect(page.total).toBe(expected.length);
    expect(page.items.map((item) => item.id)).toEqual(all.items.slice(5, 10).map((item) => item.id));
  });

  it('follows renames and removals in the 2-character total', async () => {
    const before = (await list('q=科技')).total;
    const renamed = fixtures.find((fixture) => fixture.name === '东湖科技有限公司');
    if (!renamed) throw new Error('fixture missing');
    const current = await t.request({
      method: 'GET',
      url: `/api/enterprises/${renamed.id}`,
      cookie: officer,
    });
    const response = await t.request({
      method: 'PATCH',
      url: `/api/enterprises/${renamed.id}`,
      cookie: officer,
      payload: { name: '东湖星云有限公司', shortName: '东湖星云', version: current.json().version },
    });
    expect(response.statusCode).toBe(200);
    expect((await list('q=科技')).total).toBe(before - 1);
    const nebula = await list('q=星云');
    expect(nebula.total).toBe(1);
    expect(nebula.items.map((item) => item.id)).toEqual([renamed.id]);

    const removed = fixtures.find((fixture) => fixture.name === '龙德科技有限公司');
    if (!removed) throw new Error('fixture missing');
    await t.db.delete(enterprises).where(eq(enterprises.id, removed.id));
    expect((await list('q=科技')).total).toBe(before - 2);
  });

  it('counts the same after the vacuum that follows a large import', async () => {
    const queries = ['q=科技', 'aboveScale=true', 'industry=C'];
    const before = await Promise.all(queries.map(list));
    await vacuumEnterprises(t.db);
    expect(await Promise.all(queries.map(list))).toEqual(before);
  });

  it('counts a new enterprise as soon as it is created', async () => {
    const before = (await list('q=光谷')).total;
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: { name: '光谷新材料有限公司', creditCode: makeCreditCode() },
    });
    expect(response.statusCode).toBe(201);
    const after = await list('q=光谷');
    expect(after.total).toBe(before + 1);
    expect(after.items.map((item) => item.id)).toContain(response.json().id);
  });
});
