import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { createEnterprise, createZone } from '../../test/factories.js';

let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let enterpriseId: string;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  enterpriseId = (await createEnterprise(t.db, zone)).id;
  for (const role of ['leader', 'officer', 'admin', 'auditor', 'alliance'] as const) {
    cookies[role] = (await t.loginAs(zone, role)).cookie;
  }
  cookies.enterprise = (await t.loginAs(zone, 'enterprise', { enterpriseId })).cookie;
});
afterAll(() => t.close());

/**
 * Every read endpoint against every role: the one policy (domain/src/platform/roles.ts) seen from
 * the outside. 200 = allowed, 403 = the role may not use the capability at all.
 */
const matrix: [string, Record<string, number>][] = [
  ['/api/users', { admin: 200, leader: 403, officer: 403, auditor: 403, enterprise: 403, alliance: 403 }],
  ['/api/audit', { auditor: 200, admin: 403, leader: 403, officer: 403, enterprise: 403, alliance: 403 }],
  [
    '/api/enterprises',
    { leader: 200, officer: 200, enterprise: 200, admin: 403, auditor: 403, alliance: 403 },
  ],
  [
    '/api/enterprises/{id}',
    { leader: 200, officer: 200, enterprise: 200, admin: 403, auditor: 403, alliance: 403 },
  ],
  ['/api/enterprises/{id}/visits', { leader: 200, officer: 200, enterprise: 403, admin: 403, auditor: 403 }],
  [
    '/api/enterprises/{id}/assignments',
    { leader: 200, officer: 200, enterprise: 403, admin: 403, auditor: 403 },
  ],
  ['/api/qualifications/expiring', { leader: 200, officer: 200, enterprise: 403, admin: 403, auditor: 403 }],
  ['/api/qualification-types', { leader: 200, officer: 200, enterprise: 200, admin: 403, auditor: 403 }],
  ['/api/assignable-people', { leader: 200, officer: 200, enterprise: 403, admin: 403, auditor: 403 }],
  [
    '/api/enterprises/template.xlsx',
    { leader: 200, officer: 200, enterprise: 403, admin: 403, auditor: 403 },
  ],
  ['/api/enterprises/export.xlsx', { leader: 200, officer: 200, enterprise: 403, admin: 403, auditor: 403 }],
  ['/api/parks', { leader: 200, officer: 200, enterprise: 200, admin: 200, alliance: 200, auditor: 403 }],
  ['/api/departments', { leader: 200, officer: 200, admin: 200, auditor: 403 }],
  ...['/api/zone', '/api/zone/setup-status', '/api/zone/departments', '/api/zone/parks'].map(
    (url): [string, Record<string, number>] => [
      url,
      { admin: 200, leader: 403, officer: 403, enterprise: 403, auditor: 403, alliance: 403 },
    ],
  ),
  [
    '/api/indicators',
    { leader: 200, officer: 200, enterprise: 200, admin: 403, auditor: 403, alliance: 403 },
  ],
  ...[
    '/api/indicators/overview',
    '/api/indicators/trend?indicator=output',
    '/api/indicators/breakdown?indicator=output&by=park',
    '/api/indicators/rankings?indicator=output',
    '/api/indicators/enterprises?indicator=output',
    '/api/indicators/warnings',
    '/api/indicators/warning-rules',
    '/api/indicators/settings',
    '/api/indicators/filings',
    '/api/indicators/targets?year=2026',
    '/api/indicators/official-rates?period=2026-06',
  ].map((url): [string, Record<string, number>] => [
    url,
    { leader: 200, officer: 200, enterprise: 403, admin: 403, auditor: 403, alliance: 403 },
  ]),
  // No figures yet: past the role check, the bulletin says there is nothing to write from.
  ['/api/indicators/bulletin?period=2026-06', { leader: 404, officer: 404, enterprise: 403, admin: 403 }],
  [
    '/api/indicators/template.xlsx?period=2026-06',
    { officer: 200, leader: 403, enterprise: 403, admin: 403 },
  ],
  [
    '/api/indicators/returns?enterpriseId={id}&period=2026-06',
    { leader: 200, officer: 200, enterprise: 200, admin: 403, auditor: 403, alliance: 403 },
  ],
  [
    '/api/indicators/enterprise/{id}',
    { leader: 200, officer: 200, enterprise: 200, admin: 403, auditor: 403 },
  ],
];

describe('who may read what', () => {
  it.each(matrix)('%s', async (template, expected) => {
    const url = template.replace('{id}', enterpriseId);
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    const actual: Record<string, number> = {};
    for (const role of Object.keys(expected)) {
      actual[role] = (await t.request({ method: 'GET', url, cookie: cookies[role] })).statusCode;
    }
    expect(actual).toEqual(expected);
  });
});
