import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { generatedPassword, startApp, type RunningApp } from '../support/app.js';
import { launchBrowser, signInThroughForm, type Browser } from '../support/browser.js';

void describe('an initial (generated) password must be changed at first sign-in', () => {
  let app: RunningApp;
  let browser: Browser;
  let initialPassword: string;

  before(async () => {
    // No GAOXIN_DEMO_PASSWORD: the server generates one and prints it once in its banner.
    app = await startApp({ demoPassword: null });
    initialPassword = await generatedPassword(app);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  void test('an officer is sent to change the password, then reaches home', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/login`);
    await signInThroughForm(page, 'officer', initialPassword);
    await page.getByTestId('change-password-title').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/change-password/);
    await browser.screenshot('d-change-password');

    // Until the password is changed, the home page is out of reach.
    await page.goto(`${app.url}/`);
    await page.getByTestId('change-password-title').waitFor();

    const newPassword = `Nw-${randomBytes(6).toString('hex')}-9Q`;
    await page.getByTestId('password-current').fill(initialPassword);
    await page.getByTestId('password-new').fill(newPassword);
    await page.getByTestId('password-confirm').fill(newPassword);
    await page.getByTestId('password-submit').click();
    await page.getByTestId('home-title').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await browser.screenshot('d-home-after-change');

    // The new password works and the old one no longer does.
    const signIn = (password: string) =>
      fetch(`${app.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.url },
        body: JSON.stringify({ username: 'officer', password }),
      });
    assert.equal((await signIn(initialPassword)).status, 401);
    const fresh = await signIn(newPassword);
    assert.equal(fresh.status, 200);
    const body = (await fresh.json()) as { user: { mustChangePassword: boolean } };
    assert.equal(body.user.mustChangePassword, false);
  });
});
