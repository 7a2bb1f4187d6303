import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiGet, apiSignIn, demoPassword, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, signInThroughForm, type Browser } from '../support/browser.js';

interface EnterprisePage {
  items: { id: string; name: string }[];
  total: number;
}

/** The id of the enterprise with exactly this name, looked up by a leader through the API. */
async function enterpriseId(app: RunningApp, cookie: string, name: string): Promise<string> {
  const found = await apiGet<EnterprisePage>(
    app,
    `/api/enterprises?q=${encodeURIComponent(name)}&pageSize=100`,
    cookie,
  );
  const match = found.items.find((item) => item.name === name);
  assert.ok(match, `${name} is not in the demo zone`);
  return match.id;
}

void describe('an enterprise user sees only its own enterprise', () => {
  let app: RunningApp;
  let browser: Browser;
  let ownId: string;
  let otherId: string;

  before(async () => {
    app = await startApp();
    const leader = await apiSignIn(app, 'leader', demoPassword);
    ownId = await enterpriseId(app, leader, '龙德科技有限公司');
    otherId = await enterpriseId(app, leader, '华睿电子有限公司');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  void test('its own record opens; another enterprise is "not found"', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/login`);
    await signInThroughForm(page, 'enterprise', demoPassword);
    await page.getByTestId('home-title').waitFor();

    await page.goto(`${app.url}/enterprises/${ownId}`);
    const detail = page.getByTestId('enterprise-detail');
    await detail.waitFor();
    assert.match(await detail.innerText(), /龙德科技有限公司/);
    await browser.screenshot('c-own-enterprise');

    await page.goto(`${app.url}/enterprises/${otherId}`);
    await page.getByTestId('not-found').waitFor();
    assert.equal(await page.getByTestId('enterprise-detail').count(), 0);
    assert.doesNotMatch(await page.locator('body').innerText(), /华睿电子有限公司/);
    await browser.screenshot('c-other-enterprise-not-found');
  });

  void test('the API agrees: 404 for the other enterprise, a list of one', async () => {
    const cookie = await apiSignIn(app, 'enterprise', demoPassword);
    const response = await fetch(`${app.url}/api/enterprises/${otherId}`, { headers: { cookie } });
    assert.equal(response.status, 404);
    const list = await apiGet<EnterprisePage>(app, '/api/enterprises?pageSize=100', cookie);
    assert.deepEqual(
      list.items.map((item) => item.id),
      [ownId],
    );
  });
});
