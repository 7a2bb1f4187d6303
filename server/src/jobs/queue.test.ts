import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { sessions } from '../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { createUser, createZone } from '../../test/factories.js';
import { queues, startJobQueue, type JobQueue } from './queue.js';

let testDatabase: TestDatabase;
let queue: JobQueue;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  queue = await startJobQueue(testDatabase.database, pino({ level: 'silent' }), {
    pollingIntervalSeconds: 1,
  });
});
afterAll(async () => {
  await queue.stop();
  await testDatabase.close();
});

describe('the job queue kept in the database', () => {
  it('schedules the session purge', async () => {
    const schedules = await queue.boss.getSchedules();
    expect(schedules.map((schedule) => schedule.name)).toContain(queues.purgeSessions);
  });

  it('runs a purge job that removes expired sessions and keeps live ones', async () => {
    const db = testDatabase.database.db;
    const zone = await createZone(db);
    const user = await createUser(db, zone, 'leader');
    const now = Date.now();
    await db.insert(sessions).values([
      { id: 'expired-absolute', userId: user.id, expiresAt: new Date(now - 1000) },
      {
        id: 'expired-idle',
        userId: user.id,
        expiresAt: new Date(now + 3600_000),
        lastSeenAt: new Date(now - 3600_000),
      },
      { id: 'live', userId: user.id, expiresAt: new Date(now + 3600_000) },
    ]);
    const jobId = await queue.boss.send(queues.purgeSessions, {});
    expect(jobId).toBeTruthy();
    // Bounded wait for the worker (it polls every few seconds).
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const job = await queue.boss.getJobById(queues.purgeSessions, jobId ?? '');
      if (job?.state === 'completed') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const left = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((row) => row.id)).toEqual(['live']);
  });
});
