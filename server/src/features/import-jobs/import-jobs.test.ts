import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { enterprises, importJobs } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createZone, makeCreditCode } from '../../../test/factories.js';
import { multipart, workbookOf } from '../../../test/uploads.js';
import { failAbandonedImportJobs } from './import-jobs.service.js';

interface Job {
  id: string;
  status: string;
  phase: string;
  done: number;
  total: number;
  cancelRequested: boolean;
  finishedAt: string | null;
  report: { totalRows: number; created: number; problems: { message: string }[] } | null;
  error: { code: string; message: string; details?: unknown[] } | null;
}

let t: TestApp;
let bigFile: Buffer;

const rowsOf = (size: number, prefix: string) =>
  Array.from({ length: size }, (_, index) => ({
    企业名称: `${prefix}${index}号科技有限公司`,
    统一社会信用代码: makeCreditCode(),
    简称: `${prefix}${index}`,
  }));

beforeAll(async () => {
  t = await createTestApp();
  // Long enough to be still running when the next request arrives (seconds, not milliseconds).
  bigFile = await workbookOf(rowsOf(6000, '任务'));
});
afterAll(() => t.close());

async function setUp() {
  const zone = await createZone(t.db);
  const officer = await t.loginAs(zone, 'officer');
  const records = async () => {
    const [row] = await t.db.select({ n: count() }).from(enterprises).where(eq(enterprises.zoneId, zone.id));
    return row?.n ?? 0;
  };
  return { zone, officer, records };
}

function start(cookie: string, file: Buffer, dryRun: boolean, language = 'zh-CN') {
  const body = multipart(file, '企业名录.xlsx');
  return t.request({
    method: 'POST',
    url: `/api/import-jobs/enterprises?dryRun=${dryRun}`,
    cookie,
    headers: { ...body.headers, 'accept-language': language },
    payload: body.payload,
  });
}

function read(cookie: string, id: string, language = 'zh-CN') {
  return t.request({
    method: 'GET',
    url: `/api/import-jobs/${id}`,
    cookie,
    headers: { 'accept-language': language },
  });
}

function cancel(cookie: string, id: string) {
  return t.request({ method: 'POST', url: `/api/import-jobs/${id}/cancel`, cookie });
}

