import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createZone } from '../../../test/factories.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;
const ids: Record<string, string> = {};

const fixtures = [
  {
    key: 'longde',
    name: '龙德科技有限公司',
    shortName: '龙德科技',
    creditCode: '91510599MA01XK7QX5',
    industryCode: '39',
  },
  {
    key: 'huarui',
    name: '华睿电子有限公司',
    shortName: '华睿电子',
    creditCode: '91440300MA5F2N3W40',
    industryCode: '3971',
  },
  {
    key: 'dezhi',
    name: '德智精密机械有限公司',
    shortName: '德智精密',
    creditCode: '91310115MA1H8GTR7J',
    industryCode: '34',
  },
  {
    key: 'chongqing',
    name: '重庆长安汽车配件有限公司',
    shortName: null,
    creditCode: '91110108MA01XK7QX1',
    industryCode: '36',
  },
];

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
  for (const fixture of fixtures) {
    const { key, creditCode, ...rest } = fixture;
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises',
      cookie: officer,
      payload: { ...rest, creditCode, creditCodeOverride: '测试数据' },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    ids[key] = response.json().id;
  }
});
afterAll(() => t.close());

async function search(query: string) {
  const response = await t.request({
    method: 'GET',
    url: `/api/enterprises?${query}&pageSize=50`,
    cookie: officer,
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { id: string; name: string }[]; total: number };
}

function keysOf(result: { items: { id: string }[] }) {
  return Object.entries(ids)
    .filter(([, id]) => result.items.some((item) => item.id === id))
    .map(([key]) => key)
    .sort();
}

describe('search that Chinese users expect', () => {
  it.each([
    ['q=龙德', ['longde']],
    ['q=德科', ['longde']],
    ['q=电子', ['huarui']],
    ['q=德', ['dezhi', 'longde']],
    ['q=精密机械', ['dezhi']],
    ['q=ldkj', ['longde']],
    ['q=LDKJ', ['longde']],
    ['q=longde', ['longde']],
    ['q=huarui', ['huarui']],
    ['q=hrdz', ['huarui']],
    ['q=chongqing', ['chongqing']],
    ['q=9151', ['longde']],
    ['q=91440300ma', ['huarui']],
    ['q=龙德 科技', ['longde']],
    ['q=不存在的企业', []],
    ['q=%25', []],
    ['q=_', []],
  ])('%s → %j', async (query, expected) => {
    expect(keysOf(await search(encodeURI(query)))).toEqual(expected);
  });

  it('filters by industry section and division, and counts the total', async () => {
    const manufacturing = await search('industry=C');
    expect(keysOf(manufacturing)).toEqual(['chongqing', 'dezhi', 'huarui', 'longde']);
    const electronics = await search('industry=39');
    expect(keysOf(electronics)).toEqual(['huarui', 'longde']);
    expect(electronics.total).toBe(2);
    expect(keysOf(await search('industry=I'))).toEqual([]);
  });

  it('sorts by name in pinyin order and pages with a stable total', async () => {
    const first = await t.request({
      method: 'GET',
      url: '/api/enterprises?sort=name&pageSize=2&page=1',
      cookie: officer,
    });
    const second = await t.request({
      method: 'GET',
      url: '/api/enterprises?sort=name&pageSize=2&page=2',
      cookie: officer,
    });
    const names = [...first.json().items, ...second.json().items].map((item: { name: string }) => item.name);
    expect(names).toEqual([
      '重庆长安汽车配件有限公司',
      '德智精密机械有限公司',
      '华睿电子有限公司',
      '龙德科技有限公司',
    ]);
    expect(first.json().total).toBe(4);
    const descending = await t.request({
      method: 'GET',
      url: '/api/enterprises?sort=name&order=desc&pageSize=1',
      cookie: officer,
    });
    expect(descending.json().items[0].name).toBe('龙德科技有限公司');
  });

  it('filters by qualification held and not expired', async () => {
    await t.request({
      method: 'POST',
      url: `/api/enterprises/${ids.longde}/qualifications`,
      cookie: officer,
      payload: { type: 'hnte', level: 'national', issuedOn: '2025-01-01', expiresOn: '2099-12-31' },
    });
    await t.request({
      method: 'POST',
      url: `/api/enterprises/${ids.huarui}/qualifications`,
      cookie: officer,
      payload: { type: 'hnte', level: 'national', issuedOn: '2019-01-01', expiresOn: '2022-01-01' },
    });
    const result = await search('qualification=hnte');
    expect(keysOf(result)).toEqual(['longde']);
    expect(result.items[0]).toMatchObject({ qualificationTypes: ['hnte'] });
  });

  it('rejects malformed filters with field messages', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/enterprises?industry=ZZ&sort=password&aboveScale=maybe',
      cookie: officer,
    });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json()
      .error.details.map((detail: { field: string }) => detail.field)
      .sort();
    expect(fields).toEqual(['aboveScale', 'industry', 'sort']);
  });
});
