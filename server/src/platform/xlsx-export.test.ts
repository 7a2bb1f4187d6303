import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '@gaoxin/domain';
import { parks, users } from '../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { createEnterprise, createZone } from '../../test/factories.js';
import { registerProject } from '../../test/projects.js';
import { fileReturn } from '../../test/returns.js';
import { multipart } from '../../test/uploads.js';
import { neutraliseValue, neutraliseWorkbook, writeWorkbook } from './xlsx-export.js';

/** Text a spreadsheet or a CSV reader would take for a formula (OWASP's list of first characters). */
const hostile = ['=HYPERLINK("http://127.0.0.1/x","点我")', '+1+2', '-3', '@SUM(A1)', '\t=1', '\r=1'];
const formulaStart = /^[=+\-@\t\r]/;

describe('neutraliseValue', () => {
  it('prefixes an apostrophe to text that starts like a formula, and leaves everything else', () => {
    for (const text of hostile) expect(neutraliseValue(text)).toBe(`'${text}`);
    for (const text of ['普通科技有限公司', '', ' =1', "'=1", '（-3）', 'a=b']) {
      expect(neutraliseValue(text)).toBe(text);
    }
    const day = new Date('2026-06-01T00:00:00Z');
    for (const value of [-3, 0, 1.5, true, day, null, { formula: 'SUM(A1:A2)' }]) {
      expect(neutraliseValue(value)).toBe(value);
    }
    expect(neutraliseValue({ richText: [{ text: '=1' }, { text: '+2', font: { bold: true } }] })).toEqual({
      richText: [{ text: "'=1" }, { text: '+2', font: { bold: true } }],
    });
    expect(neutraliseValue({ text: '@x', hyperlink: 'https://example.org' })).toEqual({
      text: "'@x",
      hyperlink: 'https://example.org',
    });
  });

  it('is idempotent, so a cell neutralised twice gets one apostrophe', () => {
    for (const text of hostile) expect(neutraliseValue(neutraliseValue(text))).toBe(`'${text}`);
  });
});

describe('writeWorkbook', () => {
  it('writes hostile text as string cells with the apostrophe, numbers as numbers, no formula', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('数据');
    sheet.columns = [{ header: '=表头', key: 'text' }, { key: 'amount' }];
    for (const text of hostile) sheet.addRow({ text, amount: -3 });
    sheet.mergeCells('C1:D1');
    sheet.getCell('C1').value = '-合并';
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await writeWorkbook(book)) as unknown as ArrayBuffer);
    const back = read.getWorksheet('数据')!;
    expect(back.getCell('A1').value).toBe("'=表头");
    expect(back.getCell('C1').value).toBe("'-合并");
    hostile.forEach((text, index) => {
      const cell = back.getCell(index + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML readers turn a raw CR into LF (exceljs writes it unescaped): the apostrophe is what counts.
      expect(cell.value).toBe(`'${text}`.replace('\r', '\n'));
      expect(cell.formula).toBeUndefined();
      expect(back.getCell(index + 2, 2).value).toBe(-3);
    });
  });

  it('changes nothing in a workbook without such text', () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('数据');
    sheet.addRow(['普通科技有限公司', -3, '2026-06']);
    neutraliseWorkbook(book);
    expect(sheet.getRow(1).values).toEqual([undefined, '普通科技有限公司', -3, '2026-06']);
  });

  it('is the only way the server writes a workbook', () => {
    // A new export that wrote its file directly would skip the pass: keep every writer here.
    const root = fileURLToPath(new URL('..', import.meta.url));
    const offenders: string[] = [];
    const walk = (directory: string) => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const source = readFileSync(path, 'utf8');
          if (/xlsx\.write(Buffer|File)?\(|WorkbookWriter|text\/csv|csv\.write/i.test(source)) {
            offenders.push(relative(root, path));
          }
        }
      }
    };
    walk(root);
    expect(offenders.filter((path) => path !== join('platform', 'xlsx-export.ts'))).toEqual([]);
  });
});

/** Every string cell of every sheet, with where it is. */
async function textCells(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const cells: { where: string; text: string; type: ExcelJS.ValueType }[] = [];
  const numbers: number[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const where = `${sheet.name}!${cell.address}`;
        expect(cell.formula, where).toBeUndefined();
        if (typeof cell.value === 'number') numbers.push(cell.value);
        else if (cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.RichText) {
          cells.push({ where, text: cell.text, type: cell.type });
        }
      }),
    ),
  );
  return { cells, numbers };
}

