import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, count, eq } from 'drizzle-orm';
import { enterpriseSheetName } from '@gaoxin/domain';
import { auditLog, enterprises } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createEnterprise, createZone, makeCreditCode } from '../../../test/factories.js';
import { multipart, workbookOf } from '../../../test/uploads.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
});
afterAll(() => t.close());

async function upload(buffer: Buffer, dryRun: boolean, cookie = officer, filename = 'enterprises.xlsx') {
  const body = multipart(buffer, filename);
  return t.request({
    method: 'POST',
    url: `/api/enterprises/import?dryRun=${dryRun}`,
    cookie,
    headers: body.headers,
    payload: body.payload,
  });
}

async function zoneCount() {
  const [row] = await t.db.select({ n: count() }).from(enterprises).where(eq(enterprises.zoneId, zone.id));
  return row?.n ?? 0;
}

describe('template and export', () => {
  it('gives officers a template with Chinese headers and an instructions sheet', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/enterprises/template.xlsx',
      cookie: officer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['企业名录', '填写说明']);
    expect(book.getWorksheet('企业名录')?.getRow(1).getCell(2).value).toBe('统一社会信用代码');
  });

  it('refuses the template and export to anonymous and enterprise users', async () => {
    expect((await t.request({ method: 'GET', url: '/api/enterprises/template.xlsx' })).statusCode).toBe(401);
    const own = await createEnterprise(t.db, zone);
    const { cookie } = await t.loginAs(zone, 'enterprise', { enterpriseId: own.id });
    expect((await t.request({ method: 'GET', url: '/api/enterprises/export.xlsx', cookie })).statusCode).toBe(
      403,
    );
  });

  it('round-trips: an exported file imports back with nothing changed, formulas neutralised', async () => {
    const roundZone = await createZone(t.db);
    const { cookie } = await t.loginAs(roundZone, 'officer');
    await createEnterprise(t.db, roundZone, {
      name: '=HYPERLINK("http://evil")公司',
      tags: ['链主', '-负面'],
    });
    await createEnterprise(t.db, roundZone, {
      name: '往返测试有限公司',
      registeredCapital: '1200.5000',
      establishedOn: '2020-02-29',
      scale: 'small',
      industryCode: '3971',
      notes: '@备注',
    });
    const exported = await t.request({ method: 'GET', url: '/api/enterprises/export.xlsx', cookie });
    expect(exported.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('企业名录')!;
    // The data starts right under the header.
    expect(sheet.actualRowCount).toBe(3);
    expect([sheet.getCell('A2').value, sheet.getCell('A3').value]).toContain(
      `'=HYPERLINK("http://evil")公司`,
    );
    expect(sheet.getCell('D2').dataValidation).toMatchObject({ type: 'list' });
    const before = await t.db.select().from(enterprises).where(eq(enterprises.zoneId, roundZone.id));
    const dry = await upload(exported.rawPayload, true, cookie);
    expect(dry.json()).toMatchObject({ totalRows: 2, created: 0, updated: 0, unchanged: 2, problems: [] });
    const commit = await upload(exported.rawPayload, false, cookie);
    expect(commit.statusCode).toBe(200);
    const after = await t.db.select().from(enterprises).where(eq(enterprises.zoneId, roundZone.id));
    expect(after).toEqual(before);
  });
});

