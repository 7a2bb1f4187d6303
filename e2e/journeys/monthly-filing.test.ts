import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoPassword, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, signInThroughForm, type Browser } from '../support/browser.js';

/** October 2026 is the demo's last month; 华睿电子 (enterprise2) has not filed it yet. */
const period = '2026-10';

void describe('an enterprise files its month, and the officer sees it filed', () => {
  let app: RunningApp;
  let enterprise: Browser;
  let officer: Browser;

  before(async () => {
    app = await startApp();
    enterprise = await launchBrowser();
    officer = await launchBrowser();
  });

  after(async () => {
    await enterprise?.close();
    await officer?.close();
    await app?.stop();
  });

  void test('enterprise2 files October; a figure below September is flagged and not sent', async () => {
    const { page } = enterprise;
    await page.goto(`${app.url}/login`);
    await signInThroughForm(page, 'enterprise2', demoPassword);
    await page.getByTestId('home-title').waitFor();
    // The form opens on last month by default; the demo's October is chosen by address, so the
    // journey does not depend on today's date.
    await page.goto(`${app.url}/indicators/my-returns?period=${period}`);
    await page.getByTestId('return-form').waitFor();
    await page.getByTestId('filing-status-overdue').waitFor();

    const me = await (await page.request.get(`${app.url}/api/auth/me`)).json();
    const form = await (
      await page.request.get(
        `${app.url}/api/indicators/returns?enterpriseId=${me.enterpriseId}&period=${period}`,
      )
    ).json();
    const september = (code: string): number =>
      Number(
        form.values.find((value: { indicator: { code: string } }) => value.indicator.code === code)
          .lastMonthCumulative,
      );
    const output = september('output');
    assert.ok(output > 0, 'the demo has September figures');

    // Lower than 1—9月: the form marks the field and sends nothing (the server would refuse it too).
    await page.getByTestId('return-current-output').fill((output - 1).toFixed(2));
    await page.getByTestId('return-save').click();
    await page.getByTestId('return-error').waitFor();
    assert.match(await page.getByTestId('return-form').innerText(), /累计值低于上月累计/);
    await enterprise.screenshot('f-return-refused');

    await page.getByTestId('return-current-output').fill((output + 1234.5).toFixed(2));
    await page.getByTestId('return-previous-output').fill((output * 0.9).toFixed(2));
    await page.getByTestId('return-current-revenue').fill((september('revenue') + 1500).toFixed(2));
    await page.getByTestId('return-save').click();
    await page.getByTestId('filing-status-filed').waitFor();
    await enterprise.screenshot('f-return-filed');
  });

  void test('the officer finds 华睿电子 filed on the board, by the enterprise itself', async () => {
    const { page } = officer;
    await page.goto(`${app.url}/login`);
    await signInThroughForm(page, 'officer', demoPassword);
    await page.getByTestId('home-title').waitFor();
    await page.goto(`${app.url}/indicators/filings?period=${period}`);
    await page.getByTestId('filings-page').waitFor();
    const response = await page.request.get(
      `${app.url}/api/indicators/filings?period=${period}&status=filed&pageSize=200`,
    );
    const board = await response.json();
    const filed = board.items.find(
      (item: { enterprise: { name: string } }) => item.enterprise.name === '华睿电子有限公司',
    );
    assert.ok(filed, '华睿电子 is listed as filed');
    assert.equal(filed.source, 'filing');
    await officer.screenshot('f-board');
  });
});
