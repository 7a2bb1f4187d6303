import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { initialJavaScriptCeilingKb, measureInitialJavaScript } from '../../scripts/bundle-size.js';
import { demoPassword, repoRoot, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, signInThroughForm, type Browser } from '../support/browser.js';

void describe("the leader's home page answers with the modules' figures", () => {
  let app: RunningApp;
  let browser: Browser;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    await browser.page.goto(`${app.url}/login`);
    await signInThroughForm(browser.page, 'leader', demoPassword);
    await browser.page.getByTestId('home-title').waitFor();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  void test('shows 工业总产值 as the dashboard writes it and links to the dashboard behind it', async () => {
    const { page } = browser;
    const headline = page.getByTestId('home-headline-output');
    await headline.waitFor();
    const text = await headline.innerText();
    assert.match(text, /工业总产值/);
    const value = /(\d[\d,.]*(亿元|万元))/.exec(text)?.[1];
    assert.ok(value, `a figure with its unit on the card: ${text}`);
    assert.match(text, /同比(增长|下降)|持平/);
    await browser.screenshot('home-leader');

    await headline.click();
    await page.waitForURL(/\/indicators\?period=\d{4}-\d{2}/);
    const card = page.getByTestId('headline-output');
    await card.waitFor();
    assert.ok((await card.innerText()).includes(value), `the dashboard shows ${value} too`);
  });

  void test('links the red projects to the 督办 list', async () => {
    const { page } = browser;
    await page.goto(app.url);
    const count = page.getByTestId('home-red-projects').locator('.gx-home-count strong');
    await count.waitFor();
    const red = Number(await count.innerText());
    assert.ok(red > 0, 'the demo zone has red projects');
    await page.getByTestId('home-red-projects-link').click();
    await page.waitForURL(/\/projects\/supervision/);
  });

  void test('ships the first page load within its ceiling of gzipped JavaScript', () => {
    const pages = measureInitialJavaScript(join(repoRoot, 'web', 'dist'));
    for (const { page, gzipBytes } of pages) {
      const kb = gzipBytes / 1000;
      console.log(`${page}: ${kb.toFixed(1)} kB gzip`);
      assert.ok(kb <= initialJavaScriptCeilingKb, `${page} loads ${kb.toFixed(1)} kB`);
    }
    assert.deepEqual(
      pages.map((each) => each.page),
      ['entry', 'signIn', 'home'],
    );
  });
});
