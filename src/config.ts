import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { parsePriceTable, PriceTableError } from './analysis/openai/prices.js';

/**
 * The only reader of `process.env`. Every setting is validated at start; a bad value stops the
 * process with a message naming the variable.
 */
const MiB = 1024 * 1024;

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(def ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL with protocol ${protocols.join(' or ')}`,
  );

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/sift'),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  /** Prefix of every Redis key and channel Sift uses: several deployments can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/)
    .default('sift'),
  PORT: int(4000, 0).pipe(z.number().max(65535)),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ANALYZER: z.enum(['local', 'openai']).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: url(['http:', 'https:']).optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** Per request to the provider. */
  OPENAI_TIMEOUT_MS: int(60_000, 100),
  /** Provider limits shared by every worker process (unset: no limit). */
  OPENAI_MAX_RPM: z.coerce.number().int().min(1).optional(),
  OPENAI_MAX_TPM: z.coerce.number().int().min(1).optional(),
  /** Analysis calls in flight per worker process (I/O-bound: throughput x latency). */
  OPENAI_CONCURRENCY: int(16, 1),
  /** JSON price table override, USD per 1M tokens: {"gpt-4o": {"input": 2.5, "output": 10, "cachedInput": 1.25}}. */
  OPENAI_PRICES: z
    .string()
    .superRefine((json, ctx) => {
      try {
        parsePriceTable(json);
      } catch (error) {
        if (!(error instanceof PriceTableError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
      }
    })
    .optional(),
  /** Files per processResumes call. */
  MAX_FILES_PER_BATCH: int(10_000, 1),
  MAX_FILE_BYTES: int(10 * MiB, 1),
  MAX_BATCH_BYTES: int(500 * MiB, 1),
  /** Declared uncompressed size of a DOCX archive above which it is treated as a zip bomb. */
  MAX_DOCX_UNCOMPRESSED_BYTES: int(50 * MiB, 1),
  /** Levels of fields below an operation's root fields (`{ a { b } }` is 1 deep; fragments add none). */
  MAX_QUERY_DEPTH: int(10, 2),
  MAX_QUERY_COMPLEXITY: int(10_000, 10),
  /** Aliased fields in one operation (each is resolved again: `a: viewer { id } b: viewer { id }`). */
  MAX_QUERY_ALIASES: int(30, 0),
  /** Lexical tokens in one GraphQL document (a string literal is one token), checked while parsing. */
  MAX_QUERY_TOKENS: int(5_000, 100),
  /** Largest graphql-ws message a client may send; a bigger one closes the socket with 1009. */
  MAX_WS_MESSAGE_BYTES: int(1 * MiB, 1_024),
  /**
   * How often the API key behind each open WebSocket is checked again, so that a key revoked while
   * a subscription runs stops it (closed with 4403) even when the client sends nothing more.
   */
  WS_KEY_RECHECK_MS: int(10_000, 100),
  /**
   * API requests per organization per minute, HTTP requests and WebSocket operations together
   * (a window that starts with the first request); over it, RATE_LIMITED. 0: no limit.
   */
  ORG_MAX_REQUESTS_PER_MINUTE: int(1_200, 0),
  /**
   * Resumes of one organization the workers process at once, over every worker process (the rest
   * wait their turn): one tenant cannot take every worker slot. 0: no limit.
   */
  ORG_MAX_IN_FLIGHT: int(50, 0),
  /**
   * Jobs in flight per worker process. Default: enough to keep both stages busy (extraction
   * readers plus, for the openai analyzer, OPENAI_CONCURRENCY calls).
   */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).optional(),
  JOB_ATTEMPTS: int(5, 1),
  EXTRACTION_TIMEOUT_MS: int(20_000, 100),
  /** Extraction reader processes per worker process (CPU-bound: about the number of cores). */
  EXTRACTION_CONCURRENCY: int(Math.max(1, availableParallelism()), 1),
  /** V8 heap limit of one extraction reader; a file that needs more fails as TOO_LARGE. */
  EXTRACTION_MAX_MEMORY_MB: int(512, 32),
  /**
   * Resident memory of one extraction reader (heap, buffers, native memory); the reader is killed
   * past it and its file fails as TOO_LARGE. Enforced on Linux.
   */
  EXTRACTION_MAX_RSS_MB: int(1024, 128),
  /** More characters of text than this in one resume fails it as TOO_LARGE. */
  EXTRACTION_MAX_TEXT_CHARS: int(200_000, 1_000),
  /** Files an extraction reader reads before a fresh one replaces it; 0: never. */
  EXTRACTION_RECYCLE_AFTER: int(0, 0),
  /** How often a worker logs its memory (process and extraction readers); 0: never. */
  MEMORY_LOG_INTERVAL_MS: int(60_000, 0),
  /**
   * A job's lock lasts this long unless its worker renews it; a worker that died (kill -9) loses
   * its jobs to the others when the stalled-job check next runs.
   */
  JOB_LOCK_MS: int(30_000, 1_000),
  JOB_STALLED_CHECK_MS: int(30_000, 500),
  /** How often each worker process looks for lost work (see Reconciler). */
  RECONCILE_INTERVAL_MS: int(30_000, 100),
  /** An application untouched this long without a live job is queued again. */
  RECONCILE_STALE_MS: int(30_000, 0),
  /** Start the worker inside the API process (npm start, the demo). */
  EMBEDDED_WORKER: bool(false),
  /** Where new original files go: PostgreSQL (`resume_file.content`) or S3-compatible object storage. */
  FILE_STORAGE: z.enum(['postgres', 's3']).default('postgres'),
  /** The bucket (must exist). Set it also under FILE_STORAGE=postgres to keep reading files stored in S3 before. */
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be a bucket name: 3-63 lower-case letters, digits, dots, hyphens',
    )
    .optional(),
  /** `auto` for Cloudflare R2; any value for MinIO. */
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Unset for AWS S3; the server's URL for MinIO, R2 (`https://<account>.r2.cloudflarestorage.com`), others. */
  S3_ENDPOINT: url(['http:', 'https:']).optional(),
  /** Both or neither; neither: the AWS SDK's default chain (environment, profile, instance or task role). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `http://host/bucket/key` rather than `http://bucket.host/key`: MinIO and most local servers want it. */
  S3_FORCE_PATH_STYLE: bool(false),
  /**
   * An object uploaded for a batch that never committed (a crash between upload and commit) is
   * deleted once it is this old; a batch's upload and commit must take less.
   */
  S3_ORPHAN_GRACE_MS: int(3_600_000, 0),
  /** GraphiQL at GET /graphql for browsers; default: on unless NODE_ENV=production. */
  EXPLORER: z.enum(['on', 'off']).optional(),
  /** Origins (scheme://host[:port]) whose browser pages may call the API, comma-separated; unset: none. */
  CORS_ORIGINS: z
    .string()
    .transform((v, ctx) => {
      const origins: string[] = [];
      for (const item of v.split(',').map((o) => o.trim())) {
        if (!item) continue;
        const origin = parseOrigin(item);
        if (origin) origins.push(origin);
        else
          ctx.addIssue({
            code: 'custom',
            message: `${JSON.stringify(item)} is not an origin like https://app.example.com`,
          });
      }
      return origins;
    })
    .optional(),
  /** A worker's HTTP port for /healthz, /readyz and /metrics; 0: any free port; unset: none. */
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** The queue dashboard's credential (at least 16 characters); unset: no dashboard (404). */
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Webhook deliveries in flight per worker process (their own queue: screening slots are apart). */
  WEBHOOK_CONCURRENCY: int(10, 1),
  /** One delivery attempt: connection, request and the answer's status line. */
  WEBHOOK_TIMEOUT_MS: int(10_000, 100),
  /** Attempts per delivery, the first included; with the backoff defaults they span about a day. */
  WEBHOOK_MAX_ATTEMPTS: int(14, 1),
  /** Wait after a delivery's first failed attempt, doubled after each (with ±20 % jitter)... */
  WEBHOOK_BACKOFF_MS: int(60_000, 1),
  /** ...up to this. */
  WEBHOOK_BACKOFF_MAX_MS: int(4 * 3_600_000, 1),
  /** Deliveries ending FAILED in a row that mark their endpoint FAILING. */
  WEBHOOK_FAILING_AFTER: int(3, 1),
  /** Allow endpoints on loopback, private and reserved addresses (tests, on-premises receivers): see README, SSRF. */
  WEBHOOK_ALLOW_PRIVATE: bool(false),
  /** Days a finished (DELIVERED or FAILED) delivery is kept for webhookDeliveries; 0: for ever. */
  WEBHOOK_RETENTION_DAYS: int(30, 0),
});

