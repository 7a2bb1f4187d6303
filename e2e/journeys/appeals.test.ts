import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoPassword, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, signInThroughForm, type Browser } from '../support/browser.js';

/** Picks an option of an antd Select by its visible label. */
async function choose(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .click();
}

async function signIn(browser: Browser, url: string, username: string) {
  const { page } = browser;
  await browser.page.context().clearCookies();
  await page.goto(`${url}/login`);
  await signInThroughForm(page, username, demoPassword);
  await page.getByTestId('home-title').waitFor();
}

/** Takes one step on the open detail page through its dialog, and waits for the new state. */
async function takeStep(page: Page, step: string, fill: (page: Page) => Promise<void>, state: string) {
  await page.getByTestId(`appeal-step-${step}`).click();
  await fill(page);
  await page.getByTestId('step-modal-ok').click();
  await page.locator(`[data-testid="appeal-state"][data-state="${state}"]`).waitFor();
}

const title = '厂区变压器容量不足急需增容（旅程测试）';

void describe('an enterprise files an appeal; the zone dispatches and resolves it; a rating of 2 reopens it', () => {
  let app: RunningApp;
  let enterprise: Browser;
  let staff: Browser;
  let appealUrl = '';
  let baseline: { count: number; reopened: number };

  before(async () => {
    app = await startApp();
    enterprise = await launchBrowser();
    staff = await launchBrowser();
  });

  after(async () => {
    await enterprise?.close();
    await staff?.close();
    await app?.stop();
  });

  void test('龙德科技 files its problem in the portal', async () => {
    await signIn(staff, app.url, 'service');
    const statistics = await staff.page.request.get(`${app.url}/api/appeals/statistics`);
    baseline = (await statistics.json()).totals;

    const { page } = enterprise;
    await signIn(enterprise, app.url, 'enterprise');
    await page.goto(`${app.url}/appeals/new`);
    await choose(page, 'appeal-form-category', '要素保障');
    await page.getByTestId('appeal-form-title').fill(title);
    await page
      .getByTestId('appeal-form-description')
      .fill('新上两条生产线后用电负荷高峰期频繁跳闸，<script>alert(1)</script> 请协调供电公司尽快增容。');
    await page.getByTestId('appeal-form-submit').click();
    await page.locator('[data-testid="appeal-state"][data-state="submitted"]').waitFor();
    appealUrl = page.url();
    assert.match(appealUrl, /\/appeals\/[0-9a-f-]{36}$/);
    // Script in the description is shown as text, never run.
    assert.match(await page.getByTestId('appeal-description').innerText(), /<script>alert\(1\)<\/script>/);
    await page.getByTestId('appeal-countdown').waitFor();
    await enterprise.screenshot('a-filed');
  });

  void test('the service desk dispatches it to 经济发展局 from the dispatch board', async () => {
    const { page } = staff;
    await page.goto(`${app.url}/appeals/dispatch`);
    await page.getByTestId('appeal-list').getByText(title).first().waitFor();
    await page.goto(appealUrl);
    await takeStep(
      page,
      'dispatch',
      async (dialog) => {
        await choose(dialog, 'step-department', '经济发展局');
      },
      'dispatched',
    );
    await staff.screenshot('a-dispatched');
  });

  void test('经济发展局 accepts (报到), works and resolves it', async () => {
    const { page } = staff;
    await signIn(staff, app.url, 'officer');
    // It is in 李科长's queue, by deadline.
    await page.goto(`${app.url}/appeals`);
    await page.getByTestId('appeal-list').getByText(title).first().waitFor();
    await page.goto(appealUrl);
    await takeStep(page, 'accept', async () => undefined, 'accepted');
    await takeStep(page, 'start', async () => undefined, 'inProgress');
    await takeStep(
      page,
      'resolve',
      async (dialog) => {
        await dialog.getByTestId('step-note').fill('已协调供电公司完成临时增容，永久增容方案排期中。');
      },
      'resolved',
    );
    await staff.screenshot('a-resolved');
  });

  void test('the enterprise rates it 2: the appeal reopens for a return visit', async () => {
    const { page } = enterprise;
    await page.goto(appealUrl);
    await takeStep(
      page,
      'rate',
      async (dialog) => {
        // The second star of antd's Rate.
        await dialog.locator('[data-testid="step-rating"] .ant-rate-star').nth(1).click();
        await dialog.getByTestId('step-note').fill('只是临时增容，问题没有根本解决。');
      },
      'inProgress',
    );
    const timeline = await page.getByTestId('appeal-timeline').innerText();
    assert.match(timeline, /2/);
    await enterprise.screenshot('a-reopened');
  });

  void test('the statistics page counts it', async () => {
    const { page } = staff;
    await page.goto(`${app.url}/appeals/statistics`);
    const total = page.getByTestId('statistics-total-count');
    await total.waitFor();
    const api = await (await page.request.get(`${app.url}/api/appeals/statistics`)).json();
    assert.equal(api.totals.count, baseline.count + 1);
    assert.equal(api.totals.reopened, baseline.reopened + 1);
    assert.equal(Number((await total.innerText()).replace(/[^\d]/g, '')), api.totals.count);
    const category = api.byCategory.find((row: { category: { name: string } }) =>
      row.category.name.startsWith('要素保障'),
    );
    assert.ok(category?.count >= 1);
    await staff.screenshot('a-statistics');
  });
});
