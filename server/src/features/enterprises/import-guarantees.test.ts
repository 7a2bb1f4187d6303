import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, enterpriseNameBigrams, enterprises } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createZone, makeCreditCode } from '../../../test/factories.js';
import { multipart, workbookOf } from '../../../test/uploads.js';
import type { RequestContext } from '../../platform/request-context.js';
import { importEnterprises } from './enterprise-import.service.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function setUp() {
  const zone = await createZone(t.db);
  const { user, cookie } = await t.loginAs(zone, 'officer');
  const counts = async () => {
    const [records] = await t.db
      .select({ n: count() })
      .from(enterprises)
      .where(eq(enterprises.zoneId, zone.id));
    const [audits] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.zoneId, zone.id), eq(auditLog.action, 'enterprise.import')));
    return { records: records?.n ?? 0, audits: audits?.n ?? 0 };
  };
  const upload = (buffer: Buffer, dryRun: boolean) => {
    const body = multipart(buffer, 'registry.xlsx');
    return t.request({
      method: 'POST',
      url: `/api/enterprises/import?dryRun=${dryRun}`,
      cookie,
      headers: body.headers,
      payload: body.payload,
    });
  };
  return { zone, user, counts, upload };
}

const rowsOf = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => ({
    企业名称: `${prefix}${index}号科技有限公司`,
    统一社会信用代码: makeCreditCode(),
    简称: `${prefix}${index}`,
  }));

describe('import guarantees', () => {
  it('one bad row among thousands: the dry run names it, the commit writes nothing', async () => {
    const { counts, upload } = await setUp();
    const rows = rowsOf(3000, '整批');
    rows[2200] = { ...rows[2200]!, 统一社会信用代码: 'NOT-A-CODE' };
    const file = await workbookOf(rows);
    const dry = await upload(file, true);
    expect(dry.json()).toMatchObject({ totalRows: 3000, created: 2999 });
    const problems = dry.json().problems as { row: number; column: string }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.row === 2202 && problem.column === '统一社会信用代码')).toBe(
      true,
    );
    const commit = await upload(file, false);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().error.code).toBe('IMPORT_HAS_ERRORS');
    expect(await counts()).toEqual({ records: 0, audits: 0 });
  });

  it('a re-import changes nothing: no version bump, one audit entry per commit with the file hash', async () => {
    const { zone, counts, upload } = await setUp();
    const file = await workbookOf(rowsOf(50, '重导'));
    expect((await upload(file, false)).json()).toMatchObject({ created: 50, updated: 0 });
    const before = await t.db.select().from(enterprises).where(eq(enterprises.zoneId, zone.id));
    expect((await upload(file, false)).json()).toMatchObject({ created: 0, updated: 0, unchanged: 50 });
    const after = await t.db.select().from(enterprises).where(eq(enterprises.zoneId, zone.id));
    expect(after).toEqual(before);
    expect(await counts()).toEqual({ records: 50, audits: 2 });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.zoneId, zone.id), eq(auditLog.action, 'enterprise.import')))
      .limit(1);
    expect(entry?.after).toMatchObject({
      file: 'registry.xlsx',
      fileSha256: createHash('sha256').update(file).digest('hex'),
      created: 50,
    });
  });

  it('two rows of one name import, and import again unchanged (the file is no conflict with itself)', async () => {
    const { upload } = await setUp();
    const file = await workbookOf([
      { 企业名称: '同名科技有限公司', 统一社会信用代码: makeCreditCode() },
      { 企业名称: '同名科技有限公司', 统一社会信用代码: makeCreditCode() },
    ]);
    expect((await upload(file, false)).json()).toMatchObject({ created: 2, problems: [] });
    expect((await upload(file, false)).json()).toMatchObject({ unchanged: 2, problems: [] });
  });

  it('a changed name is written with its search columns; the other rows keep their version', async () => {
    const { zone, upload } = await setUp();
    const rows = rowsOf(3, '改名');
    await upload(await workbookOf(rows), false);
    rows[1] = { ...rows[1]!, 企业名称: '龙德精密有限公司', 简称: '' };
    expect((await upload(await workbookOf(rows), false)).json()).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 2,
    });
    const records = await t.db.select().from(enterprises).where(eq(enterprises.zoneId, zone.id));
    const renamed = records.find((record) => record.creditCode === rows[1]!.统一社会信用代码);
    expect(renamed).toMatchObject({
      name: '龙德精密有限公司',
      shortName: null,
      namePinyin: 'longdejingmiyouxiangongsi',
      nameInitials: 'ldjmyxgs',
      version: 1,
    });
    expect(renamed?.nameBigrams).toContain('龙德');
    expect(records.filter((record) => record.version === 0)).toHaveLength(2);
    const bigrams = await t.db
      .select({ bigram: enterpriseNameBigrams.bigram })
      .from(enterpriseNameBigrams)
      .where(eq(enterpriseNameBigrams.enterpriseId, renamed!.id));
    expect(bigrams.map((row) => row.bigram)).toContain('龙德');
    expect(bigrams.map((row) => row.bigram)).not.toContain('改名');
  });

  it('a cancelled import leaves nothing half-written', async () => {
    const { zone, user, counts } = await setUp();
    const file = await workbookOf(rowsOf(2500, '取消'));
    const context: RequestContext = {
      actor: {
        userId: user.id,
        username: user.username,
        role: 'officer',
        zoneId: zone.id,
        departmentId: user.departmentId,
        enterpriseId: null,
        isLiaison: false,
        mustChangePassword: false,
        sessionId: 'test',
      },
      ip: '127.0.0.1',
      requestId: 'cancel-test',
      userAgent: null,
    };
    const cancel = new AbortController();
    const phases: string[] = [];
    await expect(
      importEnterprises(
        t.db,
        context,
        { buffer: file, filename: 'cancel.xlsx' },
        false,
        (progress) => {
          phases.push(progress.phase);
          // The user cancels once the rows are being written.
          if (progress.phase === 'writing' && progress.done > 0) cancel.abort();
        },
        cancel.signal,
      ),
    ).rejects.toThrow('cancelled');
    expect(phases).toContain('writing');
    expect(await counts()).toEqual({ records: 0, audits: 0 });
  });
});
