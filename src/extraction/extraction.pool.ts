/**
 * Text extraction in a small pool of long-lived reader processes (`child_process.fork`), so that
 * a file can only kill the process that reads it, never the worker.
 *
 * Worker threads could not contain a hostile file: a PDF whose 525 KB content stream inflates to
 * 360 MB aborted the whole process ("Reached heap limit", exit 134) through a 512 MB per-thread
 * heap limit, because V8 sizes the young generation and ArrayBuffers outside that limit and a
 * fatal OOM in any isolate aborts the process. A child process has its own heap and its own
 * address space, and the pool bounds it three ways:
 * - a V8 heap limit (`--max-old-space-size`): past it the reader aborts by itself (TOO_LARGE);
 * - a watchdog on its resident memory (`/proc/<pid>/status`, every `watchIntervalMs`): ArrayBuffers
 *   and native memory count too; past `maxRssMb` the reader is killed (TOO_LARGE);
 * - a time limit per file: past `timeoutMs` the reader is killed (TIMEOUT).
 * A reader that dies of anything else fails its file as CORRUPT. Every death is a
 * {@link ReaderDeathError}, for the caller to count against the file. A dead reader is replaced
 * when the next file needs it; a reader that grew past `recycleRssMb`, or that refused a file as
 * TOO_LARGE (pdf.js may still be decoding the file's images), is replaced at once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ExtractionError, ReaderDeathError, type ReaderDeath } from './extraction.error.js';
import type { ExtractedText, ExtractionFailure, ResumeMediaType } from './extraction.types.js';
import type { ReaderMessage, ReaderOptions, ReadRequest } from './extraction.reader.js';

export interface ExtractionPoolOptions extends ReaderOptions {
  /** Reader processes; default: the machine's available parallelism. */
  size?: number;
  /** Time one file may take before its reader is killed (TIMEOUT); default 20_000 (20 seconds). */
  timeoutMs?: number;
  /** V8 heap (old generation) of a reader, in MB; default 512. Past it the file is TOO_LARGE. */
  maxMemoryMb?: number;
  /**
   * Resident memory of a reader, in MB: heap, ArrayBuffers, native allocations, code; default 1024.
   * A reader past it is killed, and the file it was reading is TOO_LARGE. Enforced on Linux (it
   * reads /proc); elsewhere only the heap and time limits hold.
   */
  maxRssMb?: number;
  /** A reader whose resident memory is past this after a file is replaced; default half of `maxRssMb`. */
  recycleRssMb?: number;
  /** Files a reader reads before it is replaced by a fresh one; 0 (the default): never. */
  recycleAfter?: number;
  /** How often the readers' resident memory is read; default 100 (ms). */
  watchIntervalMs?: number;
}

/** One reader, as `stats()` sees it. */
export interface ReaderStats {
  pid: number | undefined;
  state: 'starting' | 'idle' | 'busy' | 'stopping';
  /** Files this reader has read. */
  files: number;
  /** Resident memory of the process, in bytes, as last measured (0 before the first measure). */
  rss: number;
}

/** Called when a file is handed to a reader (it may have waited in the pool's queue before). */
export interface ExtractHooks {
  onRead?(): void;
}

export interface ExtractionPool {
  /**
   * Extracts a file's text in a reader process; same result and ExtractionErrors as
   * `extractText`, plus a {@link ReaderDeathError} when the reader died reading it (TOO_LARGE
   * past a memory limit, TIMEOUT past `timeoutMs`, CORRUPT for any other death). Rejects with a
   * plain Error when the pool is closed or its readers cannot start (an outage, worth a retry).
   */
  extract(bytes: Uint8Array, mediaType: ResumeMediaType, hooks?: ExtractHooks): Promise<ExtractedText>;
  /** Starts every reader now (they load pdf.js); resolves when they are ready for files. */
  warm(): Promise<void>;
  /** The readers: state, files read, resident memory. */
  stats(): Promise<ReaderStats[]>;
  /** Finishes the files already accepted, then ends the readers. */
  close(): Promise<void>;
}

