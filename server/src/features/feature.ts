import type { Database, Db } from '../db/client.js';
import type { Config } from '../config.js';
import type { Outbound } from './inbox/outbound.js';

/** What every feature plugin receives from buildApp. */
export interface FeatureOptions {
  db: Db;
  database: Database;
  config: Config;
  /** Email/SMS besides the inbox; logging channels, off unless configured. */
  outbound: Outbound;
}