/** `https://app.example.com` (a trailing slash is allowed) as a browser sends it in `Origin`; null otherwise. */
function parseOrigin(value: string): string | null {
  try {
    const u = new URL(value);
    const bare = u.pathname === '/' && !u.search && !u.hash && !u.username && !u.password;
    return bare && (u.protocol === 'http:' || u.protocol === 'https:') ? u.origin : null;
  } catch {
    return null;
  }
}

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  port: number;
  host: string;
  logLevel: string;
  analyzer: 'local' | 'openai';
  openai: {
    apiKey: string | undefined;
    baseURL: string | undefined;
    model: string;
    timeoutMs: number;
    /** Raw JSON of OPENAI_PRICES (validated here, parsed when the analyzer is built). */
    prices: string | undefined;
    maxRpm: number | null;
    maxTpm: number | null;
    concurrency: number;
  };
  limits: {
    maxFilesPerBatch: number;
    maxFileBytes: number;
    maxBatchBytes: number;
    maxDocxUncompressedBytes: number;
    maxQueryDepth: number;
    maxQueryComplexity: number;
    maxQueryAliases: number;
    maxQueryTokens: number;
    maxWsMessageBytes: number;
    wsKeyRecheckMs: number;
  };
  /** Per organization (tenant). */
  tenants: {
    /** 0: no limit. */
    maxRequestsPerMinute: number;
    /** 0: no limit. */
    maxInFlight: number;
  };
  worker: {
    concurrency: number;
    attempts: number;
    extractionTimeoutMs: number;
    extractionConcurrency: number;
    extractionMaxMemoryMb: number;
    extractionMaxRssMb: number;
    extractionMaxTextChars: number;
    extractionRecycleAfter: number;
    memoryLogIntervalMs: number;
    reconcileIntervalMs: number;
    reconcileStaleMs: number;
    lockMs: number;
    stalledCheckMs: number;
  };
  embeddedWorker: boolean;
  files: {
    /** Where new original files go; a file row says where its own bytes are. */
    storage: 'postgres' | 's3';
    /** Set when S3_BUCKET is: needed to write (FILE_STORAGE=s3) and to read files stored in S3. */
    s3: S3Settings | null;
    orphanGraceMs: number;
  };
  /** GraphiQL served at GET /graphql (browsers), from installed packages. */
  explorer: boolean;
  /** Origins allowed to call the API from a browser (CORS); empty: none. */
  corsOrigins: readonly string[];
  /** null: workers open no health port. */
  workerHealthPort: number | null;
  /** null: no queue dashboard. */
  adminToken: string | null;
  webhooks: {
    concurrency: number;
    timeoutMs: number;
    maxAttempts: number;
    backoffMs: number;
    backoffMaxMs: number;
    failingAfter: number;
    allowPrivate: boolean;
    retentionDays: number;
  };
}>;

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  /** Null: the AWS SDK's default credential chain. */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  forcePathStyle: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Loads `path` (`.env` in the working directory) into `process.env`, if it exists: variables
 * already set in the environment win over the file's. Called by the entry points, before
 * `loadConfig`; returns whether a file was read.
 */