/** Polls as the dialog does until the job has ended; returns every answer seen. */
async function follow(cookie: string, id: string, language = 'zh-CN'): Promise<Job[]> {
  const seen: Job[] = [];
  for (;;) {
    const response = await read(cookie, id, language);
    expect(response.statusCode).toBe(200);
    const job = response.json<{ job: Job }>().job;
    seen.push(job);
    if (job.status !== 'running') return seen;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('import jobs', () => {
  it('runs to done with the report of the synchronous route, problems in the caller’s language', async () => {
    const { officer } = await setUp();
    const rows = rowsOf(40, '同报');
    rows[7] = { ...rows[7]!, 统一社会信用代码: 'NOT-A-CODE' };
    const file = await workbookOf(rows);
    const body = multipart(file, '企业名录.xlsx');
    const sync = await t.request({
      method: 'POST',
      url: '/api/enterprises/import?dryRun=true',
      cookie: officer.cookie,
      headers: { ...body.headers, 'accept-language': 'en' },
      payload: body.payload,
    });
    expect(sync.statusCode).toBe(200);

    const started = await start(officer.cookie, file, true, 'en');
    expect(started.statusCode).toBe(202);
    const job = started.json<{ job: Job }>().job;
    expect(job).toMatchObject({ status: 'running', report: null, error: null });
    const end = (await follow(officer.cookie, job.id, 'en')).at(-1)!;
    expect(end.status).toBe('done');
    expect(end.finishedAt).not.toBeNull();
    expect(end.report).toEqual(sync.json());
    expect(end.report!.problems[0]!.message).toMatch(/[a-z]/);
    const chinese = (await read(officer.cookie, job.id)).json<{ job: Job }>().job;
    expect(chinese.report!.problems[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a commit writes the rows and ends with its progress complete; a refused commit keeps its error', async () => {
    const { officer, records } = await setUp();
    const file = await workbookOf(rowsOf(300, '写入'));
    const job = (await start(officer.cookie, file, false)).json<{ job: Job }>().job;
    expect(job).toMatchObject({ phase: 'reading', done: 0 });
    const seen = await follow(officer.cookie, job.id);
    const end = seen.at(-1)!;
    expect(end).toMatchObject({ status: 'done', phase: 'writing', done: 300, total: 300 });
    expect(end.report).toMatchObject({ totalRows: 300, created: 300, problems: [] });
    for (const each of seen) expect(['reading', 'checking', 'writing']).toContain(each.phase);
    expect(await records()).toBe(300);
    const [row] = await t.db.select().from(importJobs).where(eq(importJobs.id, job.id));
    expect(row).toMatchObject({
      status: 'done',
      kind: 'enterprises',
      dryRun: false,
      filename: '企业名录.xlsx',
    });
    expect(row!.fileSha256).toMatch(/^[0-9a-f]{64}$/);

    const bad = rowsOf(5, '坏行');
    bad[2] = { ...bad[2]!, 统一社会信用代码: 'NOT-A-CODE' };
    const refused = (await start(officer.cookie, await workbookOf(bad), false)).json<{ job: Job }>().job;
    const failed = (await follow(officer.cookie, refused.id)).at(-1)!;
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'IMPORT_HAS_ERRORS' });
    expect(failed.error!.message).toContain('未导入任何数据');
    expect(failed.error!.details!.length).toBeGreaterThan(0);
    expect(await records()).toBe(300);
  });

  it('reports progress while it runs, and a reload finds the running job', async () => {
    const { officer } = await setUp();
    const job = (await start(officer.cookie, bigFile, true)).json<{ job: Job }>().job;
    const running = await t.request({
      method: 'GET',
      url: '/api/import-jobs?status=running',
      cookie: officer.cookie,
    });
    expect(running.json<{ items: Job[] }>().items.map((each) => each.id)).toEqual([job.id]);
    const seen = await follow(officer.cookie, job.id);
    expect(seen.some((each) => each.status === 'running' && each.total > 0)).toBe(true);
    const done = seen.filter((each) => each.status === 'running').map((each) => each.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.at(-1)!).toMatchObject({ status: 'done', phase: 'checking', done: 6000, total: 6000 });
    const after = await t.request({
      method: 'GET',
      url: '/api/import-jobs?status=running',
      cookie: officer.cookie,
    });
    expect(after.json<{ items: Job[] }>().items).toEqual([]);
    const all = await t.request({ method: 'GET', url: '/api/import-jobs', cookie: officer.cookie });
    expect(all.json<{ items: Job[] }>().items[0]).toMatchObject({ id: job.id, status: 'done' });
  });

  it('cancelling leaves the registry unchanged, and frees the user for the next import', async () => {
    const { officer, records } = await setUp();
    const job = (await start(officer.cookie, bigFile, false)).json<{ job: Job }>().job;
    const cancelled = await cancel(officer.cookie, job.id);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<{ job: Job }>().job).toMatchObject({ status: 'cancelled', cancelRequested: true });
    expect(await records()).toBe(0);
    const [row] = await t.db.select().from(importJobs).where(eq(importJobs.id, job.id));
    expect(row).toMatchObject({ status: 'cancelled', cancelRequested: true, report: null });
    // Cancelling an ended job changes nothing.
    expect((await cancel(officer.cookie, job.id)).json<{ job: Job }>().job.status).toBe('cancelled');
    const next = await start(officer.cookie, await workbookOf(rowsOf(3, '再来')), false);
    expect(next.statusCode).toBe(202);
    expect((await follow(officer.cookie, next.json<{ job: Job }>().job.id)).at(-1)!.status).toBe('done');
    expect(await records()).toBe(3);
  });

  it('runs one import per user at a time; a job is its starter’s alone', async () => {
    const { zone, officer } = await setUp();
    const colleague = await t.loginAs(zone, 'officer');
    const stranger = await t.loginAs(await createZone(t.db), 'officer');
    const job = (await start(officer.cookie, bigFile, true)).json<{ job: Job }>().job;
    const second = await start(officer.cookie, bigFile, true);
    expect(second.statusCode).toBe(409);
    expect(second.json<{ error: { message: string } }>().error.message).toContain('已有一个导入正在进行');
    for (const other of [colleague, stranger]) {
      expect((await read(other.cookie, job.id)).statusCode).toBe(404);
      expect((await cancel(other.cookie, job.id)).statusCode).toBe(404);
      const list = await t.request({ method: 'GET', url: '/api/import-jobs', cookie: other.cookie });
      expect(list.json<{ items: Job[] }>().items).toEqual([]);
    }
    // The colleague's own import is not held up by the officer's.
    const theirs = await start(colleague.cookie, await workbookOf(rowsOf(2, '同事')), true);
    expect(theirs.statusCode).toBe(202);
    expect((await follow(officer.cookie, job.id)).at(-1)!.status).toBe('done');
    expect((await follow(colleague.cookie, theirs.json<{ job: Job }>().job.id)).at(-1)!.status).toBe('done');
    expect((await read(colleague.cookie, job.id)).statusCode).toBe(404);
    expect((await read(stranger.cookie, job.id)).statusCode).toBe(404);
  });

  it('at start, marks failed the jobs a dead process left running, not the live ones', async () => {
    const { zone, officer } = await setUp();
    const [stale] = await t.db
      .insert(importJobs)
      .values({
        zoneId: zone.id,
        userId: officer.user.id,
        kind: 'enterprises',
        dryRun: false,
        filename: '旧.xlsx',
        fileSha256: '0'.repeat(64),
      })
      .returning();
    // A colleague's import runs in this process meanwhile: the sweep leaves it alone.
    const colleague = await t.loginAs(zone, 'officer');
    const live = (await start(colleague.cookie, bigFile, true)).json<{ job: Job }>().job;
    expect(await failAbandonedImportJobs(t.db)).toBeGreaterThanOrEqual(1);
    const swept = (await read(officer.cookie, stale!.id)).json<{ job: Job }>().job;
    expect(swept.status).toBe('failed');
    expect(swept.finishedAt).not.toBeNull();
    expect(swept.error!.message).toContain('服务器已重启');
    const english = (await read(officer.cookie, stale!.id, 'en')).json<{ job: Job }>().job;
    expect(english.error!.message).toContain('server restarted');
    expect((await follow(colleague.cookie, live.id)).at(-1)!.status).toBe('done');
  });

  it('refuses the anonymous, the roles without the right, and a request without a file', async () => {
    const { zone, officer } = await setUp();
    const leader = await t.loginAs(zone, 'leader');
    const file = await workbookOf([]);
    expect((await start('', file, true)).statusCode).toBe(401);
    const forbidden = await start(leader.cookie, file, true);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json<{ error: { message: string } }>().error.message).toBe('没有权限执行此操作');
    const plain = await t.request({
      method: 'POST',
      url: '/api/import-jobs/enterprises',
      cookie: officer.cookie,
      payload: { file: 'x' },
    });
    expect(plain.statusCode).toBe(415);
    const wrongField = multipart(file, 'a.xlsx', 'other');
    const noFile = await t.request({
      method: 'POST',
      url: '/api/import-jobs/enterprises',
      cookie: officer.cookie,
      headers: wrongField.headers,
      payload: wrongField.payload,
    });
    expect(noFile.statusCode).toBe(400);
    expect((await read(officer.cookie, 'not-a-uuid')).statusCode).toBe(400);
  });
});
