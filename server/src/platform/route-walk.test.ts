import type { LightMyRequestResponse } from 'fastify';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '@gaoxin/domain';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { enterpriseMayGet, ignoredFields, mayReach, routeAccess } from '../../test/route-access.js';
import {
  buildRequest,
  operationsOf,
  requestsFor,
  uploadFor,
  type Operation,
  type Records,
  type WalkRequest,
} from '../../test/route-walk.js';
import { populateZone, type WalkZone } from '../../test/walk-zone.js';

/**
 * The route walk: every operation of the OpenAPI document, as every role, against records that are
 * not the caller's. It complements access-matrix.test.ts (the reads, role by role) and
 * isolation.test.ts (lists and records by hand): a route added tomorrow is walked without anyone
 * adding it here, and the one thing asked of a newcomer is its line in `routeAccess`
 * (server/test/route-access.ts), which this file holds it to.
 */
let t: TestApp;
let a: WalkZone;
let b: WalkZone;
let operations: Operation[];

const key = (operation: Operation) => `${operation.method} ${operation.path}`;
const isWrite = (method: string) => method !== 'GET';

/** The text of an answer, a workbook's cells included, to look for other records in. */
async function answerText(response: LightMyRequestResponse): Promise<string> {
  if (!String(response.headers['content-type']).includes('spreadsheetml')) return response.body;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const texts: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text))));
  return texts.join('\n');
}

async function send(operation: Operation, request: WalkRequest, cookie: string | undefined) {
  const upload =
    isWrite(operation.method) && !operation.body && /\/(import|attachments)$/.test(operation.path)
      ? await uploadFor(operation.path)
      : undefined;
  return t.request({
    method: request.method as 'GET',
    url: request.url,
    ...(cookie ? { cookie } : {}),
    ...(upload ?? (request.payload === undefined ? {} : { payload: request.payload as object })),
  });
}

/** Why an answer is a leak, or null: a 2xx must not carry another's record, nor act on one. */
async function leak(
  operation: Operation,
  request: WalkRequest,
  response: LightMyRequestResponse,
  markers: string[],
  allowed: (operation: Operation) => boolean,
): Promise<string | null> {
  if (response.statusCode < 200 || response.statusCode >= 300) return null;
  const fields = request.foreignFields.length > 0 ? ` (${request.foreignFields.join(', ')})` : '';
  const where = `${request.method} ${request.url}${fields} → ${response.statusCode}`;
  if (request.foreignIn.has('path')) return `${where}: another's record in the path was served`;
  const ignored = request.foreignFields.every((field) => `${key(operation)} ${field}` in ignoredFields);
  if (isWrite(operation.method) && request.foreignIn.size > 0 && !ignored)
    return `${where}: a write naming another's record was accepted`;
  if (!allowed(operation)) return `${where}: not on the allow-list`;
  const text = await answerText(response);
  const found = markers.find((marker) => text.includes(marker));
  return found ? `${where}: the answer holds another's record (${found})` : null;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await populateZone(t, '甲');
  b = await populateZone(t, '乙');
  operations = await operationsOf(t);
});
afterAll(() => t.close());