export function loadDotEnv(path = '.env'): boolean {
  try {
    process.loadEnvFile(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new ConfigError([`${path}: ${(error as Error).message}`]);
  }
}

/** Reads and validates the configuration; `overrides` win over the environment (tests, demo). */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Record<string, string | undefined> = {},
): Config {
  const raw = { ...env, ...overrides };
  // An empty variable means "unset", as in most twelve-factor tooling.
  for (const key of Object.keys(raw)) if (raw[key] === '') delete raw[key];
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(raw[String(i.path[0])])}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const analyzer = e.ANALYZER ?? (e.OPENAI_API_KEY ? 'openai' : 'local');
  if (analyzer === 'openai' && !e.OPENAI_API_KEY) {
    throw new ConfigError(['OPENAI_API_KEY: required when ANALYZER=openai']);
  }
  if (e.FILE_STORAGE === 's3' && !e.S3_BUCKET) throw new ConfigError(['S3_BUCKET: required when FILE_STORAGE=s3']);
  if (e.S3_ACCESS_KEY_ID && !e.S3_SECRET_ACCESS_KEY) {
    throw new ConfigError(['S3_SECRET_ACCESS_KEY: required with S3_ACCESS_KEY_ID']);
  }
  if (e.S3_SECRET_ACCESS_KEY && !e.S3_ACCESS_KEY_ID) {
    throw new ConfigError(['S3_ACCESS_KEY_ID: required with S3_SECRET_ACCESS_KEY']);
  }
  return Object.freeze({
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    analyzer,
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      prices: e.OPENAI_PRICES,
      maxRpm: e.OPENAI_MAX_RPM ?? null,
      maxTpm: e.OPENAI_MAX_TPM ?? null,
      concurrency: e.OPENAI_CONCURRENCY,
    },
    limits: {
      maxFilesPerBatch: e.MAX_FILES_PER_BATCH,
      maxFileBytes: e.MAX_FILE_BYTES,
      maxBatchBytes: e.MAX_BATCH_BYTES,
      maxDocxUncompressedBytes: e.MAX_DOCX_UNCOMPRESSED_BYTES,
      maxQueryDepth: e.MAX_QUERY_DEPTH,
      maxQueryComplexity: e.MAX_QUERY_COMPLEXITY,
      maxQueryAliases: e.MAX_QUERY_ALIASES,
      maxQueryTokens: e.MAX_QUERY_TOKENS,
      maxWsMessageBytes: e.MAX_WS_MESSAGE_BYTES,
      wsKeyRecheckMs: e.WS_KEY_RECHECK_MS,
    },
    tenants: {
      maxRequestsPerMinute: e.ORG_MAX_REQUESTS_PER_MINUTE,
      maxInFlight: e.ORG_MAX_IN_FLIGHT,
    },
    worker: {
      concurrency:
        e.WORKER_CONCURRENCY ??
        (analyzer === 'openai' ? e.OPENAI_CONCURRENCY + e.EXTRACTION_CONCURRENCY : 2 * e.EXTRACTION_CONCURRENCY),
      attempts: e.JOB_ATTEMPTS,
      extractionTimeoutMs: e.EXTRACTION_TIMEOUT_MS,
      extractionConcurrency: e.EXTRACTION_CONCURRENCY,
      extractionMaxMemoryMb: e.EXTRACTION_MAX_MEMORY_MB,
      extractionMaxRssMb: e.EXTRACTION_MAX_RSS_MB,
      extractionMaxTextChars: e.EXTRACTION_MAX_TEXT_CHARS,
      extractionRecycleAfter: e.EXTRACTION_RECYCLE_AFTER,
      memoryLogIntervalMs: e.MEMORY_LOG_INTERVAL_MS,
      reconcileIntervalMs: e.RECONCILE_INTERVAL_MS,
      reconcileStaleMs: e.RECONCILE_STALE_MS,
      lockMs: e.JOB_LOCK_MS,
      stalledCheckMs: e.JOB_STALLED_CHECK_MS,
    },
    embeddedWorker: e.EMBEDDED_WORKER,
    files: {
      storage: e.FILE_STORAGE,
      s3: e.S3_BUCKET
        ? {
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            endpoint: e.S3_ENDPOINT,
            credentials:
              e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                : null,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : null,
      orphanGraceMs: e.S3_ORPHAN_GRACE_MS,
    },
    explorer: e.EXPLORER ? e.EXPLORER === 'on' : e.NODE_ENV !== 'production',
    corsOrigins: Object.freeze(e.CORS_ORIGINS ?? []),
    workerHealthPort: e.WORKER_HEALTH_PORT ?? null,
    adminToken: e.ADMIN_TOKEN ?? null,
    webhooks: {
      concurrency: e.WEBHOOK_CONCURRENCY,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      backoffMs: e.WEBHOOK_BACKOFF_MS,
      backoffMaxMs: e.WEBHOOK_BACKOFF_MAX_MS,
      failingAfter: e.WEBHOOK_FAILING_AFTER,
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      retentionDays: e.WEBHOOK_RETENTION_DAYS,
    },
  });
}

