import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { escapeLike } from '../../db/like.js';
import { appeals } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise } from '../../../test/factories.js';
import { appealRequests, appealZone, type AppealZone, type Detail } from '../../../test/appeals.js';
import { searchTermsOf } from '../enterprises/search-terms.js';

/**
 * The list's search box through its indexes must find exactly what a plain ILIKE over every
 * appeal finds: number prefix, title or enterprise name, ignoring case, wildcards taken literally.
 */
let t: TestApp;
let z: AppealZone;
let api: ReturnType<typeof appealRequests>;
const filed: Detail[] = [];

const enterpriseNames = ['ABC精密仪器有限公司', '华电增容设备有限公司', '星河 数码科技有限公司'];
const titles = [
  '用电增容申请迟迟未批',
  '增加容量的申请没有回音',
  '厂区 ABC 线路改造',
  'Wi-Fi信号覆盖差',
  '100%通关_难题求助',
  '路灯不亮，夜间出行不便',
];

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  api = appealRequests(t, z);
  for (const [index, name] of enterpriseNames.entries()) {
    // As the registry writes them: the name's bigrams ride along with the name.
    const enterprise = await createEnterprise(t.db, z.zone, { name, ...searchTermsOf(name, null) });
    for (const title of titles.slice(index * 2, index * 2 + 2)) {
      const response = await api.file(z.people.head.cookie, { enterpriseId: enterprise.id, title });
      if (response.statusCode !== 201) throw new Error(response.body);
      filed.push(response.json<Detail>());
    }
  }
});
afterAll(() => t.close());

const search = async (q: string) => {
  const response = await t.request({
    method: 'GET',
    url: `/api/appeals?q=${encodeURIComponent(q)}&pageSize=200`,
    cookie: z.people.leader.cookie,
  });
  expect(response.statusCode).toBe(200);
  const body = response.json<{ items: { id: string }[]; total: number }>();
  return { ids: body.items.map((item) => item.id).sort(), total: body.total };
};

/** What the search meant before it had indexes: ILIKE over every appeal of the zone. */
const reference = async (q: string) => {
  const text = escapeLike(q);
  const result = await t.db.execute<{ id: string }>(sql`
    select a.id from appeals a join enterprises e on e.id = a.enterprise_id
    where a.zone_id = ${z.zone.id}
      and (a.number ilike ${`${text}%`} or a.title ilike ${`%${text}%`} or e.name ilike ${`%${text}%`})`);
  return result.rows.map((row) => row.id).sort();
};

describe('the appeals’ search box', () => {
  it('finds what ILIKE finds, for 1, 2 and longer texts, Chinese, Latin, spaced and wildcards', async () => {
    const queries = [
      '增容',
      '增加',
      '增',
      '容量的',
      '加容',
      '申请',
      '迟迟未批',
      '申请迟未',
      'abc',
      'Abc 线',
      'b 线',
      'wi-fi',
      'WI',
      'i',
      '100%',
      '%',
      '_难',
      '精密',
      'abc精密',
      '华电增',
      '数码',
      '星河 数码',
      '有限公司',
      '，夜间',
      '电',
      '没有这回事',
    ];
    for (const q of queries) {
      const expected = await reference(q);
      const found = await search(q);
      expect(found.ids, q).toEqual(expected);
      expect(found.total, q).toBe(expected.length);
    }
    // Pieces present but apart are no match (申请 请迟 迟未 are all in 申请迟迟未批).
    expect((await search('增容')).ids).not.toContain(filed[1]!.id);
    expect((await search('申请迟未')).ids).toEqual([]);
    expect((await search('Abc 线')).ids).toEqual([filed[2]!.id]);
  });

  it('finds by a number prefix in either case', async () => {
    const [first] = filed;
    expect((await search(first!.number)).ids).toEqual([first!.id]);
    const prefix = first!.number.slice(0, 6).toLowerCase();
    expect((await search(prefix)).ids).toEqual(await reference(prefix));
    expect((await search(prefix)).ids).toContain(first!.id);
  });

  it('follows a title changed in the database, and rewrites pieces written by anyone else', async () => {
    const target = filed.at(-1)!;
    await t.db.update(appeals).set({ title: '变压器需要更换' }).where(eq(appeals.id, target.id));
    expect((await search('压器')).ids).toEqual([target.id]);
    expect((await search('路灯')).ids).toEqual([]);
    // A restore or a hand edit that brings its own pieces gets those of the title instead.
    await t.db
      .update(appeals)
      .set({ titleGrams: ['假', '假的'] })
      .where(eq(appeals.id, target.id));
    const [row] = await t.db
      .select({ titleGrams: appeals.titleGrams })
      .from(appeals)
      .where(eq(appeals.id, target.id));
    expect(row!.titleGrams).toContain('压器');
    expect(row!.titleGrams).not.toContain('假');
    expect((await search('假的')).ids).toEqual([]);
  });
});
