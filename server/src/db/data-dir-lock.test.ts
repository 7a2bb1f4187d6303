import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.js';

const directories: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'gaoxin-lock-'));
  directories.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded data directory lock', () => {
  it('refuses a second holder while the first lives, and frees on release', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    acquireDataDirLock(dir).release();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = tempDir();
    // PIDs are below 2^22 on Linux; this one cannot be alive.
    writeFileSync(join(dir, 'gaoxin.lock'), '99999999');
    const lock = acquireDataDirLock(dir);
    lock.release();
  });

  it('makes a second server process on the same data dir exit with a clear message', async () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    try {
      const main = fileURLToPath(new URL('../main.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', main], {
        env: { ...process.env, DATA_DIR: dir, PORT: '0', GAOXIN_JOBS: '0', DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(2);
      expect(stderr).toContain('正被另一个进程');
      expect(stderr).toContain(String(process.pid));
    } finally {
      lock.release();
    }
  });
});
