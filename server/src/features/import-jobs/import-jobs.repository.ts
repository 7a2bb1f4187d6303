import { and, desc, eq, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { importJobs } from '../../db/schema/index.js';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type NewImportJob = typeof importJobs.$inferInsert;

/** Records a job as it starts. */
export async function insertImportJob(db: DbOrTx, job: NewImportJob): Promise<void> {
  await db.insert(importJobs).values(job);
}

/** Records how a job ended: its status, last progress, report or error. */
export async function finishImportJob(
  db: DbOrTx,
  id: string,
  end: Pick<
    ImportJobRow,
    'status' | 'phase' | 'done' | 'total' | 'report' | 'error' | 'cancelRequested' | 'finishedAt'
  >,
): Promise<void> {
  await db.update(importJobs).set(end).where(eq(importJobs.id, id));
}

/** One job of a user in a zone (a job is visible to the user who started it only). */
export async function findImportJob(
  db: DbOrTx,
  owner: { id: string; userId: string; zoneId: string },
): Promise<ImportJobRow | undefined> {
  const [row] = await db
    .select()
    .from(importJobs)
    .where(
      and(
        eq(importJobs.id, owner.id),
        eq(importJobs.userId, owner.userId),
        eq(importJobs.zoneId, owner.zoneId),
      ),
    );
  return row;
}

/** A user's latest jobs in a zone, newest first, optionally of one status. */
export function findImportJobs(
  db: DbOrTx,
  filter: { userId: string; zoneId: string; status?: string; limit: number },
): Promise<ImportJobRow[]> {
  return db
    .select()
    .from(importJobs)
    .where(
      and(
        eq(importJobs.userId, filter.userId),
        eq(importJobs.zoneId, filter.zoneId),
        filter.status ? eq(importJobs.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(importJobs.createdAt))
    .limit(filter.limit);
}

/** Marks failed the jobs still 'running' that no live process runs (all but `liveIds`). */
export async function failRunningImportJobs(db: DbOrTx, liveIds: string[], error: unknown): Promise<number> {
  const rows = await db
    .update(importJobs)
    .set({ status: 'failed', error, finishedAt: sql`now()` })
    .where(
      and(
        eq(importJobs.status, 'running'),
        liveIds.length > 0 ? notInArray(importJobs.id, liveIds) : undefined,
      ),
    )
    .returning({ id: importJobs.id });
  return rows.length;
}
