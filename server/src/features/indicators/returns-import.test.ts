import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, indicatorValueRevisions, indicatorValues } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone, makeCreditCode } from '../../../test/factories.js';
import { multipart, zipOf } from '../../../test/uploads.js';

/** A period's returns from Excel: template, dry run with every problem, all-or-nothing commit, idempotence. */
let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;
const codes: string[] = [];
const period = '2026-06';

type Report = {
  totalRows: number;
  changed: number;
  unchanged: number;
  enterprises: number;
  problems: { row: number; column: string; message: string }[];
};

async function template(): Promise<ExcelJS.Workbook> {
  const response = await t.request({
    method: 'GET',
    url: `/api/indicators/template.xlsx?period=${period}`,
    cookie: officer,
  });
  expect(response.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return book;
}

/** The template with rows of (code, 工业总产值 本期, 上年同期, 营业收入 本期). */
async function fileWith(rows: (string | number | null)[][], edit?: (book: ExcelJS.Workbook) => void) {
  // The template's own headers, on a fresh sheet without its prefilled rows.
  const headers = ((await template()).getWorksheet('月度数据')!.getRow(1).values as string[]).slice(1);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('月度数据');
  sheet.addRow(headers);
  const column = (header: string) => headers.indexOf(header) + 1;
  for (const [code, output, previous, revenue] of rows) {
    const row = sheet.addRow([]);
    row.getCell(1).value = code;
    if (output !== null && output !== undefined) row.getCell(column('工业总产值（万元）本期')).value = output;
    if (previous !== null && previous !== undefined)
      row.getCell(column('工业总产值（万元）上年同期')).value = previous;
    if (revenue !== null && revenue !== undefined)
      row.getCell(column('营业收入（万元）本期')).value = revenue;
  }
  edit?.(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(buffer: Buffer, dryRun: boolean, language = 'zh') {
  const body = multipart(buffer, 'returns.xlsx');
  return t.request({
    method: 'POST',
    url: `/api/indicators/import?period=${period}&dryRun=${dryRun}`,
    cookie: officer,
    headers: { ...body.headers, 'accept-language': language },
    payload: body.payload,
  });
}

async function storedValues() {
  const [row] = await t.db
    .select({ n: count() })
    .from(indicatorValues)
    .where(eq(indicatorValues.zoneId, zone.id));
  return row?.n ?? 0;
}

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
  for (let index = 0; index < 3; index += 1) {
    codes.push(
      (await createEnterprise(t.db, zone, { isAboveScale: true, establishedOn: '2010-01-01' })).creditCode,
    );
  }
  // May's figures for the first enterprise, so June can be checked against them.
  const may = await t.request({
    method: 'PUT',
    url: '/api/indicators/returns',
    cookie: officer,
    payload: {
      enterpriseId: (
        await t.request({ method: 'GET', url: `/api/enterprises?q=${codes[0]}`, cookie: officer })
      ).json<{
        items: { id: string }[];
      }>().items[0]!.id,
      period: '2026-05',
      version: null,
      values: [{ indicatorCode: 'output', current: '800', previous: '700' }],
    },
  });
  expect(may.statusCode, may.body).toBe(200);
});
afterAll(() => t.close());

describe('the template', () => {
  it('lists the expected reporters with Chinese headers and an instructions sheet', async () => {
    const book = await template();
    const sheet = book.getWorksheet('月度数据')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('统一社会信用代码');
    expect(sheet.getRow(1).getCell(3).value).toBe('工业总产值（万元）本期');
    const listed = sheet.getColumn(1).values.slice(2);
    expect(new Set(listed)).toEqual(new Set(codes));
    expect(book.getWorksheet('填写说明')).toBeDefined();
  });
});

describe('dry run and commit', () => {
  it('reports every problem by row and column and writes nothing', async () => {
    const unknown = makeCreditCode();
    const before = await storedValues();
    const buffer = await fileWith([
      [codes[0]!, 700, 650, 900], // row 2: below May's 800
      [codes[1]!, '一千', 500, null], // row 3: not a number
      [unknown, 100, 90, null], // row 4: not in the registry
      [codes[2]!, -5, null, null], // row 5: negative
      [codes[1]!, 10, null, null], // row 6: duplicate of row 3
    ]);
    const response = await upload(buffer, true);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<Report>();
    const found = report.problems.map((problem) => [problem.row, problem.column]);
    expect(found).toEqual(
      expect.arrayContaining([
        [2, '工业总产值（万元）本期'],
        [3, '工业总产值（万元）本期'],
        [4, '统一社会信用代码'],
        [5, '工业总产值（万元）本期'],
        [6, '统一社会信用代码'],
      ]),
    );
    expect(report.problems.find((problem) => problem.row === 4)?.message).toContain(unknown);
    expect(report.problems.find((problem) => problem.row === 2)?.message).toContain('累计值低于上月累计');
    const commit = await upload(buffer, false);
    expect(commit.statusCode).toBe(400);
    expect(commit.json<{ error: { code: string } }>().error.code).toBe('IMPORT_HAS_ERRORS');
    expect(await storedValues()).toBe(before);
  });

  it('commits a clean file in one go, and re-importing it changes nothing', async () => {
    const before = await storedValues();
    const buffer = await fileWith([
      [codes[0]!, 1600.25, 1400, 1700],
      [codes[1]!, 500, 480, null],
      [codes[2]!, 300, null, 310],
    ]);
    const committed = await upload(buffer, false);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json<Report>()).toMatchObject({
      changed: 5,
      unchanged: 0,
      enterprises: 3,
      problems: [],
    });
    expect(await storedValues()).toBe(before + 5);
    const again = (await upload(buffer, false)).json<Report>();
    expect(again).toMatchObject({ changed: 0, unchanged: 5 });
  });

  it('replaces revised values, keeping the old ones in the revision history and the audit log', async () => {
    const buffer = await fileWith([
      [codes[0]!, 1650, 1400, 1700],
      [codes[1]!, 500, 480, null],
      [codes[2]!, 300, null, 310],
    ]);
    const response = (await upload(buffer, false)).json<Report>();
    expect(response).toMatchObject({ changed: 1, unchanged: 4 });
    const [revision] = await t.db
      .select()
      .from(indicatorValueRevisions)
      .where(and(eq(indicatorValueRevisions.zoneId, zone.id), eq(indicatorValueRevisions.month, 6)));
    expect(revision?.reportedCurrent).toBe('1600.2500');
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'indicators.import'), eq(auditLog.zoneId, zone.id)));
    expect(entries.at(-1)?.after).toMatchObject({ period, changed: 1, revised: 1 });
  });
});

