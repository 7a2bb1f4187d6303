import pino from 'pino';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { migrateDatabase } from './db/migrate.js';
import { buildApp } from './app.js';
import { bootstrapDatabase, type BootstrapResult } from './seed/bootstrap.js';
import { startJobQueue, type JobQueue } from './jobs/queue.js';
import { outboundFor } from './features/inbox/outbound.js';
import { failAbandonedImportJobs } from './features/import-jobs/import-jobs.service.js';

function printBanner(url: string, kind: string, result: BootstrapResult) {
  const lines = [
    ``,
    `高新区智慧管理服务平台 已启动 · Gaoxin is running`,
    `  地址 URL:      ${url}`,
    `  数据库 DB:     ${kind}`,
  ];
  if (result.accounts.length > 0) {
    lines.push(
      `  ${result.demo ? '示例账号 Demo accounts' : '初始账号 Initial account'}: ${result.accounts.join(', ')}`,
    );
    if (result.passwordChosenByOperator) {
      lines.push(`  密码 Password: （由环境变量设定 / as set in the environment）`);
    } else {
      lines.push(`  密码 Password: ${result.password ?? ''}`);
      lines.push(
        `  此密码只显示这一次，首次登录须修改。This password is shown once and must be changed at first sign-in.`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main() {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleError: (error) =>
      log.warn({ err: error }, 'an idle database connection failed; the pool replaces it'),
  });
  await migrateDatabase(database);
  const result = await bootstrapDatabase(database.db, config);
  // Imports that were running when the last process died will never finish: say so on their jobs.
  await failAbandonedImportJobs(database.db);
  const app = await buildApp({ database, config });
  let jobs: JobQueue | undefined;
  if (config.runJobs)
    jobs = await startJobQueue(database, app.log, { outbound: outboundFor(config, app.log) });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await jobs?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  printBanner(config.publicOrigin ?? `http://${shownHost}:${config.port}`, database.kind, result);
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `启动失败 / failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
