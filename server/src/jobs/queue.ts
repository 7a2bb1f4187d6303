import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client.js';
import { sessionPolicy } from '../config.js';
import { deleteExpiredSessions } from '../features/auth/auth.repository.js';
import { runAppealClocks } from '../features/appeals/appeal-clock.service.js';
import type { Outbound } from '../features/inbox/outbound.js';

/** Names of the queues; each scheduled job is a queue with a cron schedule. */
export const queues = { purgeSessions: 'sessions-purge', appealClocks: 'appeal-clocks' } as const;

/**
 * pg-boss talks to PostgreSQL through node-postgres; on the embedded engine it gets a small
 * adapter over PGlite's single connection (multi-statement text without parameters goes to exec).
 */
function pgBossOptions(database: Database): PgBoss.ConstructorOptions {
  const common = { schema: 'pgboss', supervise: true, schedule: true, migrate: true };
  if (database.pool) {
    return { ...common, db: { executeSql: (text, values) => database.pool!.query(text, values) } };
  }
  const pglite = database.pglite;
  if (!pglite) throw new Error('no database for the job queue');
  return {
    ...common,
    // Polling a single embedded connection competes with requests; poll gently.
    monitorStateIntervalSeconds: 60,
    maintenanceIntervalSeconds: 300,
    db: {
      executeSql: async (text: string, values?: unknown[]) => {
        if (values && values.length > 0) return pglite.query(text, values);
        const results = await pglite.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      },
    },
  };
}

export interface JobQueue {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Starts the database-kept job queue and the scheduled jobs; safe with several processes. */
export async function startJobQueue(
  database: Database,
  log: FastifyBaseLogger,
  options: { pollingIntervalSeconds?: number; outbound?: Outbound } = {},
): Promise<JobQueue> {
  const boss = new PgBoss(pgBossOptions(database));
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();

  await boss.createQueue(queues.purgeSessions);
  await boss.schedule(queues.purgeSessions, '*/15 * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work(
    queues.purgeSessions,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 },
    async () => {
      const now = new Date();
      const removed = await deleteExpiredSessions(
        database.db,
        now,
        new Date(now.getTime() - sessionPolicy.idleTimeoutMs),
      );
      log.info({ removed }, 'expired sessions purged');
    },
  );

  // The appeals' clocks: escalations are read from stored deadlines, so a missed minute is caught up.
  await boss.createQueue(queues.appealClocks);
  await boss.schedule(queues.appealClocks, '* * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work(
    queues.appealClocks,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 },
    async () => {
      const result = await runAppealClocks(database.db, new Date());
      options.outbound?.deliver(result.notices);
      if (result.escalated > 0) log.info({ escalated: result.escalated }, 'overdue appeals escalated');
    },
  );

  return {
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 5000 }),
  };
}