describe('bad files change nothing', () => {
  it.each([
    ['a CSV renamed .xlsx', Buffer.from('统一社会信用代码,工业总产值\n91110108MA01ABCD1X,100\n'), 400],
    ['a corrupt zip', zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<not-really/>') }]), 400],
  ])('%s', async (_, buffer, status) => {
    const before = await storedValues();
    const response = await upload(buffer, false);
    expect(response.statusCode).toBe(status);
    expect(response.json<{ error: { message: string } }>().error.message.length).toBeGreaterThan(4);
    expect(await storedValues()).toBe(before);
  });

  it('an image renamed .xlsx, and a file over 10 MB', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const before = await storedValues();
    const image = await upload(png, false);
    expect(image.statusCode).toBe(400);
    expect(image.json<{ error: { message: string } }>().error.message).toContain('不是 Excel 工作簿');
    const large = await upload(Buffer.alloc(11 * 1024 * 1024, 1), false);
    expect(large.statusCode).toBe(413);
    expect(await storedValues()).toBe(before);
  }, 30_000);

  it('a formula in a cell is a problem of that cell', async () => {
    const buffer = await fileWith([[codes[2]!, 1, null, null]], (book) => {
      book.getWorksheet('月度数据')!.getRow(2).getCell(3).value = {
        formula: 'SUM(1,2)',
        result: 3,
      } as ExcelJS.CellFormulaValue;
    });
    const report = (await upload(buffer, true)).json<Report>();
    expect(report.problems[0]).toMatchObject({ row: 2, column: '工业总产值（万元）本期' });
  });

  it('an extra sheet, or headers of another period’s catalogue, refuse the whole file', async () => {
    const extra = await fileWith([[codes[2]!, 1, null, null]], (book) => void book.addWorksheet('草稿'));
    expect((await upload(extra, true)).json<{ error: { message: string } }>().error.message).toContain(
      '草稿',
    );
    const renamed = await fileWith([[codes[2]!, 1, null, null]], (book) => {
      book.getWorksheet('月度数据')!.getRow(1).getCell(3).value = '产值';
    });
    expect((await upload(renamed, true)).statusCode).toBe(400);
  });

  it('refuses a role that may not import, and a malformed or future period', async () => {
    const leader = (await t.loginAs(zone, 'leader')).cookie;
    const body = multipart(await fileWith([[codes[2]!, 1, null, null]]), 'returns.xlsx');
    const forbidden = await t.request({
      method: 'POST',
      url: `/api/indicators/import?period=${period}&dryRun=true`,
      cookie: leader,
      headers: body.headers,
      payload: body.payload,
    });
    expect(forbidden.statusCode).toBe(403);
    const badPeriod = await t.request({
      method: 'POST',
      url: '/api/indicators/import?period=2026-13&dryRun=true',
      cookie: officer,
      headers: body.headers,
      payload: body.payload,
    });
    expect(badPeriod.statusCode).toBe(400);
    const future = await t.request({
      method: 'POST',
      url: '/api/indicators/import?period=2099-01&dryRun=true',
      cookie: officer,
      headers: body.headers,
      payload: body.payload,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json<{ error: { details: { message: string }[] } }>().error.details[0]?.message).toBe(
      '不能导入未来月份的数据',
    );
  });
});
