/**
 * Text extraction in a small pool of worker threads, each with a time and a heap limit. A file
 * that hangs pdf.js or makes it allocate without end costs one thread, which is terminated and
 * replaced; the job ends as a typed ExtractionError (TIMEOUT, TOO_LARGE, CORRUPT) instead of
 * stalling or crashing the worker process.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ExtractionError } from './extraction.error.js';
import type { ExtractedText, ResumeMediaType } from './extraction.types.js';
import type { ExtractRequest, WorkerMessage, WorkerOptions } from './extraction.worker.js';

export interface ExtractionPoolOptions extends WorkerOptions {
  /** Worker threads; default: the machine's available parallelism. */
  size?: number;
  /** Time one file may take before its thread is terminated; default 20_000 (20 seconds). */
  timeoutMs?: number;
  /** V8 heap (old generation) per thread, in MB; default 512. Past it the file is TOO_LARGE. */
  maxMemoryMb?: number;
  /**
   * Files a thread reads before it is replaced by a fresh one; 0 (the default): never. Measured
   * over 10,000 resumes, a thread's heap stays flat on its own, and replacing threads makes the
   * process's memory step up, not down (a new thread allocates afresh, and the allocator keeps what
   * the old one freed). For a pdf.js that leaks on some document one day; the heap limit per
   * thread is the other safety net.
   */
  recycleAfter?: number;
}

/** One thread, as `stats()` sees it. */
export interface ThreadStats {
  state: 'starting' | 'idle' | 'busy' | 'stopping';
  /** Files this thread has read. */
  files: number;
  /** V8 heap of the thread, in bytes (0 while it starts). */
  heapUsed: number;
  heapTotal: number;
}

export interface ExtractionPool {
  /**
   * Extracts a file's text in a worker thread; same result and ExtractionErrors as `extractText`,
   * plus TIMEOUT when the thread overran `timeoutMs`, TOO_LARGE when it ran out of heap, and
   * CORRUPT when it crashed. Rejects with a plain Error when the pool is closed or its threads
   * cannot start (an outage, worth a retry).
   */
  extract(bytes: Uint8Array, mediaType: ResumeMediaType): Promise<ExtractedText>;
  /** Starts every thread now (they load pdf.js); resolves when they are ready for files. */
  warm(): Promise<void>;
  /** The threads: state, files read, heap. */
  stats(): Promise<ThreadStats[]>;
  /** Finishes the files already accepted, then terminates the threads. */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 20_000; // 20 seconds
const DEFAULT_MAX_MEMORY_MB = 512;
const DEFAULT_RECYCLE_AFTER = 0;
/** setTimeout fires at once past this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const SWC_REGISTER = '@swc-node/register/esm-register';

interface Job {
  request: ExtractRequest;
  resolve: (result: ExtractedText) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  state: 'starting' | 'idle' | 'busy' | 'stopping';
  job: Job | null;
  files: number;
  timer?: NodeJS.Timeout;
  /** The worker's last 'error' event: an uncaught exception, or running out of heap. */
  error?: Error & { code?: string };
}

/**
 * Starts a pool of extraction threads (lazily, as files arrive, up to `size`), reused across files.
 *
 * @example
 * const pool = createExtractionPool({ size: 2, timeoutMs: 20_000, maxMemoryMb: 512 });
 * const { text, hiddenText, flags } = await pool.extract(bytes, 'application/pdf');
 * await pool.close();
 */
