import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlRunner } from '../db/client.js';
import { loadDemoZone } from '../seed/demo-zone.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import {
  dumpDatabase,
  restoreDatabase,
  RestoreRefusedError,
  tablesInDependencyOrder,
} from './backup.service.js';

let source: TestDatabase;
let target: TestDatabase;

/** Loading, dumping and restoring the whole demo (five years of figures, appeals, projects) takes a while. */
const wholeDemo = { timeout: 240_000 };

beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase();
  await loadDemoZone(source.database.db, 'Demo-Passw0rd!', false);
}, wholeDemo.timeout);
afterAll(async () => {
  await source.close();
  await target.close();
});

async function collect(sql: SqlRunner, kind: string): Promise<string> {
  let text = '';
  for await (const chunk of dumpDatabase(sql, kind)) text += chunk;
  return text;
}

/** Row count and a checksum over every row's JSON, per table, in a stable order. */
async function fingerprint(sql: SqlRunner) {
  const result: Record<string, { rows: number; checksum: string | null }> = {};
  for (const table of await tablesInDependencyOrder(sql)) {
    const { rows } = await sql.query<{ n: number; checksum: string | null }>(
      `select count(*)::int as n, md5(string_agg(to_jsonb(t)::text, '|' order by to_jsonb(t)::text)) as checksum from "${table}" t`,
    );
    result[table] = { rows: rows[0]?.n ?? 0, checksum: rows[0]?.checksum ?? null };
  }
  return result;
}

describe('backup and restore', () => {
  it('round-trips the demo zone with equal row counts and checksums', wholeDemo, async () => {
    const dump = await collect(source.database.sql, source.database.kind);
    await restoreDatabase(target.database.sql, dump);
    const before = await fingerprint(source.database.sql);
    const after = await fingerprint(target.database.sql);
    expect(before.enterprises?.rows).toBe(1000);
    // The eight demo sign-ins, and the staff and enterprise accounts its appeals were filed and handled by.
    expect(before.users?.rows).toBeGreaterThan(8);
    expect(before.appeals?.rows).toBe(300);
    expect(before.projects?.rows).toBe(80);
    expect(before.audit_log?.rows).toBeGreaterThanOrEqual(0);
    expect(after).toEqual(before);
  });

  it('rebuilds the derived bigram rows of the restored enterprises', async () => {
    const bigramRows = async (sql: SqlRunner) => {
      const { rows } = await sql.query<{ n: number; checksum: string | null }>(
        `select count(*)::int as n, md5(string_agg(zone_id || bigram || enterprise_id, '|'
           order by zone_id, bigram, enterprise_id)) as checksum from enterprise_name_bigrams`,
      );
      return rows[0];
    };
    const before = await bigramRows(source.database.sql);
    expect(before?.n).toBeGreaterThan(1000);
    expect(await bigramRows(target.database.sql)).toEqual(before);
  });

  it('rebuilds the appeal statistics’ summary rows from the restored appeals', async () => {
    const summaryRows = async (sql: SqlRunner) => {
      const { rows } = await sql.query<{ n: number; checksum: string | null }>(
        `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as checksum from (
           select 'm' as kind, month, category_id::text as id, department_id::text as other,
                  array[appeals, resolved, on_time, reopened, rated_1, rated_2, rated_3, rated_4, rated_5]::text as counts
           from appeal_month_summaries where appeals <> 0
           union all
           select 'b', month, department_id::text, bucket::text, appeals::text from appeal_handling_buckets where appeals <> 0
           union all
           select 'k', month, category_id::text, keyword, appeals::text from appeal_keyword_counts where appeals <> 0
         ) as t`,
      );
      return rows[0];
    };
    const before = await summaryRows(source.database.sql);
    expect(before?.n).toBeGreaterThan(300);
    expect(await summaryRows(target.database.sql)).toEqual(before);
  });

  it('keeps sequences going after a restore', async () => {
    await target.database.sql.query(
      `insert into audit_log (action, entity_type) values ('test.after_restore', 'test')`,
    );
    const { rows } = await target.database.sql.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'test.after_restore'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses to restore into a database that already holds data', wholeDemo, async () => {
    const dump = await collect(source.database.sql, source.database.kind);
    await expect(restoreDatabase(source.database.sql, dump)).rejects.toBeInstanceOf(RestoreRefusedError);
  });

  it('refuses a file that is not a backup', async () => {
    const empty = await createTestDatabase();
    try {
      await expect(restoreDatabase(empty.database.sql, 'DROP TABLE users;')).rejects.toThrow(
        /不是高新区平台的备份文件/,
      );
    } finally {
      await empty.close();
    }
  });
});
