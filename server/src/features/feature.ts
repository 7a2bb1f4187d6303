import type { Database, Db } from '../db/client.js';
import type { Config } from '../config.js';

/** What every feature plugin receives from buildApp. */
export interface FeatureOptions {
  db: Db;
  database: Database;
  config: Config;
}