export function createExtractionPool({
  size = availableParallelism(),
  timeoutMs = DEFAULT_TIMEOUT_MS,
  maxMemoryMb = DEFAULT_MAX_MEMORY_MB,
  recycleAfter = DEFAULT_RECYCLE_AFTER,
  ...extractOptions
}: ExtractionPoolOptions = {}): ExtractionPool {
  if (!(size >= 1) || !(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS) || !(maxMemoryMb > 0) || !(recycleAfter >= 0)) {
    throw new RangeError(
      `invalid extraction pool options: size ${size}, timeoutMs ${timeoutMs}, maxMemoryMb ${maxMemoryMb}, recycleAfter ${recycleAfter}`,
    );
  }
  const entry = workerEntry();
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let closing: { resolve: () => void } | null = null;
  let closed: Promise<void> | null = null;
  /** Waiting for every thread to be ready (`warm`). */
  const warming: { resolve: () => void; reject: (error: Error) => void }[] = [];

  const spawn = () => {
    const worker = new Worker(entry.url, {
      execArgv: entry.execArgv,
      workerData: extractOptions satisfies WorkerOptions,
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    });
    const slot: Slot = { worker, state: 'starting', job: null, files: 0 };
    worker.on('message', (message: WorkerMessage) => onMessage(slot, message));
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', (code) => onExit(slot, code));
    slots.add(slot);
  };

  const idle = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.job = null;
    slot.state = 'idle';
    // An idle thread does not keep the process alive; a busy one has its timer for that.
    slot.worker.unref();
  };

  const onMessage = (slot: Slot, message: WorkerMessage) => {
    if (message.type === 'ready') {
      idle(slot);
    } else if (slot.job && slot.job.request.id === message.id) {
      const { resolve, reject } = slot.job;
      idle(slot);
      if (++slot.files === recycleAfter && !closing) {
        // Replaced by a fresh thread, started now so that it is ready when the next file comes.
        slot.state = 'stopping';
        void slot.worker.terminate();
        spawn();
      }
      if (message.type === 'done') resolve(message.result);
      else if (message.type === 'failed') reject(new ExtractionError(message.failure, message.message));
      else reject(Object.assign(new Error(message.message), { name: message.name }));
    }
    dispatch();
  };

  const onExit = (slot: Slot, code: number) => {
    slots.delete(slot);
    clearTimeout(slot.timer);
    if (slot.job) slot.job.reject(crashed(slot.error, code, maxMemoryMb));
    else if (slot.state === 'starting') {
      // Not a file's fault: the thread could not load its code. Fail fast rather than respawn forever.
      const error = new Error(`the extraction thread failed to start (${slot.error?.message ?? `exit code ${code}`})`);
      for (const job of queue.splice(0)) job.reject(error);
      for (const waiter of warming.splice(0)) waiter.reject(error);
    }
    dispatch();
  };

  const dispatch = () => {
    for (const slot of slots) {
      if (!queue.length) break;
      if (slot.state === 'idle') run(slot, queue.shift()!);
    }
    const starting = [...slots].filter((slot) => slot.state === 'starting').length;
    for (let n = starting; n < queue.length && live() < size; n++) spawn();
    if (closing && !queue.length && ![...slots].some((slot) => slot.state === 'busy')) closing.resolve();
    if (warming.length && ![...slots].some((slot) => slot.state === 'starting')) {
      for (const waiter of warming.splice(0)) waiter.resolve();
    }
  };
  /** Threads that are or will be available (not the ones on their way out). */
  const live = () => [...slots].filter((slot) => slot.state !== 'stopping').length;

  const run = (slot: Slot, job: Job) => {
    slot.state = 'busy';
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      slot.state = 'stopping';
      slot.job = null;
      job.reject(new ExtractionError('TIMEOUT', `text extraction took longer than ${timeoutMs} ms`));
      void slot.worker.terminate();
      dispatch();
    }, timeoutMs);
    // Transfer a copy: the caller keeps its buffer, and nothing is copied twice.
    const bytes = job.request.bytes;
    slot.worker.postMessage(job.request, [bytes.buffer as ArrayBuffer]);
  };

  return {
    extract(bytes, mediaType) {
      if (closing) return Promise.reject(new Error('the extraction pool is closed'));
      return new Promise<ExtractedText>((resolve, reject) => {
        queue.push({ request: { id: nextId++, bytes: new Uint8Array(bytes), mediaType }, resolve, reject });
        dispatch();
      });
    },
    warm() {
      if (closing) return Promise.reject(new Error('the extraction pool is closed'));
      while (live() < size) spawn();
      return new Promise<void>((resolve, reject) => {
        warming.push({ resolve, reject });
        dispatch();
      });
    },
    async stats() {
      return Promise.all(
        [...slots].map(async (slot) => {
          const heap = slot.state === 'starting' ? null : await slot.worker.getHeapStatistics().catch(() => null);
          return {
            state: slot.state,
            files: slot.files,
            heapUsed: heap?.used_heap_size ?? 0,
            heapTotal: heap?.total_heap_size ?? 0,
          };
        }),
      );
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing = { resolve };
        dispatch();
      }).then(async () => {
        await Promise.all([...slots].map((slot) => slot.worker.terminate()));
      });
      return closed;
    },
  };
}

/** What a thread's death means for the file it was reading. */
function crashed(error: (Error & { code?: string }) | undefined, code: number, maxMemoryMb: number): ExtractionError {
  if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ExtractionError('TOO_LARGE', `extracting the file needs more than ${maxMemoryMb} MB of memory`);
  }
  return new ExtractionError(
    'CORRUPT',
    `the extractor crashed on this file (${error?.message ?? `exit code ${code}`})`,
  );
}

/**
 * The worker entry beside this module: the compiled `.js` in a build (`dist/`); otherwise the
 * `.ts` source (vitest, `node --import @swc-node/register/esm-register`), which the thread loads
 * through swc-node, as the main thread does.
 */
function workerEntry(): { url: URL; execArgv?: string[] } {
  const compiled = new URL('./extraction.worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return { url: compiled };
  // swc's native addon, loaded only by threads, is unloaded when the last of them ends, and
  // loading it again in the next thread crashes the process (@swc/core 1.16, Node 22): keep it
  // loaded here for as long as the process runs.
  createRequire(import.meta.url)('@swc/core');
  // Only what the thread needs: threads refuse per-process V8 flags (--max-semi-space-size...).
  const sourceMaps = process.execArgv.includes('--enable-source-maps') ? ['--enable-source-maps'] : [];
  return {
    url: new URL('./extraction.worker.ts', import.meta.url),
    execArgv: [...sourceMaps, '--import', import.meta.resolve(SWC_REGISTER)],
  };
}