const MB = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 20_000; // 20 seconds
const DEFAULT_MAX_MEMORY_MB = 512;
const DEFAULT_MAX_RSS_MB = 1024;
const DEFAULT_RECYCLE_AFTER = 0;
const DEFAULT_WATCH_INTERVAL_MS = 100;
/** setTimeout fires at once past this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** What is kept of a reader's stderr: enough for V8's last words. */
const STDERR_TAIL = 8 * 1024;
const HEAP_EXHAUSTED = /heap out of memory|Reached heap limit/;
const SWC_REGISTER = '@swc-node/register/esm-register';

interface Job {
  request: ReadRequest;
  hooks?: ExtractHooks;
  resolve: (result: ExtractedText) => void;
  reject: (error: Error) => void;
}

interface Reader {
  child: ChildProcess;
  state: ReaderStats['state'];
  job: Job | null;
  files: number;
  rss: number;
  timer?: NodeJS.Timeout;
  /** Why the pool killed it, when it did: what its file's failure is. */
  killedFor?: { death: ReaderDeath; failure: ExtractionFailure; message: string };
  stderr: string;
}

/**
 * Starts a pool of reader processes (lazily, as files arrive, up to `size`), reused across files.
 *
 * @example
 * const pool = createExtractionPool({ size: 2, timeoutMs: 20_000, maxMemoryMb: 512, maxRssMb: 1024 });
 * const { text, hiddenText, flags } = await pool.extract(bytes, 'application/pdf');
 * await pool.close();
 */
