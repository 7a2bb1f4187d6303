import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in e2e/support/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The password every demo account gets in the journeys that set one. */
export const demoPassword = 'E2e-Demo-Pass-2024';

const startTimeoutMs = 180_000;
const stopTimeoutMs = 15_000;

export interface RunningApp {
  /** The app's own origin, e.g. http://127.0.0.1:41234 (also the Origin header it expects). */
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** Everything the server has printed on stdout so far. */
  output(): string;
  /** Waits (bounded) until stdout matches the pattern and returns the match. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The demo accounts' password; null starts without one, so the server generates it. */
  demoPassword?: string | null;
  env?: Record<string, string>;
}

/** Asks the kernel for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true when the promise settles within ms, false otherwise; leaves no timer behind. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Children still alive when the test process exits (a crash, an interrupted run) are killed here.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

function webIsBuilt(): boolean {
  return existsSync(join(repoRoot, 'web', 'dist', 'index.html'));
}

/**
 * Starts the app from the repository root on a free loopback port, on embedded PGlite in a fresh
 * temporary data directory with the demo zone, and waits until /api/health answers.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!webIsBuilt()) {
    throw new Error('web/dist/index.html is missing: run `npm run build` before the journeys.');
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'gaoxin-e2e-data-'));

  const env: NodeJS.ProcessEnv = { ...process.env };
  // Nothing from the caller's shell may redirect the app to another database or account setup.
  for (const name of ['DATABASE_URL', 'GAOXIN_DEMO', 'GAOXIN_DEMO_PASSWORD', 'GAOXIN_ADMIN_PASSWORD']) {
    delete env[name];
  }
  delete env.PUBLIC_ORIGIN;
  delete env.NODE_OPTIONS;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    GAOXIN_JOBS: '0',
    LOGIN_RATE_LIMIT: '1000',
    LOG_LEVEL: 'warn',
    ...options.env,
  });
  const password = options.demoPassword === undefined ? demoPassword : options.demoPassword;
  if (password !== null) env.GAOXIN_DEMO_PASSWORD = password;

  // node --import tsx runs the server in this one process, so its PID is the server's PID.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const describe = () =>
    `app on port ${port} (pid ${child.pid ?? '?'})\n--- stdout ---\n${stdout.slice(-3000)}\n--- stderr ---\n${stderr.slice(-3000)}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      child.kill('SIGTERM');
      if (!(await within(exited, stopTimeoutMs))) {
        child.kill('SIGKILL');
        await within(exited, 5_000);
      }
    }
    running.delete(child);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`the app exited before it was ready: ${describe()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app did not answer /api/health within ${startTimeoutMs / 1000} s: ${describe()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }

  return {
    url,
    port,
    pid: child.pid ?? 0,
    dataDir,
    output: () => stdout,
    async waitForOutput(pattern, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const match = stdout.match(pattern);
        if (match) return match;
        if (Date.now() > until) throw new Error(`no ${String(pattern)} in the app's output: ${describe()}`);
        await sleep(100);
      }
    },
    stop,
  };
}

/** The generated initial password from the start-up banner (`密码 Password: XXXX`). */
export async function generatedPassword(app: RunningApp): Promise<string> {
  const match = await app.waitForOutput(/密码 Password: ([^\s（(]\S*)\s*$/m);
  const password = match[1];
  if (!password) throw new Error(`no generated password in the banner:\n${app.output()}`);
  return password;
}

/** Signs in through the API (as a script would: with the app's own Origin) and returns the cookie. */
export async function apiSignIn(app: RunningApp, username: string, password: string): Promise<string> {
  const response = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('gaoxin_session='));
  if (!cookie) throw new Error(`sign-in as ${username} set no session cookie`);
  return cookie;
}

/** GETs a JSON API path with a session cookie. */
export async function apiGet<T>(app: RunningApp, path: string, cookie: string): Promise<T> {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