describe('import', () => {
  it('dry-runs without writing, commits in one go, and re-importing changes nothing', async () => {
    const existing = await createEnterprise(t.db, zone, { name: '将被更新有限公司' });
    const newCode = makeCreditCode();
    const file = await workbookOf([
      {
        企业名称: '新导入科技有限公司',
        统一社会信用代码: newCode,
        所属园区: '一号园',
        行业代码: '39',
        规上企业: '是',
        '注册资本（万元）': '500',
        标签: '高成长、链主',
      },
      {
        企业名称: '将被更新有限公司',
        统一社会信用代码: existing.creditCode,
        地址: '新地址 8 号',
        企业规模: '中型',
      },
    ]);
    const countBefore = await zoneCount();
    const dry = await upload(file, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({
      dryRun: true,
      totalRows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
      problems: [],
    });
    expect(await zoneCount()).toBe(countBefore);

    const commit = await upload(file, false);
    expect(commit.json()).toMatchObject({ dryRun: false, created: 1, updated: 1 });
    expect(await zoneCount()).toBe(countBefore + 1);
    const [created] = await t.db.select().from(enterprises).where(eq(enterprises.creditCode, newCode));
    expect(created).toMatchObject({
      parkId: zone.park.id,
      industryCode: '39',
      isAboveScale: true,
      registeredCapital: '500.0000',
      tags: ['高成长', '链主'],
    });
    const [updated] = await t.db.select().from(enterprises).where(eq(enterprises.id, existing.id));
    expect(updated).toMatchObject({ address: '新地址 8 号', scale: 'medium', version: 1 });

    const again = await upload(file, false);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const [unchanged] = await t.db.select().from(enterprises).where(eq(enterprises.id, existing.id));
    expect(unchanged?.version).toBe(1);
    const imports = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enterprise.import'), eq(auditLog.zoneId, zone.id)));
    expect(imports[0]?.after).toMatchObject({
      file: 'enterprises.xlsx',
      totalRows: 2,
      created: 1,
      updated: 1,
    });
  });

  it('reports every problem by row and column, and a commit of such a file writes nothing', async () => {
    const holder = await createEnterprise(t.db, zone, { name: '已登记名称有限公司' });
    const code = makeCreditCode();
    const badCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const duplicate = makeCreditCode();
    const file = await workbookOf([
      { 企业名称: '校验码错误有限公司', 统一社会信用代码: badCheck },
      { 企业名称: '行业错误有限公司', 统一社会信用代码: makeCreditCode(), 行业代码: '98' },
      { 企业名称: '重复甲有限公司', 统一社会信用代码: duplicate },
      { 企业名称: '重复乙有限公司', 统一社会信用代码: duplicate },
      { 企业名称: '已登记名称有限公司', 统一社会信用代码: makeCreditCode() },
      { 企业名称: '', 统一社会信用代码: makeCreditCode(), 成立日期: '2021-13-01', 所属园区: '不存在园' },
    ]);
    const dry = await upload(file, true);
    const problems = dry.json().problems as { row: number; column: string; message: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          row: 2,
          column: '统一社会信用代码',
          message: `第18位校验码应为 ${code[17]}，实际为 ${badCheck[17]}`,
        },
        { row: 3, column: '行业代码', message: '未知的行业代码“98”' },
        { row: 5, column: '统一社会信用代码', message: '与第4行重复（同一信用代码只能出现一次）' },
        expect.objectContaining({
          row: 6,
          column: '企业名称',
          message: expect.stringContaining(holder.creditCode),
        }),
        { row: 7, column: '企业名称', message: '必填' },
        { row: 7, column: '成立日期', message: '“2021-13-01”不是有效日期（YYYY-MM-DD）' },
        { row: 7, column: '所属园区', message: '园区“不存在园”不存在' },
      ]),
    );
    const before = await zoneCount();
    const commit = await upload(file, false);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().error).toMatchObject({
      code: 'IMPORT_HAS_ERRORS',
      message: expect.stringContaining('未导入任何数据'),
    });
    expect(commit.json().error.details[0]).toEqual({
      field: '2:统一社会信用代码',
      message: expect.any(String),
    });
    expect(await zoneCount()).toBe(before);
  });

  it('reports formulas in cells', async () => {
    const file = await workbookOf(
      [{ 企业名称: '公式有限公司', 统一社会信用代码: makeCreditCode() }],
      (book) => {
        book.getWorksheet(enterpriseSheetName)!.getCell('L2').value = {
          formula: 'CONCAT("a","b")',
          result: 'ab',
        };
      },
    );
    const dry = await upload(file, true);
    expect(dry.json().problems).toEqual([
      { row: 2, column: '地址', message: '含公式，请复制后“粘贴为数值”' },
    ]);
  });

  it('streams progress lines, then the report, to a client that accepts NDJSON', async () => {
    const file = await workbookOf(
      Array.from({ length: 2500 }, (_, index) => ({
        企业名称: `进度测试${index}有限公司`,
        统一社会信用代码: makeCreditCode(),
      })),
    );
    const body = multipart(file);
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises/import?dryRun=false',
      cookie: officer,
      headers: { ...body.headers, accept: 'application/x-ndjson' },
      payload: body.payload,
    });
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const lines = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const phases = lines.filter((line) => line.type === 'progress').map((line) => line.phase);
    expect(phases).toEqual(expect.arrayContaining(['reading', 'checking', 'writing']));
    expect(lines.find((line) => line.phase === 'checking' && line.done === 2000)).toMatchObject({
      total: 2500,
    });
    expect(lines.at(-1)).toMatchObject({ type: 'report', report: { created: 2500, problems: [] } });
  });

  it('ends the NDJSON stream with the error in the one error shape', async () => {
    const body = multipart(Buffer.from('不是表格'));
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises/import?dryRun=true',
      cookie: officer,
      headers: { ...body.headers, accept: 'application/x-ndjson' },
      payload: body.payload,
    });
    const last = JSON.parse(response.body.trim().split('\n').at(-1) ?? '{}');
    expect(last).toMatchObject({ type: 'error', status: 400, error: { code: 'IMPORT_INVALID_FILE' } });
  });

  it('refuses leaders and enterprise users', async () => {
    const file = await workbookOf([]);
    const { cookie } = await t.loginAs(zone, 'leader');
    expect((await upload(file, true, cookie)).statusCode).toBe(403);
  });
});