export function createExtractionPool({
  size = availableParallelism(),
  timeoutMs = DEFAULT_TIMEOUT_MS,
  maxMemoryMb = DEFAULT_MAX_MEMORY_MB,
  maxRssMb = DEFAULT_MAX_RSS_MB,
  recycleRssMb = maxRssMb / 2,
  recycleAfter = DEFAULT_RECYCLE_AFTER,
  watchIntervalMs = DEFAULT_WATCH_INTERVAL_MS,
  ...readerOptions
}: ExtractionPoolOptions = {}): ExtractionPool {
  if (
    !(size >= 1) ||
    !(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS) ||
    !(maxMemoryMb > 0) ||
    !(maxRssMb > 0) ||
    !(recycleRssMb > 0) ||
    !(recycleAfter >= 0) ||
    !(watchIntervalMs > 0)
  ) {
    throw new RangeError(
      `invalid extraction pool options: size ${size}, timeoutMs ${timeoutMs}, maxMemoryMb ${maxMemoryMb}, ` +
        `maxRssMb ${maxRssMb}, recycleRssMb ${recycleRssMb}, recycleAfter ${recycleAfter}, watchIntervalMs ${watchIntervalMs}`,
    );
  }
  const entry = readerEntry(maxMemoryMb);
  const readers = new Set<Reader>();
  const queue: Job[] = [];
  let nextId = 1;
  let closing: { resolve: () => void } | null = null;
  let closed: Promise<void> | null = null;
  let watchdog: NodeJS.Timeout | null = null;
  /** Waiting for every reader to be ready (`warm`). */
  const warming: { resolve: () => void; reject: (error: Error) => void }[] = [];

  const spawn = () => {
    const child = fork(entry.path, [JSON.stringify(readerOptions satisfies ReaderOptions)], {
      execArgv: entry.execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const reader: Reader = { child, state: 'starting', job: null, files: 0, rss: 0, stderr: '' };
    child.stderr!.on('data', (chunk: Buffer) => {
      reader.stderr = (reader.stderr + chunk.toString()).slice(-STDERR_TAIL);
    });
    // Read, but never a reason for this process to stay alive (the reader's IPC channel is that).
    (child.stderr as unknown as { unref?: () => void }).unref?.();
    child.on('message', (message: ReaderMessage) => onMessage(reader, message));
    // A failed spawn emits 'error' and no 'exit'; a process that ran emits 'exit'. Handle either once.
    child.once('error', (error) => {
      reader.stderr += `\n${error.message}`;
      if (child.exitCode === null && child.signalCode === null && child.pid === undefined) onExit(reader, null, null);
    });
    child.once('exit', (code, signal) => onExit(reader, code, signal));
    readers.add(reader);
    watch();
  };

  /**
   * Ends a reader for good (what it was reading fails with `cause` when it exits) and starts its
   * replacement now, so that it is ready when the next file comes.
   */
  const retire = (reader: Reader, cause?: Reader['killedFor']) => {
    if (reader.state === 'stopping') return;
    reader.state = 'stopping';
    reader.killedFor = cause;
    clearTimeout(reader.timer);
    reader.child.kill('SIGKILL');
    if (!closing && live() < size) spawn();
  };

  /** Whether the reader keeps this process alive: while it reads or starts, not while it waits. */
  const hold = (reader: Reader, held: boolean) => {
    const { child } = reader;
    if (held) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  };

  const idle = (reader: Reader) => {
    clearTimeout(reader.timer);
    reader.job = null;
    reader.state = 'idle';
    hold(reader, false);
  };

  const onMessage = (reader: Reader, message: ReaderMessage) => {
    if (message.type === 'ready') {
      if (reader.state === 'starting') idle(reader);
    } else if (reader.job && reader.job.request.id === message.id) {
      const { resolve, reject } = reader.job;
      idle(reader);
      reader.files++;
      reader.rss = message.rss;
      // pdf.js may still be decoding a refused file's images: its reader goes, and takes them along.
      const refusedLarge = message.type === 'failed' && message.failure === 'TOO_LARGE';
      if (reader.files === recycleAfter || message.rss > recycleRssMb * MB || refusedLarge) retire(reader);
      if (message.type === 'done') resolve(message.result);
      else if (message.type === 'failed') reject(new ExtractionError(message.failure, message.message));
      else reject(Object.assign(new Error(message.message), { name: message.name }));
    }
    dispatch();
  };

  const onExit = (reader: Reader, code: number | null, signal: NodeJS.Signals | null) => {
    if (!readers.delete(reader)) return;
    clearTimeout(reader.timer);
    const unexpected = reader.state !== 'stopping';
    if (reader.job) reader.job.reject(died(reader, code, signal, maxMemoryMb));
    if (reader.state === 'starting') {
      // Not a file's fault: the reader could not load its code. Fail fast rather than respawn forever.
      const error = new Error(`the extraction reader failed to start (${lastWords(reader, code, signal)})`);
      for (const job of queue.splice(0)) job.reject(error);
      for (const waiter of warming.splice(0)) waiter.reject(error);
    } else if (unexpected && !closing && live() < size) {
      // It died by itself (out of heap, a crash): replaced now, as a retired reader is.
      spawn();
    }
    dispatch();
  };

  const dispatch = () => {
    for (const reader of readers) {
      if (!queue.length) break;
      if (reader.state === 'idle') run(reader, queue.shift()!);
    }
    const starting = [...readers].filter((r) => r.state === 'starting').length;
    for (let n = starting; n < queue.length && live() < size; n++) spawn();
    if (closing && !queue.length && ![...readers].some((r) => r.state === 'busy')) closing.resolve();
    if (warming.length && ![...readers].some((r) => r.state === 'starting')) {
      for (const waiter of warming.splice(0)) waiter.resolve();
    }
  };
  /** Readers that are or will be available (not the ones on their way out). */
  const live = () => [...readers].filter((r) => r.state !== 'stopping').length;

  const run = (reader: Reader, job: Job) => {
    reader.state = 'busy';
    reader.job = job;
    hold(reader, true);
    reader.timer = setTimeout(
      () =>
        retire(reader, {
          death: 'TIME',
          failure: 'TIMEOUT',
          message: `text extraction took longer than ${timeoutMs} ms`,
        }),
      timeoutMs,
    );
    job.hooks?.onRead?.();
    // A reader that died since it was idle is noticed by its 'exit'; the send error says nothing more.
    reader.child.send(job.request, (error) => {
      if (error && reader.state === 'busy') retire(reader);
    });
  };

  /** One timer for all readers, running while there are any. */
  const watch = () => {
    if (watchdog || process.platform !== 'linux') return;
    watchdog = setInterval(() => {
      if (!readers.size) {
        clearInterval(watchdog!);
        watchdog = null;
        return;
      }
      for (const reader of readers) {
        const rss = residentBytes(reader.child.pid);
        if (rss === null || reader.state === 'stopping') continue;
        reader.rss = rss;
        if (rss <= maxRssMb * MB) continue;
        // An idle reader over the limit (work a file left behind) is replaced; nothing is blamed.
        retire(
          reader,
          reader.state === 'busy'
            ? {
                death: 'MEMORY',
                failure: 'TOO_LARGE',
                message: `reading the file took more than ${maxRssMb} MB of memory`,
              }
            : undefined,
        );
      }
      dispatch();
    }, watchIntervalMs);
    // Busy readers keep the process alive through their IPC channel and timer, not the watchdog.
    watchdog.unref();
  };

  return {
    extract(bytes, mediaType, hooks) {
      if (closing) return Promise.reject(new Error('the extraction pool is closed'));
      return new Promise<ExtractedText>((resolve, reject) => {
        // A copy: the caller keeps its buffer.
        queue.push({ request: { id: nextId++, bytes: new Uint8Array(bytes), mediaType }, hooks, resolve, reject });
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
      return [...readers].map((r) => ({
        pid: r.child.pid,
        state: r.state,
        files: r.files,
        rss: residentBytes(r.child.pid) ?? r.rss,
      }));
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing = { resolve };
        dispatch();
      }).then(async () => {
        const exits = [...readers].map(
          (r) =>
            new Promise<void>((resolve) =>
              r.child.exitCode !== null ? resolve() : r.child.once('exit', () => resolve()),
            ),
        );
        for (const reader of readers) {
          // Held until it has exited, or this process could end first and leave it behind.
          hold(reader, true);
          retire(reader);
        }
        await Promise.all(exits);
        if (watchdog) clearInterval(watchdog);
        watchdog = null;
      });
      return closed;
    },
  };
}

/** What a reader's death means for the file it was reading. */
function died(
  reader: Reader,
  code: number | null,
  signal: NodeJS.Signals | null,
  maxMemoryMb: number,
): ReaderDeathError {
  if (reader.killedFor) {
    const { failure, message, death } = reader.killedFor;
    return new ReaderDeathError(failure, message, death);
  }
  if (HEAP_EXHAUSTED.test(reader.stderr)) {
    return new ReaderDeathError('TOO_LARGE', `reading the file needs more than ${maxMemoryMb} MB of heap`, 'HEAP');
  }
  return new ReaderDeathError(
    'CORRUPT',
    `the reader died reading the file (${lastWords(reader, code, signal)})`,
    'CRASH',
  );
}

/** How a reader ended: its signal or exit code, and the last line it printed. */
function lastWords(reader: Reader, code: number | null, signal: NodeJS.Signals | null): string {
  const line = reader.stderr.trim().split('\n').at(-1)?.trim();
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  return line ? `${how}: ${line.slice(0, 300)}` : how;
}

/** A process's resident memory (VmRSS), or null when it cannot be read (gone, or no /proc). */
function residentBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/**
 * The reader entry beside this module: the compiled `.js` in a build (`dist/`); otherwise the
 * `.ts` source (vitest, `node --import @swc-node/register/esm-register`), which the reader loads
 * through swc-node, as this process does.
 */
function readerEntry(maxMemoryMb: number): { path: string; execArgv: string[] } {
  const heap = [`--max-old-space-size=${maxMemoryMb}`];
  const sourceMaps = process.execArgv.includes('--enable-source-maps') ? ['--enable-source-maps'] : [];
  const compiled = new URL('./extraction.reader.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return { path: fileURLToPath(compiled), execArgv: [...heap, ...sourceMaps] };
  return {
    path: fileURLToPath(new URL('./extraction.reader.ts', import.meta.url)),
    execArgv: [...heap, ...sourceMaps, '--import', import.meta.resolve(SWC_REGISTER)],
  };
}
