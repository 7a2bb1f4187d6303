import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('puts the embedded data where the command was typed, not in the workspace npm runs', () => {
    expect(loadConfig({ INIT_CWD: '/srv/gaoxin' }).dataDir).toBe('/srv/gaoxin/data');
    expect(loadConfig({ INIT_CWD: '/srv/gaoxin', DATA_DIR: 'store' }).dataDir).toBe('/srv/gaoxin/store');
    expect(loadConfig({ INIT_CWD: '/srv/gaoxin', DATA_DIR: '/var/lib/gaoxin' }).dataDir).toBe(
      '/var/lib/gaoxin',
    );
  });

  it('loads the demo by default on the embedded database and only on request on PostgreSQL', () => {
    expect(loadConfig({}).loadDemo).toBe(true);
    expect(loadConfig({ GAOXIN_DEMO: '0' }).loadDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y' }).loadDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', GAOXIN_DEMO: '1' }).loadDemo).toBe(true);
  });

  it('sends Secure cookies when the public origin is https', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://gaoxin.example/' })).toMatchObject({
      publicOrigin: 'https://gaoxin.example',
      secureCookies: true,
    });
    expect(loadConfig({}).secureCookies).toBe(false);
  });
});
