import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoPassword, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, signInThroughForm, type Browser } from '../support/browser.js';

void describe('sign-in and sign-out', () => {
  let app: RunningApp;
  let browser: Browser;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  void test('a leader signs in, sees the home page and signs out to the login page', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/`);
    // Signed out, any address leads to the sign-in form.
    await page.getByTestId('login-username').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/login/);

    await signInThroughForm(page, 'leader', demoPassword);
    await page.getByTestId('home-title').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.notEqual((await page.getByTestId('home-title').innerText()).trim(), '');
    await browser.screenshot('a-leader-home');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/login/);
    await browser.screenshot('a-after-logout');

    // The session is really gone: the home page sends us back to sign in.
    await page.goto(`${app.url}/`);
    await page.getByTestId('login-username').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/login/);
  });

  void test('a wrong password shows a clear Chinese message', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/login`);
    await signInThroughForm(page, 'leader', 'not-the-password-1A');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    assert.match(await error.innerText(), /用户名或密码错误/);
    assert.match(new URL(page.url()).pathname, /^\/login/);
    await browser.screenshot('b-wrong-password');
  });
});
