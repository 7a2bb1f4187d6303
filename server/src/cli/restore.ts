import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { restoreDatabase } from '../backup/backup.service.js';

/** npm run restore FILE: migrates the configured (empty) database and loads the dump into it. */
async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('用法 / usage: npm run restore FILE');
  const dump = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    await restoreDatabase(database.sql, dump);
    process.stdout.write(`已恢复 / restored: ${file}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `恢复失败 / restore failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