describe('every Excel export through the API', () => {
  let t: TestApp;
  let officer: string;
  const period = '2026-06';
  const hostilePark = '=HYPERLINK("http://127.0.0.1/p","园区")';
  const ordinary = '普通科技有限公司';

  beforeAll(async () => {
    t = await createTestApp();
    const zone = await createZone(t.db);
    const [park] = await t.db
      .insert(parks)
      .values({ zoneId: zone.id, code: 'P99', name: hostilePark })
      .returning();
    const login = await t.loginAs(zone, 'officer');
    officer = login.cookie;
    // The team's names are printed in the 推进表 too.
    await t.db.update(users).set({ displayName: '-王科长' }).where(eq(users.id, login.user.id));
    const made = [];
    for (const name of [...hostile, ordinary]) {
      made.push(
        await createEnterprise(t.db, zone, {
          name,
          shortName: name.slice(0, 10),
          address: '@园区大道1号',
          notes: '+备注',
          parkId: park!.id,
          isAboveScale: true,
        }),
      );
    }
    const filed = await fileReturn(t, officer, made[0]!.id, period, {
      output: ['120', '100'],
      profit: ['-3', '-5'],
    });
    expect(filed.statusCode, filed.body).toBe(200);
    await registerProject(t, officer, {
      name: hostile[0]!,
      investorName: '+投资方',
      plot: '-地块',
      parkId: park!.id,
      commissionerId: login.user.id,
      milestones: [{ name: '@节点', plannedOn: addDays(todayInChina(), 30) }],
    });
  });
  afterAll(() => t.close());

  it('finds the exports in the OpenAPI document, and writes no cell that starts like a formula', async () => {
    await t.app.ready();
    type Operation = { parameters?: { in: string; name: string }[] };
    const document = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const exports = Object.keys(document.paths).filter(
      (path) => path.endsWith('.xlsx') && document.paths[path]!.get,
    );
    const query = (path: string) =>
      document.paths[path]!.get!.parameters?.some((parameter) => parameter.name === 'period')
        ? `?period=${period}`
        : '';
    // The known ones; a new export lands in this list by itself and is checked the same way.
    expect(exports).toEqual(
      expect.arrayContaining([
        '/api/enterprises/template.xlsx',
        '/api/enterprises/export.xlsx',
        '/api/indicators/template.xlsx',
        '/api/projects/export.xlsx',
      ]),
    );
    const seen: Record<string, string[]> = {};
    for (const path of exports) {
      const response = await t.request({ method: 'GET', url: `${path}${query(path)}`, cookie: officer });
      expect(response.statusCode, `${path}: ${response.body.slice(0, 200)}`).toBe(200);
      const { cells } = await textCells(response.rawPayload);
      const unsafe = cells.filter((cell) => formulaStart.test(cell.text));
      expect(unsafe, path).toEqual([]);
      seen[path] = cells.map((cell) => cell.text);
    }
    const exported = seen['/api/enterprises/export.xlsx']!;
    for (const text of [...hostile, hostilePark, '@园区大道1号', '+备注']) {
      expect(exported).toContain(`'${text}`.replace('\r', '\n'));
    }
    expect(exported).toContain(ordinary);
    const returns = seen['/api/indicators/template.xlsx']!;
    for (const text of hostile) expect(returns).toContain(`'${text}`.replace('\r', '\n'));
    expect(returns).toContain(ordinary);
    const projects = seen['/api/projects/export.xlsx']!;
    for (const text of [hostile[0]!, '+投资方', '-地块', '@节点', hostilePark, '-王科长']) {
      expect(projects).toContain(`'${text}`);
    }
  });

  it('writes only drop-down lists Excel can read: none broken by a park name', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/enterprises/template.xlsx',
      cookie: officer,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    type Validation = { type: string; formulae: string[] };
    const lists = Object.values(
      (sheet as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model,
    ).map((validation) => validation.formulae[0]!);
    // The scale list is there; the park list, with a quote and a comma in a name, is left out.
    expect(lists).toContain('"大型,中型,小型,微型"');
    for (const list of lists) {
      expect(list.length).toBeLessThanOrEqual(257);
      expect(list.slice(1, -1)).not.toContain('"');
    }
  });

  it('keeps numbers numbers: a negative profit stays the number −3', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/indicators/template.xlsx?period=${period}`,
      cookie: officer,
    });
    const { numbers } = await textCells(response.rawPayload);
    expect(numbers).toEqual(expect.arrayContaining([120, 100, -3, -5]));
    const projects = await t.request({ method: 'GET', url: '/api/projects/export.xlsx', cookie: officer });
    expect((await textCells(projects.rawPayload)).numbers).toEqual(expect.arrayContaining([50000]));
  });

  it('round-trips: the exported file imports back with the names as they were', async () => {
    const exported = await t.request({ method: 'GET', url: '/api/enterprises/export.xlsx', cookie: officer });
    const dryRun = await t.request({
      method: 'POST',
      url: '/api/enterprises/import?dryRun=true',
      cookie: officer,
      ...multipart(exported.rawPayload, 'export.xlsx'),
    });
    expect(dryRun.statusCode, dryRun.body).toBe(200);
    // The apostrophes are taken off again: nothing to create or change — except the name that began
    // with a CR, which any XML reader hands back as LF (exceljs writes the CR unescaped).
    expect(dryRun.json()).toMatchObject({ created: 0, updated: 1, unchanged: 6, problems: [] });
  });
});
