import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { demoPassword, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, signInThroughForm, type Browser } from '../support/browser.js';

/** The demo zone's figures run to October 2026 (the last month due when the demo was written). */
const period = '2026-10';
const outputHeader = '工业总产值（万元）本期';

/** The text of one entry of a zip (the .docx's document.xml). */
async function zipEntry(path: string, name: string): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(readFileSync(path), { lazyEntries: true }, (error, file) =>
      error || !file ? reject(error ?? new Error('no zip')) : resolve(file),
    ),
  );
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName !== name) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('no stream'));
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          zip.close();
          resolve(Buffer.concat(chunks).toString('utf8'));
        });
      });
    });
    zip.on('end', () => reject(new Error(`${name} not in the zip`)));
    zip.readEntry();
  });
}

/**
 * The template as downloaded, with one enterprise's output raised by 10万元 (still above last
 * month's cumulative) and, for the faulty version, a word in a number cell and an unknown code.
 */
async function writeReturns(template: string, path: string, faulty: boolean): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = book.getWorksheet('月度数据');
  assert.ok(sheet, 'the template has the 月度数据 sheet');
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  const output = headers.indexOf(outputHeader) + 1;
  let raised = false;
  sheet.eachRow((row, number) => {
    const cell = row.getCell(output);
    if (number === 1 || raised || typeof cell.value !== 'number') return;
    cell.value = cell.value + 10;
    raised = true;
  });
  assert.ok(raised, 'the demo zone has October figures to revise');
  if (faulty) {
    sheet.getRow(3).getCell(output).value = '一百万';
    const stranger = sheet.addRow([]);
    stranger.getCell(1).value = '91110108MA01XXXX0X';
    stranger.getCell(output).value = 100;
  }
  await book.xlsx.writeFile(path);
  return path;
}

void describe('an officer imports a month, reads the zone picture and the bulletin', () => {
  let app: RunningApp;
  let browser: Browser;
  let workDir: string;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    workDir = mkdtempSync(join(tmpdir(), 'gaoxin-e2e-economy-'));
    await browser.page.goto(`${app.url}/login`);
    await signInThroughForm(browser.page, 'officer', demoPassword);
    await browser.page.getByTestId('home-title').waitFor();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  void test('imports a period with errors, fixes them and commits', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/indicators/filings?period=${period}`);
    await page.getByTestId('filings-page').waitFor();
    await page.getByTestId('returns-import-open').click();
    await page.getByTestId('import-dialog').waitFor();
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-link').click(),
    ]);
    const templatePath = join(workDir, 'template.xlsx');
    await template.saveAs(templatePath);
    const faulty = await writeReturns(templatePath, join(workDir, '月度数据-有错.xlsx'), true);
    const fixed = await writeReturns(templatePath, join(workDir, '月度数据-已改.xlsx'), false);

    const fileInput = page.getByTestId('import-file-input');
    await fileInput.setInputFiles(faulty);
    await page.getByTestId('import-check').click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const problemText = await problems.innerText();
    assert.match(problemText, /不是有效数值/);
    assert.match(problemText, /企业库中没有信用代码为 91110108MA01XXXX0X 的企业/);
    assert.equal(await page.getByTestId('import-commit').count(), 0, 'no import while the file has problems');
    await browser.screenshot('m-import-problems');

    await fileInput.setInputFiles(fixed);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-commit').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    assert.match(await result.innerText(), /变更 1 个/);
    await browser.screenshot('m-import-result');
    await page.getByTestId('import-done').click();
  });

  void test('opens the dashboard, drills into a part, and downloads a bulletin with the same figures', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/indicators?period=${period}`);
    const card = page.getByTestId('headline-output');
    await card.waitFor();
    const cardText = await card.innerText();
    const total = /(\d+\.\d{2}亿元)/.exec(cardText)?.[1];
    const growth = /同比(增长|下降)(\d+\.\d{2})%/.exec(cardText)?.[0];
    assert.ok(total && growth, `the card states a total and a growth: ${cardText}`);
    await browser.screenshot('m-dashboard');

    const part = page.getByTestId('breakdown-drill').first();
    await part.waitFor();
    const partName = await part.innerText();
    await part.click();
    const drawer = page.getByTestId('drilldown');
    await drawer.waitFor();
    await drawer.getByTestId('drilldown-enterprise').first().waitFor();
    assert.match(await drawer.innerText(), new RegExp(partName));
    await browser.screenshot('m-drilldown');
    await page.keyboard.press('Escape');

    await page.goto(`${app.url}/indicators/bulletin?period=${period}`);
    const document = page.getByTestId('bulletin-document');
    await document.waitFor();
    const text = await document.innerText();
    assert.ok(text.includes(total), `the bulletin states ${total}`);
    assert.ok(text.includes(growth), `the bulletin states ${growth}`);
    await browser.screenshot('m-bulletin');
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('bulletin-download').click(),
    ]);
    const docxPath = join(workDir, 'bulletin.docx');
    await docx.saveAs(docxPath);
    const xml = await zipEntry(docxPath, 'word/document.xml');
    assert.ok(xml.includes(total), 'the Word document states the same total');
    assert.ok(xml.includes(growth), 'the Word document states the same growth');
  });
});
