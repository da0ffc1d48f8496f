import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/graphql/schema.js';
import { ROOT } from '../support/files.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

interface LintReport {
  errors: { message: string; rule: string; location: { line: number } }[];
}

describe('the schema is the manual', () => {
  it('passes graphql-schema-linter with its default rules: every type, field, argument and value described', async () => {
    const cli = path.join(path.dirname(require.resolve('graphql-schema-linter/package.json')), 'lib/cli.js');
    // The linter exits 1 when it finds anything: read its report either way.
    const output = await run(process.execPath, [cli, '--format', 'json', SCHEMA_FILE], { cwd: ROOT }).then(
      (result) => result.stdout,
      (error: { stdout?: string }) => error.stdout ?? '',
    );
    const report = JSON.parse(output) as LintReport;
    const findings = report.errors.map((e) => `${e.location.line}: ${e.message} (${e.rule})`);
    expect(findings).toEqual([]);
  });
});
