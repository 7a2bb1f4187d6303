/**
 * Benchmark of 项目促建 and 招商: the project list (all, 督办 red, stage and park), the KPI for this
 * year and five years, the funnel (whole zone, by park, by officer), the detail, the lead list and the map
 * through the API, beside the statements the service sent for the same request run bare and the
 * no-database route. Cases that miss the aim are explained with EXPLAIN ANALYZE of their slowest
 * statement. Loopback only; every loop is bounded.
 */
import { listLeadsQuery, listProjectsQuery, todayInChina } from '@gaoxin/domain';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { Database, Db } from '../../server/src/db/client.js';
import { listLeads } from '../../server/src/features/leads/leads.service.js';
import { projectFunnel, projectKpi } from '../../server/src/features/projects/project-figures.service.js';
import { projectMap } from '../../server/src/features/projects/project-map.service.js';
import { getProject, listProjects } from '../../server/src/features/projects/projects.service.js';
import type { RequestContext } from '../../server/src/platform/request-context.js';
import { benchPassword } from './appeal-data.js';
import { actorOf, aimMs, bounds, statementsOf, type Query } from './appeals.js';
import { measure, measureHttp, type Summary } from './measure.js';
import { loadProjectZone, projectYears, type ProjectZone } from './project-data.js';

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The slowest statement of a request, explained, counting planning too: the list's nine-way join
 * is planned afresh for every request (the driver sends unnamed statements), so execution time
 * alone can hide where the time goes.
 */
