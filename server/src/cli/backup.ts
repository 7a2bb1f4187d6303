import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { dumpDatabase } from '../backup/backup.service.js';

/** npm run backup [FILE]: writes a restorable SQL dump of the configured database. */
async function main() {
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const file = resolve(
    process.env.INIT_CWD ?? process.cwd(),
    process.argv[2] ?? `backups/gaoxin-${stamp}.sql`,
  );
  mkdirSync(dirname(file), { recursive: true });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const out = createWriteStream(file, { encoding: 'utf8' });
    for await (const chunk of dumpDatabase(database.sql, database.kind)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    process.stdout.write(`备份已写入 / backup written: ${file}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `备份失败 / backup failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
