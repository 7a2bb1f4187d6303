import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { enterpriseColumns, enterpriseSheetName } from '@gaoxin/domain';
import { enterprises } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createZone, makeCreditCode } from '../../../test/factories.js';
import { multipart, workbookOf, zipOf } from '../../../test/uploads.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let officer: string;
let validFile: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  officer = (await t.loginAs(zone, 'officer')).cookie;
  validFile = await workbookOf([{ 企业名称: '正常企业有限公司', 统一社会信用代码: makeCreditCode() }]);
});
afterAll(() => t.close());

async function commit(content: Buffer, filename = 'enterprises.xlsx') {
  const body = multipart(content, filename);
  const [before] = await t.db.select({ n: count() }).from(enterprises).where(eq(enterprises.zoneId, zone.id));
  const response = await t.request({
    method: 'POST',
    url: '/api/enterprises/import?dryRun=false',
    cookie: officer,
    headers: body.headers,
    payload: body.payload,
  });
  const [after] = await t.db.select({ n: count() }).from(enterprises).where(eq(enterprises.zoneId, zone.id));
  expect(after?.n).toBe(before?.n);
  return response;
}

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('bad files get a clear message and change nothing', () => {
  it.each([
    [
      'a CSV renamed .xlsx',
      Buffer.from('企业名称,统一社会信用代码\n某公司,91510599MA01XK7QX5\n'),
      '不是 Excel 工作簿',
    ],
    ['an image renamed .xlsx', png, '不是 Excel 工作簿'],
    ['an empty file', Buffer.alloc(0), '不是 Excel 工作簿'],
  ])('%s', async (_label, content, message) => {
    const response = await commit(content);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'IMPORT_INVALID_FILE',
      message: expect.stringContaining(message),
    });
  });

  it('a corrupt zip (a real workbook cut in half)', async () => {
    const response = await commit(validFile.subarray(0, Math.floor(validFile.length / 2)));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('文件已损坏');
  });

  it('a zip that is not a workbook', async () => {
    const response = await commit(zipOf([{ name: 'readme.txt', data: Buffer.from('hello') }]));
    expect(response.json().error.message).toContain('没有 Excel 工作簿');
  });

  it('a zip bomb that declares its size', async () => {
    const response = await commit(
      zipOf([{ name: 'xl/workbook.xml', data: Buffer.alloc(300 * 1024 * 1024 + 1) }]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('压缩炸弹');
  }, 30_000);

  it('a zip bomb that lies about its size', async () => {
    const response = await commit(
      zipOf([{ name: 'xl/workbook.xml', data: Buffer.alloc(50 * 1024 * 1024), declaredSize: 1000 }]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('IMPORT_INVALID_FILE');
  }, 30_000);

  it('merged header cells', async () => {
    const file = await workbookOf([], (book) => book.getWorksheet(enterpriseSheetName)!.mergeCells('A1:B1'));
    const response = await commit(file);
    expect(response.json().error.message).toContain('合并单元格');
  });

  it('a header that is not the template’s', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet(enterpriseSheetName).addRow(['名称', '代码']);
    const response = await commit(Buffer.from(await book.xlsx.writeBuffer()));
    expect(response.json().error.message).toContain('表头与模板不一致');
  });

  it('extra sheets', async () => {
    const file = await workbookOf([], (book) => book.addWorksheet('隐藏数据'));
    const response = await commit(file);
    expect(response.json().error.message).toBe('文件包含模板以外的工作表：隐藏数据。请删除后再上传');
  });

  it('100,001 rows', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(enterpriseSheetName);
    sheet.addRow(enterpriseColumns.map((column) => column.header));
    for (let i = 0; i <= 100_000; i += 1) sheet.addRow([`企业${i}`]);
    const response = await commit(Buffer.from(await book.xlsx.writeBuffer()));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('超过 100000 行（共 100001 行）');
  }, 90_000);

  it('a 50 MB file', async () => {
    const response = await commit(Buffer.alloc(50 * 1024 * 1024, 1));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  }, 30_000);

  it('a request without the file field', async () => {
    const body = multipart(validFile, 'x.xlsx', 'document');
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises/import?dryRun=true',
      cookie: officer,
      headers: body.headers,
      payload: body.payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ field: 'file', message: '必填' }]);
  });

  it('a JSON body instead of an upload', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/enterprises/import',
      cookie: officer,
      payload: { file: 'x' },
    });
    expect(response.statusCode).toBe(415);
  });
});