const ClientEnvSchema = z.object({
  /** The deployment the `sift` CLI's API commands talk to. */
  SIFT_URL: url(['http:', 'https:']).default('http://localhost:4000/graphql'),
  /** The API key the `sift` CLI's API commands send. */
  SIFT_API_KEY: z.string().min(1).optional(),
});

export type ClientConfig = Readonly<{ url: string; apiKey: string | undefined }>;

/**
 * The `sift` CLI's settings for talking to a deployment (`SIFT_URL`, `SIFT_API_KEY`); `overrides`
 * (its `--url` and `--api-key` options) win. A URL without a path gets `/graphql`.
 */
export function loadClientConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { SIFT_URL?: string; SIFT_API_KEY?: string } = {},
): ClientConfig {
  const raw: Record<string, string | undefined> = {
    SIFT_URL: overrides.SIFT_URL ?? env.SIFT_URL,
    SIFT_API_KEY: overrides.SIFT_API_KEY ?? env.SIFT_API_KEY,
  };
  for (const key of Object.keys(raw)) if (raw[key] === '') delete raw[key];
  const parsed = ClientEnvSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(raw[String(i.path[0])])}: ${i.message}`),
    );
  }
  const target = new URL(parsed.data.SIFT_URL);
  if (target.pathname === '/') target.pathname = '/graphql';
  return Object.freeze({ url: target.toString(), apiKey: parsed.data.SIFT_API_KEY });
}
