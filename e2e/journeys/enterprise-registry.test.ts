import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import {
  creditCodeAlphabet,
  creditCodeCheckCharacter,
  enterpriseColumns,
  enterpriseSheetName,
  organizationCodeCheckCharacter,
} from '@gaoxin/domain';
import type { Page } from 'playwright-core';
import { demoPassword, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, screenshotDir, signInThroughForm, type Browser } from '../support/browser.js';

/** A credit code (Qingdao, market regulation) with both check characters right. */
function creditCode(body: string): string {
  const first17 = `91370200${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** The same code with another 18th character: "第18位校验码应为 …". */
function withWrongCheck(code: string): string {
  const wrong = [...creditCodeAlphabet].find((character) => character !== code[17]) ?? '0';
  return code.slice(0, 17) + wrong;
}

type Row = Partial<Record<(typeof enterpriseColumns)[number]['key'], string>>;

/** Writes an .xlsx laid out like the template: the 企业名录 sheet, its headers, then one row each. */
async function writeWorkbook(path: string, rows: Row[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(enterpriseSheetName);
  sheet.addRow(enterpriseColumns.map((column) => column.header));
  for (const row of rows) sheet.addRow(enterpriseColumns.map((column) => row[column.key] ?? null));
  await book.xlsx.writeFile(path);
  return path;
}

/** A screenshot of the open dialog alone, readable at full resolution. */
async function dialogShot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.locator('.ant-modal-container').screenshot({ path: join(screenshotDir, `${name}.png`) });
}

async function search(page: Page, text: string) {
  const box = page.getByTestId('enterprise-search');
  await box.fill(text);
  await box.press('Enter');
}

void describe('an officer works the enterprise registry', () => {
  let app: RunningApp;
  let browser: Browser;
  let workDir: string;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    workDir = mkdtempSync(join(tmpdir(), 'gaoxin-e2e-import-'));
    await browser.page.goto(`${app.url}/login`);
    await signInThroughForm(browser.page, 'officer', demoPassword);
    await browser.page.getByTestId('home-title').waitFor();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  void test('finds 龙德科技 by its initials, opens the profile and records a visit', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/enterprises`);
    await search(page, 'ldkj');
    const link = page.getByTestId('enterprise-link').filter({ hasText: '龙德科技有限公司' });
    await link.waitFor();
    await link.click();
    await page.getByTestId('enterprise-detail').waitFor();

    await page.getByRole('tab', { name: '包保与走访' }).click();
    await page.getByTestId('add-visit').click();
    const summary = '走访了解企业扩产用工需求，企业计划下半年新增产线（自动化验收）';
    await page.getByTestId('visit-form-summary').fill(summary);
    await page.getByTestId('visit-form-problem').first().fill('新厂房消防验收排期较长');
    await page.getByTestId('visit-form-submit').click();
    await page.getByTestId('visit-form-submit').waitFor({ state: 'hidden' });
    const visit = page.getByTestId('visit-item').filter({ hasText: summary });
    await visit.waitFor();
    assert.match(await visit.innerText(), /新厂房消防验收排期较长/);
    await browser.screenshot('e-visit-recorded');
  });

  void test('imports a file with an error, then the fixed file, and finds the new enterprise', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/enterprises`);

    // The template's headers are the ones the journey writes.
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-link').click(),
    ]);
    const templateBook = new ExcelJS.Workbook();
    await templateBook.xlsx.readFile(await template.path());
    const headerRow = templateBook.getWorksheet(enterpriseSheetName)?.getRow(1).values;
    assert.deepEqual(
      Array.isArray(headerRow) ? headerRow.slice(1) : [],
      enterpriseColumns.map((column) => column.header),
    );

    const goodCode = creditCode('MA7E2E01');
    const fixedCode = creditCode('MA7E2E02');
    const good: Row = {
      name: '青岚验收智能装备有限公司',
      creditCode: goodCode,
      scale: '小型',
      isAboveScale: '否',
    };
    const fixed: Row = { name: '澄明验收传感科技有限公司', creditCode: fixedCode, industryCode: '3971' };
    const withError = await writeWorkbook(join(workDir, '企业导入-有错.xlsx'), [
      { ...fixed, creditCode: withWrongCheck(fixedCode) },
      good,
    ]);
    const wrongHeaders = join(workDir, '表头不对.xlsx');
    const wrongBook = new ExcelJS.Workbook();
    wrongBook.addWorksheet(enterpriseSheetName).addRow(['名称', '代码']);
    await wrongBook.xlsx.writeFile(wrongHeaders);
    const corrected = await writeWorkbook(join(workDir, '企业导入-已改.xlsx'), [fixed, good]);

    await browser.screenshot('e-list-with-excel-actions');
    await page.getByTestId('import-open').click();
    // Refused before any upload: over 10 MB.
    const fileInput = page.getByTestId('import-file-input');
    await fileInput.setInputFiles({
      name: '太大.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
    });
    assert.match(await page.getByTestId('import-file-refused').innerText(), /超过 10 MB/);
    assert.ok(await page.getByTestId('import-check').isDisabled());

    // Refused by the server, which says why: the headers are not the template's.
    await fileInput.setInputFiles(wrongHeaders);
    await page.getByTestId('import-check').click();
    assert.match(await page.getByTestId('import-error').innerText(), /表头与模板不一致/);
    await dialogShot(page, 'e-import-invalid-file-dialog');

    await fileInput.setInputFiles(withError);
    await page.getByTestId('import-file-name').filter({ hasText: '企业导入-有错.xlsx' }).waitFor();
    await page.getByTestId('import-check').click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const problemText = await problems.innerText();
    assert.match(problemText, /第18位校验码/);
    assert.match(problemText, /统一社会信用代码/);
    assert.equal(await page.getByTestId('import-commit').count(), 0, 'no import while the file has problems');
    assert.equal(await page.getByTestId('import-check').count(), 0, 'the same file is not checked again');
    await page.getByTestId('import-reselect').waitFor();
    await browser.screenshot('e-import-problems');
    await dialogShot(page, 'e-import-problems-dialog');

    await fileInput.setInputFiles(corrected);
    await page.getByTestId('import-file-name').filter({ hasText: '企业导入-已改.xlsx' }).waitFor();
    assert.equal(await problems.count(), 0, 'a new file clears the previous report');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-ready').waitFor();
    assert.match(await page.getByTestId('import-statistics').innerText(), /将新增\s*2/);
    await dialogShot(page, 'e-import-ready-dialog');
    await page.getByTestId('import-commit').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    assert.match(await result.innerText(), /新增 2 家、更新 0 家、未变 0 家/);
    await browser.screenshot('e-import-result');
    await dialogShot(page, 'e-import-result-dialog');
    await page.getByTestId('import-done').click();

    await search(page, '澄明验收');
    await page.getByTestId('enterprise-link').filter({ hasText: '澄明验收传感科技有限公司' }).waitFor();
    assert.equal(await page.getByTestId(`enterprise-row-${fixedCode}`).count(), 1);

    // The export takes the list's search: the one enterprise found, in the template's layout.
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-button').click(),
    ]);
    const exportBook = new ExcelJS.Workbook();
    await exportBook.xlsx.readFile(await exported.path());
    const exportedCodes: string[] = [];
    exportBook.getWorksheet(enterpriseSheetName)?.eachRow((row, number) => {
      if (number > 1) exportedCodes.push(row.getCell(2).text);
    });
    assert.deepEqual(exportedCodes, [fixedCode]);
  });
});
