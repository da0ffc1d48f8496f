import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to PostgreSQL and Redis on 127.0.0.1 and the local analyzer', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/sift');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(4000);
    expect(config.analyzer).toBe('local');
  });

  it('names the variable of a bad value', () => {
    for (const [name, value] of [
      ['PORT', 'eighty'],
      ['PORT', '70000'],
      ['DATABASE_URL', 'mysql://x'],
      ['REDIS_URL', 'not a url'],
      ['MAX_FILE_BYTES', '-1'],
      ['ANALYZER', 'gpt'],
      ['EMBEDDED_WORKER', 'maybe'],
      ['ORG_MAX_REQUESTS_PER_MINUTE', '-5'],
      ['ORG_MAX_REQUESTS_PER_MINUTE', 'lots'],
      ['ORG_MAX_IN_FLIGHT', '2.5'],
      ['ORG_MAX_IN_FLIGHT', '-1'],
      ['EXTRACTION_MAX_RSS_MB', '64'],
      ['EXTRACTION_MAX_TEXT_CHARS', 'lots'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
    }
  });

  it('bounds each extraction reader: heap, resident memory, time, text', () => {
    expect(loadConfig({}).worker).toMatchObject({
      extractionMaxMemoryMb: 512,
      extractionMaxRssMb: 1024,
      extractionTimeoutMs: 20_000,
      extractionMaxTextChars: 200_000,
    });
    const set = loadConfig({ EXTRACTION_MAX_RSS_MB: '2048', EXTRACTION_MAX_TEXT_CHARS: '50000' }).worker;
    expect(set).toMatchObject({ extractionMaxRssMb: 2048, extractionMaxTextChars: 50_000 });
  });

  it('treats empty variables as unset, and needs a key for the openai analyzer', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
    expect(() => loadConfig({ ANALYZER: 'openai' })).toThrow(/OPENAI_API_KEY/);
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }).analyzer).toBe('openai');
  });

  it('limits each organization by default, and lets either limit be turned off with 0', () => {
    expect(loadConfig({}).tenants).toEqual({ maxRequestsPerMinute: 1_200, maxInFlight: 50 });
    expect(loadConfig({ ORG_MAX_REQUESTS_PER_MINUTE: '0', ORG_MAX_IN_FLIGHT: '0' }).tenants).toEqual({
      maxRequestsPerMinute: 0,
      maxInFlight: 0,
    });
  });

  it('keeps files in PostgreSQL by default; FILE_STORAGE=s3 needs a bucket, and keys come in pairs', () => {
    expect(loadConfig({}).files).toEqual({ storage: 'postgres', s3: null, orphanGraceMs: 3_600_000 });
    expect(() => loadConfig({ FILE_STORAGE: 's3' })).toThrow(/S3_BUCKET: required when FILE_STORAGE=s3/);
    expect(() => loadConfig({ FILE_STORAGE: 'disk' })).toThrow(/FILE_STORAGE/);
    expect(() => loadConfig({ FILE_STORAGE: 's3', S3_BUCKET: 'Not_A_Bucket' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ S3_BUCKET: 'sift', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
    expect(() => loadConfig({ S3_BUCKET: 'sift', S3_ACCESS_KEY_ID: 'AKIA' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ S3_BUCKET: 'sift', S3_SECRET_ACCESS_KEY: 'x' })).toThrow(/S3_ACCESS_KEY_ID/);
    expect(() => loadConfig({ S3_FORCE_PATH_STYLE: 'sometimes' })).toThrow(/S3_FORCE_PATH_STYLE/);
    // AWS: no endpoint, credentials from the SDK's default chain (an instance or task role).
    expect(loadConfig({ FILE_STORAGE: 's3', S3_BUCKET: 'sift-resumes', S3_REGION: 'eu-west-1' }).files).toEqual({
      storage: 's3',
      s3: {
        bucket: 'sift-resumes',
        region: 'eu-west-1',
        endpoint: undefined,
        credentials: null,
        forcePathStyle: false,
      },
      orphanGraceMs: 3_600_000,
    });
    const minio = loadConfig({
      FILE_STORAGE: 's3',
      S3_BUCKET: 'sift',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'minioadmin',
      S3_SECRET_ACCESS_KEY: 'minioadmin',
      S3_FORCE_PATH_STYLE: 'true',
    }).files.s3;
    expect(minio).toMatchObject({
      endpoint: 'http://minio:9000',
      credentials: { accessKeyId: 'minioadmin', secretAccessKey: 'minioadmin' },
      forcePathStyle: true,
    });
  });

  it('serves the explorer outside production unless EXPLORER says otherwise', () => {
    expect(loadConfig({}).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', EXPLORER: 'on' }).explorer).toBe(true);
    expect(loadConfig({ EXPLORER: 'off' }).explorer).toBe(false);
    expect(() => loadConfig({ EXPLORER: 'yes' })).toThrow(/EXPLORER/);
  });

  it('reads CORS_ORIGINS as a list of origins; unset or empty: none', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:5173/,HTTPS://Admin.Example.com:8443' })
        .corsOrigins,
    ).toEqual(['https://app.example.com', 'http://localhost:5173', 'https://admin.example.com:8443']);
    for (const bad of [
      '*',
      'app.example.com',
      'https://app.example.com/path',
      'ftp://x.example.com',
      'https://u:p@x.com',
    ]) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS/);
    }
  });
});
