import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  creditCodeCheckCharacter,
  formatPeriod,
  organizationCodeCheckCharacter,
  parsePeriod,
  shiftPeriod,
  todayInChina,
} from '@gaoxin/domain';
import type { Page } from 'playwright-core';
import { apiSignIn, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, signInThroughForm, type Browser } from '../support/browser.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres.js';

const adminPassword = 'Zs-Admin-Passw0rd!';
const officerInitial = 'Zs-Initial-Passw0rd';
const officerPassword = `Zs-${randomBytes(5).toString('hex')}-9Q`;
/** Last month: the one whose returns are being filed now. */
const period = formatPeriod(shiftPeriod(parsePeriod(todayInChina().slice(0, 7)), -1));

function creditCode(serial: number): string {
  const body = `MA${String(1000 + serial).padStart(6, '0')}`;
  const first17 = `91510500${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** Picks an option of an antd Select opened by clicking `trigger`. */
async function choose(page: Page, trigger: string, option: string) {
  await page.locator(trigger).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/**
 * A fresh install on an empty PostgreSQL database without the demo: only `admin` exists. The admin
 * sets the zone up in 系统设置 and creates an officer; the officer registers three enterprises,
 * enters their month and reads the bulletin.
 */
void describe('zone setup on an empty PostgreSQL database', () => {
  let postgres: ThrowawayPostgres;
  let app: RunningApp;
  let admin: Browser;
  let officer: Browser;

  before(async () => {
    postgres = await startThrowawayPostgres();
    app = await startApp({
      demoPassword: null,
      env: { DATABASE_URL: postgres.url, GAOXIN_DEMO: '0', GAOXIN_ADMIN_PASSWORD: adminPassword },
    });
    admin = await launchBrowser();
    officer = await launchBrowser();
  });

  after(async () => {
    await admin?.close();
    await officer?.close();
    await app?.stop();
    await postgres?.stop();
  });

  void test('the admin names the zone, adds a department and a sub-park, creates an officer', async () => {
    const { page } = admin;
    await page.goto(`${app.url}/login`);
    await signInThroughForm(page, 'admin', adminPassword);
    await page.getByTestId('home-title').waitFor();
    const checklist = page.getByTestId('setup-checklist');
    await checklist.waitFor();
    assert.equal(await page.getByTestId('setup-step-zoneNamed').getAttribute('data-done'), 'false');

    await page.getByRole('menuitem', { name: '系统设置' }).click();
    await page.getByTestId('zone-info-form').waitFor();
    await page.getByTestId('zone-name').fill('泸州高新技术产业开发区');
    await page.getByTestId('zone-code').fill('LZGX');
    await page.getByTestId('zone-division').fill('5105');
    await page.getByTestId('zone-save').click();
    await page.getByText('行政区划代码须为 6 位数字，如 510500').waitFor();
    await page.getByTestId('zone-division').fill('510504');
    await page.getByTestId('zone-save').click();
    await page.getByText('已保存').first().waitFor();

    await page.getByRole('tab', { name: '部门' }).click();
    await page.getByText('还没有部门').waitFor();
    await page.getByTestId('department-add').click();
    await page.getByTestId('department-name').fill('经济发展局');
    await page.getByTestId('department-code').fill('JF');
    await page.getByTestId('department-save').click();
    await page.getByRole('cell', { name: '经济发展局' }).waitFor();

    await page.getByRole('tab', { name: '片区' }).click();
    await page.getByTestId('park-add').click();
    await page.getByTestId('park-name').fill('一园');
    await page.getByTestId('park-code').fill('P1');
    await page.getByTestId('park-outline').fill(
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [120, 0],
            [120, 60],
            [40, 90],
            [0, 60],
            [0, 0],
          ],
        ],
      }),
    );
    await page.getByTestId('park-form').getByTestId('outline-preview').waitFor();
    await page.getByTestId('park-save').click();
    await page.getByRole('cell', { name: '一园' }).waitFor();

    await page.goto(`${app.url}/admin/users`);
    await page.getByTestId('create-user').click();
    await page.getByTestId('user-username').fill('zhangsan');
    await page.getByTestId('user-display-name').fill('张三');
    await choose(page, '#create-user_departmentId', '经济发展局');
    await page.getByTestId('user-password').fill(officerInitial);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /创\s*建/ })
      .click();
    await page.getByTestId('edit-user-zhangsan').waitFor();

    await page.goto(`${app.url}/`);
    await page.getByTestId('setup-step-officer').and(page.locator('[data-done="true"]')).waitFor();
    assert.equal(await page.getByTestId('setup-step-enterprises').getAttribute('data-done'), 'false');
    await admin.screenshot('zs-admin-checklist');
  });

  void test('the officer registers three enterprises, enters their month and reads the bulletin', async () => {
    const { page } = officer;
    await page.goto(`${app.url}/login`);
    await signInThroughForm(page, 'zhangsan', officerInitial);
    await page.getByTestId('change-password-title').waitFor();
    await page.getByTestId('password-current').fill(officerInitial);
    await page.getByTestId('password-new').fill(officerPassword);
    await page.getByTestId('password-confirm').fill(officerPassword);
    await page.getByTestId('password-submit').click();
    await page.getByTestId('home-title').waitFor();

    const names = ['泸州示范精密制造有限公司', '泸州示范新材料科技有限公司', '泸州示范生物医药有限公司'];
    const ids: string[] = [];
    for (const [index, name] of names.entries()) {
      await page.goto(`${app.url}/enterprises`);
      await page.getByTestId('enterprise-create').click();
      await page.getByTestId('enterprise-form-name').fill(name);
      await page.getByTestId('enterprise-form-credit-code').fill(creditCode(index));
      await choose(page, '#create-enterprise_parkId', '一园');
      await page.getByTestId('enterprise-form-submit').click();
      await page.getByTestId('enterprise-detail').waitFor();
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      assert.match(id, /^[0-9a-f-]{36}$/);
      ids.push(id);
    }

    for (const [index, id] of ids.entries()) {
      await page.goto(`${app.url}/indicators/returns/${id}/${period}`);
      await page.getByTestId('return-form').waitFor();
      await page.getByTestId('return-current-output').fill(String(12000 + index * 3000));
      await page.getByTestId('return-previous-output').fill(String(10000 + index * 2500));
      await page.getByTestId('return-current-revenue').fill(String(15000 + index * 1000));
      await page.getByTestId('return-previous-revenue').fill(String(14000 + index * 900));
      await page.getByTestId('return-save').click();
      await page.getByTestId('filing-status-filed').waitFor();
    }

    await page.goto(`${app.url}/indicators/bulletin?period=${period}`);
    const bulletin = page.getByTestId('bulletin-document');
    await bulletin.waitFor();
    assert.match(await bulletin.innerText(), /一园工业总产值/);
    await officer.screenshot('zs-officer-bulletin');

    // The admin's checklist is now complete and gone.
    const cookie = await apiSignIn(app, 'admin', adminPassword);
    const status = (await (
      await fetch(`${app.url}/api/zone/setup-status`, { headers: { cookie } })
    ).json()) as { complete: boolean; counts: { enterprises: number } };
    assert.deepEqual([status.complete, status.counts.enterprises], [true, 3]);
    await admin.page.goto(`${app.url}/`);
    await admin.page.getByTestId('home-title').waitFor();
    await admin.page.getByRole('button', { name: /用户管理/ }).waitFor();
    assert.equal(await admin.page.getByTestId('setup-checklist').count(), 0);
  });
});