describe('the route walk', () => {
  it('knows what every route of the OpenAPI document needs', () => {
    const documented = operations.map(key);
    expect(
      documented.filter((route) => !(route in routeAccess)),
      'add these to routeAccess (server/test/route-access.ts)',
    ).toEqual([]);
    expect(
      Object.keys(routeAccess).filter((route) => !documented.includes(route)),
      'gone',
    ).toEqual([]);
    expect(Object.keys(enterpriseMayGet).filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('hides no route from the OpenAPI document, which is what it walks', () => {
    // Fastify's own table of routes, printed as a tree: one segment a line, methods in brackets.
    const stack: string[] = [];
    const registered: string[] = [];
    for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
      const match = /^([│ ]*)[├└]── (.+?) \(([A-Z, ]+)\)$/.exec(line);
      if (!match) continue;
      const depth = match[1]!.length / 4;
      stack.length = depth;
      stack.push(match[2]!);
      const path = stack.join('').replace(/:(\w+)/g, '{$1}');
      for (const method of match[3]!.split(', ')) if (method !== 'HEAD') registered.push(`${method} ${path}`);
    }
    const documented = new Set(operations.map(key));
    // The built web app's files (served when web/dist exists) are not API routes.
    const hidden = registered.filter(
      (route) => / \/api\//.test(route) && !documented.has(route) && !route.startsWith('GET /api/docs'),
    );
    // Hidden on purpose, and public: the document itself (and its viewer, /api/docs), and the ping.
    expect(hidden.sort()).toEqual(['GET /api/openapi.json', 'GET /api/ping']);
  });

  it('refuses every route without a session, except the public ones', async () => {
    const open: string[] = [];
    for (const operation of operations) {
      if (routeAccess[key(operation)] === 'public') continue;
      const response = await send(
        operation,
        buildRequest(operation, { ids: a.records, values: a.values }),
        undefined,
      );
      if (response.statusCode !== 401) open.push(`${key(operation)} → ${response.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it('gives an enterprise user nothing of another enterprise or another zone', async () => {
    const user = a.own.user;
    const targets: { name: string; records: Records; markers: string[]; ownParent?: boolean }[] = [
      { name: 'zone B', records: b.records, markers: b.markers },
      {
        name: 'the neighbour',
        records: { ...b.records, ...a.neighbourRecords },
        markers: [...a.neighbour.markers, ...b.markers],
      },
      { name: 'own parent, zone B child', records: b.records, markers: b.markers, ownParent: true },
      {
        name: 'own parent, neighbour child',
        records: { ...b.records, ...a.neighbourRecords },
        markers: [...a.neighbour.markers, ...b.markers],
        ownParent: true,
      },
    ];
    const leaks: string[] = [];
    const unmapped = new Set<string>();
    for (const target of targets) {
      for (const operation of operations) {
        const pathIds = operation.parameters.filter((parameter) => parameter.in === 'path').length;
        if (target.ownParent && pathIds < 2) continue;
        const fill = { ids: target.records, values: a.values, own: a.records, ownParent: target.ownParent };
        for (const request of requestsFor(operation, fill)) {
          request.unmapped.forEach((name) => unmapped.add(`${key(operation)} ${name}`));
          // Signing out ends the session: that one request gets a spare session of the same user.
          const cookie =
            operation.path === '/api/auth/logout' ? await t.login(user.user.username) : user.cookie;
          const response = await send(operation, request, cookie);
          const mayGet = (each: Operation) => key(each) in enterpriseMayGet;
          const found = await leak(operation, request, response, target.markers, mayGet);
          if (found) leaks.push(`${target.name}: ${found}`);
        }
      }
    }
    // Parameters the walk cannot tie to a record kind get a random UUID (still walked, never served).
    if (unmapped.size > 0) console.info(`route walk, random ids for: ${[...unmapped].join('; ')}`);
    expect(leaks).toEqual([]);
  });

  it('gives no other role of zone A anything of zone B', async () => {
    const leaks: string[] = [];
    // The auditor first: the audit log records what the others are about to send, zone-B ids included.
    for (const role of ['auditor', 'alliance', 'admin', 'leader', 'officer'] as const) {
      for (const operation of operations) {
        if (operation.path === '/api/auth/logout') continue;
        // Whether the role may use the route at all is the next test's.
        if (!mayReach(role, routeAccess[key(operation)]) && key(operation) in routeAccess) continue;
        for (const request of requestsFor(operation, { ids: b.records, values: a.values, own: a.records })) {
          // Writes only when they name a zone-B record (the others would just work on zone A); reads
          // always, for no answer to a zone-A user may hold a zone-B record.
          if (request.foreignIn.size === 0 && isWrite(operation.method)) continue;
          const response = await send(operation, request, a.people[role].cookie);
          const found = await leak(operation, request, response, b.markers, () => true);
          if (found) leaks.push(`${role}: ${found}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('keeps each role out of the routes the policy does not give it, on its own zone’s records', async () => {
    const cookies: Record<Role, string> = {
      leader: a.people.leader.cookie,
      officer: a.people.officer.cookie,
      enterprise: a.own.user.cookie,
      admin: a.people.admin.cookie,
      auditor: a.people.auditor.cookie,
      alliance: a.people.alliance.cookie,
    };
    const reached: string[] = [];
    for (const operation of operations) {
      const access = routeAccess[key(operation)];
      if (!access) continue;
      for (const role of roles) {
        if (mayReach(role, access)) continue;
        const response = await send(
          operation,
          buildRequest(operation, { ids: a.records, values: a.values }),
          cookies[role],
        );
        if (response.statusCode >= 200 && response.statusCode < 300) {
          reached.push(`${role}: ${key(operation)} → ${response.statusCode}`);
        }
      }
    }
    expect(reached).toEqual([]);
  });

  it('reaches every read with the roles that may use it, so the walk above is not refused for a wrong reason', async () => {
    const cookies: Partial<Record<Role, string>> = {
      leader: a.people.leader.cookie,
      officer: a.people.officer.cookie,
      enterprise: a.own.user.cookie,
      admin: a.people.admin.cookie,
      auditor: a.people.auditor.cookie,
      alliance: a.people.alliance.cookie,
    };
    const unreached: string[] = [];
    for (const operation of operations) {
      const access = routeAccess[key(operation)];
      if (operation.method !== 'GET' || !access || access === 'public') continue;
      const statuses: string[] = [];
      for (const role of roles.filter((each) => mayReach(each, access))) {
        const response = await send(
          operation,
          buildRequest(operation, { ids: a.records, values: a.values }),
          cookies[role],
        );
        statuses.push(`${role} ${response.statusCode}`);
      }
      if (!statuses.some((status) => / 2\d\d$/.test(status)))
        unreached.push(`${key(operation)}: ${statuses.join(', ')}`);
    }
    expect(unreached).toEqual([]);
  });
});
