import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ProjectMap } from '@gaoxin/domain';
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

/** Types a date into an antd DatePicker; leaving the field (Tab) takes it, where Enter would submit the form. */
async function typeDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

async function signIn(browser: Browser, url: string, username: string) {
  await browser.page.context().clearCookies();
  await browser.page.goto(`${url}/login`);
  await signInThroughForm(browser.page, username, demoPassword);
  await browser.page.getByTestId('home-title').waitFor();
}

/** An ISO date `days` from today in China time. */
function chinaDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function placedOnMap(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/projects/map`);
  const count = page.getByTestId('project-map-point-count');
  await count.waitFor();
  return Number(await count.getAttribute('data-count'));
}

const company = '旅程星辰新材料有限公司';
const project = '旅程星辰新材料生产基地';

void describe('a lead becomes a project that runs late and lands on the 督办 list and the map', () => {
  let app: RunningApp;
  let investment: Browser;
  let officer: Browser;
  let leadUrl = '';
  let projectId = '';

  before(async () => {
    app = await startApp();
    investment = await launchBrowser();
    officer = await launchBrowser();
  });

  after(async () => {
    await investment?.close();
    await officer?.close();
    await app?.stop();
  });

  void test('王专员 registers a lead', async () => {
    const { page } = investment;
    await signIn(investment, app.url, 'investment');
    await page.goto(`${app.url}/investment/new`);
    await page.getByTestId('lead-form-company').fill(company);
    await choose(page, 'lead-form-source', '会展');
    await page.getByTestId('lead-form-submit').click();
    await page.getByTestId('lead-detail').waitFor();
    leadUrl = page.url();
    assert.match(leadUrl, /\/investment\/[0-9a-f-]{36}$/);
  });

  void test('another officer registering the same company sees who holds it (首报首谈)', async () => {
    const { page } = officer;
    await signIn(officer, app.url, 'officer');
    await page.goto(`${app.url}/investment/new`);
    await page.getByTestId('lead-form-company').fill('旅程星辰新材料（苏州）有限公司');
    await page.getByTestId('lead-duplicate-warning').waitFor();
    assert.match(await page.getByTestId('lead-duplicate-warning').innerText(), /王专员/);
    await choose(page, 'lead-form-source', '网上推介');
    await page.getByTestId('lead-form-submit').click();
    // The new lead is kept, flagged with the first reporter.
    const flag = page.getByTestId('lead-detail').getByTestId('lead-duplicate-warning');
    await flag.waitFor();
    assert.match(await flag.innerText(), /王专员/);
    await page.goto(`${app.url}/investment?duplicates=true`);
    await page.getByTestId('lead-duplicate-flag').first().waitFor();
    await officer.screenshot('i-duplicate');
  });

  void test('王专员 signs it and turns it into a project', async () => {
    const { page } = investment;
    await page.goto(leadUrl);
    for (const status of ['negotiating', 'signed']) {
      await page.getByTestId(`lead-status-${status}`).click();
      await page.getByTestId('lead-status-ok').click();
      await page.getByTestId(`lead-status-${status}`).waitFor({ state: 'detached' });
    }
    await page.getByTestId('lead-to-project').click();
    await page.getByTestId('project-form-name').fill(project);
    const investor = page.getByTestId('project-form-investor');
    if ((await investor.inputValue()) === '') await investor.fill(company);
    await page.getByTestId('project-form-total').fill('60000');
    await page.getByTestId('project-form-contract').fill('50000');
    await typeDate(page, 'project-form-signed-on', chinaDay(-60));
    await choose(page, 'project-form-park', '电子信息产业园');
    await page.getByTestId('project-form-submit').click();
    await page.getByTestId('project-detail').waitFor();
    projectId = page.url().split('/').pop() ?? '';
    assert.equal(await page.getByTestId('project-colour').first().getAttribute('data-colour'), 'green');
  });

  void test('a weekly report, then a milestone 20 days past its date turns the project red', async () => {
    const { page } = investment;
    await page.getByTestId('project-report-add').click();
    await page.getByTestId('report-form-done').fill('完成用地预审和规划方案报审');
    await page.getByTestId('report-form-ok').click();
    await page.getByTestId('project-report').first().waitFor();

    await page.getByTestId('project-milestone-add').click();
    await page.getByTestId('milestone-form-name').fill('土地摘牌');
    await typeDate(page, 'milestone-form-planned', chinaDay(-20));
    await page.getByTestId('milestone-form-ok').click();
    await page.locator('[data-testid="project-colour"][data-colour="red"]').first().waitFor();
    await investment.screenshot('i-red');
  });

  void test('the leader finds it on the 督办 list and on the map', async () => {
    const { page } = officer;
    await signIn(officer, app.url, 'leader');
    await page.goto(`${app.url}/projects/supervision`);
    await page.getByTestId('project-list').waitFor();
    await page.getByTestId('project-search').fill('旅程星辰');
    await page.getByTestId('project-search').press('Enter');
    await page.getByTestId('project-list').getByText(project).first().waitFor();
    await officer.screenshot('i-supervision');
    const placed = await placedOnMap(page, app.url);
    await page.getByTestId('project-map').waitFor();
    const map = (await (await page.request.get(`${app.url}/api/projects/map`)).json()) as ProjectMap;
    const at = map.projects.ids.indexOf(projectId);
    assert.ok(at >= 0, 'the project is placed on its park');
    assert.equal(map.colours[map.projects.colour[at]!], 'red');
    assert.equal(map.parks.features[map.projects.park[at]!]?.properties.name, '电子信息产业园');
    assert.equal(placed, map.projects.ids.length);
    await officer.screenshot('i-map');
  });
});
