import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { auditLog, users } from '../db/schema/index.js';
import { appOrigin, createTestApp, type TestApp } from '../../test/harness.js';
import { createZone } from '../../test/factories.js';
import { testEngine } from '../../test/test-database.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let adminCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  // A route that fails the way a bug would, to prove 5xx answers hide internals.
  t.app.get('/api/test/boom', { config: { isPublic: true } }, () => {
    throw new Error('secret internal detail: password=hunter2 at /srv/app.ts');
  });
  zone = await createZone(t.db);
  adminCookie = (await t.loginAs(zone, 'admin')).cookie;
});
afterAll(() => t.close());

async function counts() {
  const [userCount] = await t.db.select({ n: count() }).from(users);
  const [auditCount] = await t.db.select({ n: count() }).from(auditLog);
  return { users: userCount?.n, audit: auditCount?.n };
}

const validUser = {
  username: 'csrf.target',
  displayName: '跨站测试',
  role: 'leader',
  password: 'Valid-Passw0rd!',
};

describe('health and platform routes', () => {
  it('reports health with the engine and version', async () => {
    const response = await t.request({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: testEngine, version: expect.any(String) });
  });

  it('puts a request id in every response header', async () => {
    const first = await t.request({ method: 'GET', url: '/api/health' });
    const second = await t.request({ method: 'GET', url: '/api/nowhere', cookie: adminCookie });
    expect(first.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });

  it('sends security headers with a content security policy', async () => {
    const response = await t.request({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown API path with the JSON error shape', async () => {
    const response = await t.request({ method: 'GET', url: '/api/nowhere', cookie: adminCookie });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: '接口不存在' } });
  });

  it('does not tell an anonymous caller which API paths exist', async () => {
    const response = await t.request({ method: 'GET', url: '/api/nowhere' });
    expect(response.statusCode).toBe(401);
  });

  it('answers a malformed URL with the one error shape', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/enterprises/%E0%A4%A',
      cookie: adminCookie,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'BAD_REQUEST', message: '请求格式不正确' } });
  });

  it('never shows internals on a 5xx', async () => {
    const response = await t.request({ method: 'GET', url: '/api/test/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试' } });
    expect(response.body).not.toContain('hunter2');
  });

  it('serves the OpenAPI document generated from the schemas', async () => {
    const response = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/users',
        '/api/users/{id}',
        '/api/audit',
        '/api/health',
      ]),
    );
    const docs = await t.request({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});

describe('bad input changes nothing', () => {
  it('rejects malformed JSON with 400 in Chinese', async () => {
    const before = await counts();
    const response = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: adminCookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "x",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'INVALID_JSON', message: '请求体不是有效的 JSON' });
    expect(await counts()).toEqual(before);
  });

  it('refuses an anonymous write before reading its body', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(response.statusCode).toBe(401);
  });

  it('rejects unknown fields, wrong types and over-long strings field by field', async () => {
    const before = await counts();
    const response = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: adminCookie,
      payload: {
        ...validUser,
        displayName: '长'.repeat(65),
        role: 'superuser',
        isAdmin: true,
        isLiaison: 'yes',
      },
    });
    expect(response.statusCode).toBe(400);
    const details: { field: string; message: string }[] = response.json().error.details;
    expect(details).toEqual(
      expect.arrayContaining([
        { field: 'isAdmin', message: '不允许的字段' },
        { field: 'displayName', message: '不能超过 64 个字符' },
        expect.objectContaining({ field: 'role', message: expect.stringContaining('取值无效') }),
        expect.objectContaining({ field: 'isLiaison', message: expect.stringContaining('类型不正确') }),
      ]),
    );
    expect(await counts()).toEqual(before);
  });

  it('gives field messages in English on request', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: adminCookie,
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { ...validUser, extra: 1 },
    });
    expect(response.json().error).toMatchObject({
      message: 'Some fields are invalid',
      details: [{ field: 'extra', message: 'Unknown field' }],
    });
  });

  it('rejects a body that is not JSON', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/users',
      cookie: adminCookie,
      headers: { 'content-type': 'text/xml' },
      payload: '<user/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('cross-site request defence', () => {
  it.each([
    ['no Origin or Referer', {}],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['a look-alike Origin', { origin: 'http://localhost.evil.example' }],
    ['a foreign Referer', { origin: '', referer: 'https://evil.example/page' }],
    ['Origin null', { origin: 'null' }],
  ])('refuses a state-changing request with %s and changes nothing', async (_label, headers) => {
    const before = await counts();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: adminCookie, ...headers },
      payload: validUser,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CROSS_SITE_REQUEST');
    expect(await counts()).toEqual(before);
  });

  it('refuses a cross-site sign-in too', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'a', password: 'b' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts a script that sends the app’s own origin, or its own Referer', async () => {
    const withOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: (await t.loginAs(zone, 'leader')).cookie, origin: appOrigin },
    });
    expect(withOrigin.statusCode).toBe(204);
    const withReferer = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: (await t.loginAs(zone, 'leader')).cookie, referer: `${appOrigin}/some/page` },
    });
    expect(withReferer.statusCode).toBe(204);
  });

  it('lets reads through without an Origin', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: adminCookie },
    });
    expect(response.statusCode).toBe(200);
  });
});