async function explainSlowest(database: Database, statements: Query[]) {
  let slowest = { milliseconds: 0, planning: 0, execution: 0, sql: '', plan: [] as string[] };
  for (const statement of statements) {
    const { rows } = await database.sql.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${statement.sql}`,
      statement.params,
    );
    const plan = rows.map((row) => row['QUERY PLAN']);
    const time = (label: string) =>
      Number(new RegExp(`${label} Time: ([\\d.]+)`).exec(plan.join('\n'))?.[1] ?? 0);
    const planning = time('Planning');
    const execution = time('Execution');
    if (planning + execution >= slowest.milliseconds) {
      slowest = {
        milliseconds: round(planning + execution, 3),
        planning,
        execution,
        sql: statement.sql,
        plan,
      };
    }
  }
  return slowest;
}

/** Loads `count` projects and leads into a fresh zone and measures the screens that read them. */
export async function benchProjects(database: Database, count: number) {
  const progress = (message: string) => process.stdout.write(`  projects/${database.kind}: ${message}\n`);
  const zone = await loadProjectZone(database, count, progress);
  const config = { ...loadConfig({}), loginRateLimit: 100_000, runJobs: false, logLevel: 'silent' };
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const cookies: Record<string, string> = {};
    for (const [role, username] of Object.entries(zone.usernames)) {
      const login = await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ username, password: benchPassword }),
      });
      cookies[role] = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    }
    const cases = await measureCases(database, zone, origin, cookies, progress);
    const ping = await measureHttp([{ url: `${origin}/api/ping` }], bounds);
    return {
      engine: database.kind,
      rows: zone.rows,
      colours: zone.colours,
      loadSeconds: zone.seconds,
      ping,
      cases,
    };
  } finally {
    await app.close();
  }
}

type Case = {
  label: string;
  user: 'leader' | 'officer';
  urls: string[];
  read: (db: Db, as: RequestContext, at: number) => Promise<unknown>;
};

async function measureCases(
  database: Database,
  zone: ProjectZone,
  origin: string,
  cookies: Record<string, string>,
  progress: (message: string) => void,
) {
  const as = {
    leader: await actorOf(database, zone.usernames.leader),
    officer: await actorOf(database, zone.usernames.officer),
  };
  const today = todayInChina();
  const fiveYearsAgo = `${Number(today.slice(0, 4)) - projectYears}-01-01`;
  // Two hundred projects spread over the load order (and so over signing dates and stages).
  const step = Math.max(1, Math.floor(zone.projectIds.length / 200));
  const sample = zone.projectIds.filter((_, index) => index % step === 0).slice(0, 200);
  const listCase = (label: string, query: Record<string, string>): Case => ({
    label,
    user: 'leader',
    urls: [
      `/api/projects${Object.keys(query).length > 0 ? `?${new URLSearchParams(query).toString()}` : ''}`,
    ],
    read: (db, context) => listProjects(db, context, listProjectsQuery.parse(query)),
  });
  const cases: Case[] = [
    listCase('projects, first page (leader)', {}),
    listCase('督办: colour=red', { colour: 'red' }),
    listCase('stage=started & parkId (电子信息产业园)', { stage: 'started', parkId: zone.parkId }),
    {
      label: 'KPI, this year (default)',
      user: 'leader',
      urls: ['/api/projects/kpi'],
      read: (db, context) => projectKpi(db, context, {}),
    },
    {
      label: `KPI, from ${fiveYearsAgo}`,
      user: 'leader',
      urls: [`/api/projects/kpi?from=${fiveYearsAgo}`],
      read: (db, context) => projectKpi(db, context, { from: fiveYearsAgo }),
    },
    {
      label: 'funnel, whole zone',
      user: 'leader',
      urls: ['/api/projects/funnel'],
      read: (db, context) => projectFunnel(db, context, 'none'),
    },
    {
      label: 'funnel, groupBy=park',
      user: 'leader',
      urls: ['/api/projects/funnel?groupBy=park'],
      read: (db, context) => projectFunnel(db, context, 'park'),
    },
    {
      label: 'funnel, groupBy=officer',
      user: 'leader',
      urls: ['/api/projects/funnel?groupBy=officer'],
      read: (db, context) => projectFunnel(db, context, 'officer'),
    },
    {
      label: 'detail GET /api/projects/:id (officer, 200 projects)',
      user: 'officer',
      urls: sample.map((id) => `/api/projects/${id}`),
      read: (db, context, at) => getProject(db, context, sample[at]!, 'zh'),
    },
    {
      label: 'leads, first page (officer of 招商合作局)',
      user: 'officer',
      urls: ['/api/leads'],
      read: (db, context) => listLeads(db, context, listLeadsQuery.parse({})),
    },
    {
      label: 'map (leader; capped at 5,000 projects)',
      user: 'leader',
      urls: ['/api/projects/map'],
      read: (db, context) => projectMap(db, context),
    },
  ];
  const results: Record<
    string,
    {
      api: Summary;
      sql: Summary;
      status: number;
      bytes: number;
      slowest?: Awaited<ReturnType<typeof explainSlowest>>;
    }
  > = {};
  for (const item of cases) {
    const statements: Query[][] = [];
    for (let at = 0; at < item.urls.length; at += 1) {
      statements.push(await statementsOf(database, (db) => item.read(db, as[item.user], at)));
    }
    const headers = { cookie: cookies[item.user]! };
    const probe = await fetch(`${origin}${item.urls[0]}`, { headers });
    const bytes = (await probe.arrayBuffer()).byteLength;
    const api = await measureHttp(
      item.urls.map((url) => ({ url: `${origin}${url}`, headers })),
      bounds,
    );
    // The service's reads mostly go out at once; the bare run sends them at once too.
    const sql = await measure(async (iteration) => {
      const batch = statements[iteration % statements.length]!;
      await Promise.all(batch.map((statement) => database.sql.query(statement.sql, statement.params)));
      return true;
    }, bounds);
    results[item.label] = { api, sql, status: probe.status, bytes };
    progress(`${item.label}: HTTP ${probe.status}, ${bytes} B, API p95 ${api.p95} ms, SQL p95 ${sql.p95} ms`);
    if (api.p95 > aimMs) {
      const slowest = await explainSlowest(database, statements[0]!);
      results[item.label]!.slowest = slowest;
      progress(
        `  slowest statement: planning ${slowest.planning} ms, execution ${slowest.execution} ms:\n    ` +
          [...slowest.plan.slice(0, 30), '…', ...slowest.plan.slice(-3)].join('\n    '),
      );
    }
  }
  return results;
}

export type ProjectsResult = Awaited<ReturnType<typeof benchProjects>>;

export function projectsMarkdown(engines: ProjectsResult[]): string {
  const lines = [
    '## 项目促建 and 招商 (projects, leads)',
    '',
    'Signed in as the leader or an officer of 招商合作局 (the department that runs the leads and projects); 4 concurrent',
    'clients, each case at most 4,000 requests or 8 s; times in ms. The bare-SQL column runs the statements the service',
    'sent for that request (captured once through a logging connection), at once, through the same driver, without HTTP.',
    `Aim: API p95 under ${aimMs} ms on PostgreSQL. Projects are signed over ${projectYears} years, six milestones each;`,
    'weekly reports for the last 0–16 weeks of projects not yet at full production.',
    'The KPI and the funnel read summary rows that triggers keep with every write (one row per day; standing counts per',
    'step, park and officer), checked against a count from the base tables after the load; the map answers parallel',
    'arrays of ids, park and colour indices (the browser places the dots and fetches a project when clicked).',
    '',
  ];
  for (const engine of engines) {
    const { rows, colours } = engine;
    const load = engine.loadSeconds;
    const n = (value: number) => value.toLocaleString('en');
    lines.push(
      `### ${engine.engine} — ${n(rows.projects)} projects, ${n(rows.milestones)} milestones, ${n(rows.reports)} reports, ${n(rows.funds)} funds, ${n(rows.leads)} leads`,
      '',
      `Also ${n(rows.stageChanges)} stage changes and ${n(rows.followUps)} follow-ups. Colours at load: ${n(colours.red)} red, ${n(colours.yellow)} yellow, ${n(colours.green)} green.`,
      '',
      `Loaded: zone, parks and accounts ${load.setup} s, generated ${load.generate} s, COPY ${load.copy} s (with the summary triggers), indexes and keys ${load.indexes} s, vacuum and analyze ${load.analyze} s.`,
      '',
      `No-database route /api/ping: ${engine.ping.perSecond} req/s, p95 ${engine.ping.p95} ms.`,
      '',
      '| case | response | API req/s | API p50 | API p95 | bare SQL q/s | SQL p50 | SQL p95 | API p95 ÷ SQL p95 |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const [label, { api, sql, bytes }] of Object.entries(engine.cases)) {
      const ratio = sql.p95 > 0 ? round(api.p95 / sql.p95) : 0;
      const size = bytes >= 1024 ? `${round(bytes / 1024, 0)} KB` : `${bytes} B`;
      lines.push(
        `| ${label} | ${size} | ${api.perSecond} | ${api.p50} | ${api.p95} | ${sql.perSecond} | ${sql.p50} | ${sql.p95} | ${ratio} |`,
      );
    }
    const misses = Object.entries(engine.cases).filter(([, result]) => result.slowest);
    if (misses.length > 0) {
      lines.push(
        '',
        `Over ${aimMs} ms at p95, the slowest statement of the request (EXPLAIN ANALYZE, top of the plan):`,
        '',
      );
      for (const [label, { slowest }] of misses) {
        const top = slowest!.plan.find((line) => line.trim().length > 0)?.trim() ?? '';
        lines.push(
          `- ${label}: planning ${slowest!.planning} ms + execution ${slowest!.execution} ms — \`${top.slice(0, 120)}\``,
        );
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
