import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, repoRoot } from './app.js';

const run = promisify(execFile);
const script = join(repoRoot, 'scripts', 'pg-throwaway.sh');

export interface ThrowawayPostgres {
  /** postgres://… of an empty database in a fresh cluster (UTF-8, C.UTF-8 ctype). */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts an empty PostgreSQL 15 cluster on loopback with scripts/pg-throwaway.sh, for journeys
 * that need the production engine (e.g. a fresh install without the demo). `E2E_PG_PORT` picks
 * the port; otherwise a free one is taken.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const port = process.env.E2E_PG_PORT ?? String(await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'gaoxin-e2e-pg-'));
  const { stdout } = await run('bash', [script, 'start', dir, port], { timeout: 120_000 });
  const url = stdout.trim().split('\n').pop() ?? '';
  if (!url.startsWith('postgres://')) throw new Error(`pg-throwaway printed no URL: ${stdout}`);
  return {
    url,
    async stop() {
      await run('bash', [script, 'stop', dir], { timeout: 120_000 }).catch(() => undefined);
    },
  };
}
