import { resolve } from 'node:path';

/** Everything the server reads from its environment, parsed once at start-up. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Load the demo zone into an empty database (always on PGlite; on PostgreSQL only with GAOXIN_DEMO=1). */
  loadDemo: boolean;
  demoPassword: string | undefined;
  adminPassword: string | undefined;
  /** The public origin (scheme://host[:port]) when the app sits behind a reverse proxy. */
  publicOrigin: string | undefined;
  /** Trust X-Forwarded-* headers from a reverse proxy. */
  trustProxy: boolean;
  /** Serve the session cookie with the Secure flag (on when the public origin is https). */
  secureCookies: boolean;
  /** Sign-in attempts allowed per client address per minute. */
  loginRateLimit: number;
  /** Start the job queue (pg-boss) and its scheduled jobs. */
  runJobs: boolean;
  /** Outbound channels besides the in-app inbox (`GAOXIN_NOTIFY=email,sms`); off by default, logging only. */
  notificationChannels: ('email' | 'sms')[];
  logLevel: string;
  webDist: string | undefined;
}

export const sessionPolicy = {
  idleTimeoutMs: 30 * 60 * 1000,
  absoluteTimeoutMs: 12 * 60 * 60 * 1000,
  /** Refresh last_seen_at at most this often, to avoid a write on every request. */
  touchIntervalMs: 60 * 1000,
  cookieName: 'gaoxin_session',
} as const;

export const lockoutPolicy = { maxFailedAttempts: 5, lockMinutes: 15 } as const;

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'yes';
}

/** Reads configuration from environment variables (see the table in README.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const publicOrigin = env.PUBLIC_ORIGIN?.trim().replace(/\/$/, '') || undefined;
  return {
    port: Number.parseInt(env.PORT ?? '3000', 10),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    // Relative to where the command was typed: `npm start` runs the server inside its workspace,
    // and npm passes the caller's directory as INIT_CWD.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR ?? 'data'),
    loadDemo: databaseUrl ? flag(env.GAOXIN_DEMO) : env.GAOXIN_DEMO !== '0',
    demoPassword: env.GAOXIN_DEMO_PASSWORD || undefined,
    adminPassword: env.GAOXIN_ADMIN_PASSWORD || undefined,
    publicOrigin,
    trustProxy: flag(env.TRUST_PROXY),
    secureCookies: publicOrigin?.startsWith('https://') ?? false,
    loginRateLimit: Number.parseInt(env.LOGIN_RATE_LIMIT ?? '10', 10),
    runJobs: env.GAOXIN_JOBS !== '0',
    notificationChannels: (env.GAOXIN_NOTIFY ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name): name is 'email' | 'sms' => name === 'email' || name === 'sms'),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: env.WEB_DIST,
  };
}
