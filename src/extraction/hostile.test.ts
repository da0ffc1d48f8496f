/**
 * The hostile corpus (test/fixtures/hostile) through the extraction pool, as a worker runs it:
 * every file fails with its typed reason, the readers die only where a limit had to stop them,
 * and this process, which asked for the reading, never reads a byte of them itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_OUTCOMES } from '../../test/support/hostile.expected.js';
import { HOSTILE, HOSTILE_FILES, HUGE_TEXT_NAME, hugeSingleLineText } from '../../test/support/make-hostile.js';
import { SAMPLES } from '../../test/support/files.js';
import { ExtractionError } from './extraction.error.js';
import { createExtractionPool, type ExtractionPool } from './extraction.pool.js';
import { DOCX, PDF, TEXT, type ResumeMediaType } from './extraction.types.js';

const TYPES: Record<string, ResumeMediaType> = { '.pdf': PDF, '.docx': DOCX, '.txt': TEXT };

let pool: ExtractionPool;
beforeAll(() => {
  // Production's limits (see config.ts), on two readers.
  pool = createExtractionPool({ size: 2, timeoutMs: 60_000, maxMemoryMb: 512, maxRssMb: 1024 });
});
afterAll(() => pool.close());

describe('the hostile corpus', () => {
  const committed = readdirSync(HOSTILE)
    .filter((f) => f !== 'README.md')
    .sort();

  it('is what `npm run hostile` writes, byte for byte, and has an expected outcome for every file', () => {
    expect(committed).toEqual(Object.keys(HOSTILE_FILES).sort());
    const docx = readFileSync(path.join(SAMPLES, '02-mateus-oliveira-santos.docx'));
    for (const [name, build] of Object.entries(HOSTILE_FILES)) {
      expect(build(docx).equals(readFileSync(path.join(HOSTILE, name))), name).toBe(true);
    }
    expect(Object.keys(HOSTILE_OUTCOMES).sort()).toEqual([...committed, HUGE_TEXT_NAME].sort());
  });

  it('fails every file with its typed reason, in reader processes that this process outlives', async () => {
    const files = [
      ...committed.map((name) => ({ name, bytes: readFileSync(path.join(HOSTILE, name)) })),
      { name: HUGE_TEXT_NAME, bytes: hugeSingleLineText() },
    ];
    const outcomes = await Promise.all(
      files.map(async ({ name, bytes }) => {
        const type = TYPES[path.extname(name)]!;
        const error = await pool.extract(bytes, type).then(
          () => null,
          (e: unknown) => e,
        );
        return { name, error };
      }),
    );
    for (const { name, error } of outcomes) {
      expect(error, name).toBeInstanceOf(ExtractionError);
      const { failure, message } = error as ExtractionError;
      expect(`${failure}: ${message}`, name).toMatch(HOSTILE_OUTCOMES[name]!.read);
    }
    // The readers are still there to read an ordinary resume.
    const resume = readFileSync(path.join(SAMPLES, '01-amara-okafor.pdf'));
    expect((await pool.extract(resume, PDF)).text).toContain('Amara Okafor');
  }, 600_000);
});
