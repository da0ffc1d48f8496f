/**
 * What a `sift` command's exit code says happened. README's CLI section lists them; scripts
 * depend on them, so a code never changes meaning.
 */
import { CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { SiftError } from '../shared/errors.js';
import { SiftApiError } from './api.js';

export const ExitCode = {
  /** Done: every file reached a decision (or the command did what it was asked). */
  OK: 0,
  /** Done, but some files are FAILED (unreadable, unsupported, ...): their reasons are in the output. */
  SOME_FAILED: 1,
  /** Bad usage: an unknown option, a missing folder or job file, a bad value; nothing was sent. */
  USAGE: 2,
  /** The deployment could not be reached, or refused the API key (UNAUTHENTICATED, FORBIDDEN). */
  UNREACHABLE: 3,
  /** The task was cancelled, or did not reach COMPLETED. */
  TASK_NOT_COMPLETED: 4,
  /** The API (or the database, for operator commands) refused the request: NOT_FOUND, INSUFFICIENT_CREDITS, ... */
  REFUSED: 5,
  /** An unexpected error (a bug): the stack trace is on stderr. */
  INTERNAL: 70,
  /** Interrupted (Ctrl-C); tasks already sent keep running on the server. */
  INTERRUPTED: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the CLI reports as one line on stderr, then exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, ExitCode.USAGE);
  }
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** The exit code and the one-line message for anything a command threw. */
export function classify(error: unknown, target?: string): { exitCode: ExitCode; message: string } {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message };
  if (error instanceof CommanderError) return { exitCode: ExitCode.USAGE, message: error.message };
  if (error instanceof ConfigError) return { exitCode: ExitCode.USAGE, message: error.message };
  if (error instanceof SiftApiError) {
    if (error.code && AUTH_CODES.has(error.code)) {
      return { exitCode: ExitCode.UNREACHABLE, message: `${error.code}: ${error.message}` };
    }
    // No GraphQL error code and no JSON body: not a Sift API at that address (a 404 page, a proxy error).
    if (!error.code && error.status >= 400) {
      return {
        exitCode: ExitCode.UNREACHABLE,
        message: `${target ?? 'the server'} did not answer as a Sift API (HTTP ${error.status}: ${oneLine(error.message)})`,
      };
    }
    return { exitCode: ExitCode.REFUSED, message: `${error.code ?? 'ERROR'}: ${error.message}` };
  }
  if (error instanceof SiftError) {
    // Operator commands: a bad argument (not a UUID, an empty name) is a usage error.
    const exitCode = error.code === 'BAD_USER_INPUT' ? ExitCode.USAGE : ExitCode.REFUSED;
    return { exitCode, message: `${error.code}: ${error.message}` };
  }
  const network = networkCode(error);
  if (network) {
    return {
      exitCode: ExitCode.UNREACHABLE,
      message: `cannot reach ${target ?? 'the server'} (${network})`,
    };
  }
  return {
    exitCode: ExitCode.INTERNAL,
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}

/** Codes of a server that cannot be reached (not of a local file: ENOENT is not one). */
const NETWORK_CODE =
  /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|CERT_\w+|UND_ERR_\w+|\w*SSL\w*)$/;

/** ECONNREFUSED, ENOTFOUND, ... from fetch's `cause`, pg or ioredis; null for anything else. */
function networkCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODE.test(code)) return code;
    if (e instanceof AggregateError && e.errors.length) return networkCode(e.errors[0]);
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : 'fetch failed';
  }
  return null;
}

/** A response body as one short line (an HTML error page's text without its tags). */
function oneLine(text: string): string {
  const line = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
