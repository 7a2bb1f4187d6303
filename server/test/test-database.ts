import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';

/** The PostgreSQL server the suite runs against, when set; otherwise each test file gets in-memory PGlite. */
export const testServerUrl = process.env.TEST_DATABASE_URL;
export const testEngine = testServerUrl ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  /** The URL of the database, on PostgreSQL (for tests that open a second pool). */
  url?: string;
  close(): Promise<void>;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, empty database with migrations applied: PGlite in memory, or a new database on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!testServerUrl) {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { database, close: () => database.close() };
  }
  const name = `gaoxin_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const url = withDatabaseName(testServerUrl, name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
  await migrateDatabase(database);
  return {
    database,
    url,
    close: async () => {
      await database.close();
      const cleaner = new pg.Client({ connectionString: testServerUrl });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleaner.end();
    },
  };
}
