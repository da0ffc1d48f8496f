import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';

describe('.env loaded at start, and the operators settings', () => {
  let dir: string;
  const names = ['SIFT_DOTENV_TEST_A', 'SIFT_DOTENV_TEST_B', 'SIFT_DOTENV_TEST_C'];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sift-dotenv-'));
  });
  afterEach(async () => {
    for (const name of names) delete process.env[name];
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the file, and a variable already in the environment wins over it', async () => {
    const file = path.join(dir, '.env');
    await writeFile(
      file,
      '# comment\nSIFT_DOTENV_TEST_A=from-file\nSIFT_DOTENV_TEST_B="quoted value"\nSIFT_DOTENV_TEST_C=from-file\n',
    );
    process.env.SIFT_DOTENV_TEST_C = 'from-environment';
    expect(loadDotEnv(file)).toBe(true);
    expect(process.env.SIFT_DOTENV_TEST_A).toBe('from-file');
    expect(process.env.SIFT_DOTENV_TEST_B).toBe('quoted value');
    expect(process.env.SIFT_DOTENV_TEST_C).toBe('from-environment');
  });

  it('is fine without a file', () => {
    expect(loadDotEnv(path.join(dir, 'missing.env'))).toBe(false);
  });

  it('validates WORKER_HEALTH_PORT and ADMIN_TOKEN, naming the variable', () => {
    expect(loadConfig({}).workerHealthPort).toBeNull();
    expect(loadConfig({}, { WORKER_HEALTH_PORT: '0' }).workerHealthPort).toBe(0);
    expect(loadConfig({}, { WORKER_HEALTH_PORT: '9464' }).workerHealthPort).toBe(9464);
    expect(() => loadConfig({}, { WORKER_HEALTH_PORT: '70000' })).toThrow(/WORKER_HEALTH_PORT/);
    expect(() => loadConfig({}, { WORKER_HEALTH_PORT: 'on' })).toThrow(ConfigError);
    expect(loadConfig({}).adminToken).toBeNull();
    expect(loadConfig({}, { ADMIN_TOKEN: 'a'.repeat(16) }).adminToken).toBe('a'.repeat(16));
    expect(() => loadConfig({}, { ADMIN_TOKEN: 'short' })).toThrow(/ADMIN_TOKEN.*at least 16/);
  });
});
