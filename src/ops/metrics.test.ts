import { describe, expect, it } from 'vitest';
import { createMetrics, OPERATION_NAMES_MAX } from './metrics.js';
import { adminCredential, withoutRemoteLinks } from './queue.dashboard.js';

describe('metrics', () => {
  it('keeps a registry per instance: two apps in one process never share a counter', async () => {
    const a = createMetrics({ defaultMetrics: false });
    const b = createMetrics({ defaultMetrics: false });
    a.extractionFailures.inc({ reason: 'CORRUPT' });
    expect((await a.exposition()).body).toContain('sift_extraction_failures_total{reason="CORRUPT"} 1');
    expect((await b.exposition()).body).not.toContain('reason="CORRUPT"');
    // Default process metrics in each registry, without "already registered" errors.
    const c = createMetrics();
    const d = createMetrics();
    expect((await c.exposition()).body).toContain('process_cpu_user_seconds_total');
    expect((await d.exposition()).body).toContain('nodejs_heap_size_used_bytes');
  });

  it('bounds operation names: anonymous, malformed and names past the limit collapse', () => {
    const m = createMetrics({ defaultMetrics: false });
    expect(m.operationLabel(undefined)).toBe('anonymous');
    expect(m.operationLabel('')).toBe('anonymous');
    expect(m.operationLabel('Viewer')).toBe('Viewer');
    expect(m.operationLabel('x'.repeat(65))).toBe('other');
    for (let i = 1; i < OPERATION_NAMES_MAX; i++) expect(m.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(m.operationLabel('OneTooMany')).toBe('other');
    expect(m.operationLabel('Viewer')).toBe('Viewer'); // names already seen keep their label
  });

  it('reads snapshot gauges on scrape, caches them, and leaves them empty when a read fails', async () => {
    const m = createMetrics({ defaultMetrics: false });
    let reads = 0;
    const errors: unknown[] = [];
    m.addSnapshot({
      name: 'sift_test_depth',
      help: 'test',
      labelNames: ['state'],
      ttlMs: 60_000,
      onError: (e) => errors.push(e),
      read: async () => {
        reads++;
        return [{ labels: { state: 'waiting' }, value: 7 }];
      },
    });
    expect((await m.exposition()).body).toContain('sift_test_depth{state="waiting"} 7');
    await m.exposition();
    expect(reads).toBe(1);
    const n = createMetrics({ defaultMetrics: false });
    n.addSnapshot({
      name: 'sift_test_depth',
      help: 'test',
      labelNames: ['state'],
      ttlMs: 0,
      onError: (e) => errors.push(e),
      read: async () => {
        throw new Error('Redis is away');
      },
    });
    expect((await n.exposition()).body).not.toContain('sift_test_depth{');
    expect(errors).toHaveLength(1);
  });
});

describe('queue dashboard helpers', () => {
  it('takes the admin credential from a bearer token or a basic-auth password', () => {
    expect(adminCredential('Bearer abc')).toBe('abc');
    expect(adminCredential(`Basic ${Buffer.from('ops:s3cret:with:colons').toString('base64')}`)).toBe(
      's3cret:with:colons',
    );
    expect(adminCredential(`Basic ${Buffer.from('nocolon').toString('base64')}`)).toBeNull();
    expect(adminCredential('Token abc')).toBeNull();
    expect(adminCredential(undefined)).toBeNull();
  });

  it('takes links to other origins out of the page', () => {
    const html =
      '<link href="https://fonts.googleapis.com/css2?family=X" rel="stylesheet"><link href="//cdn.example/x.css" rel="stylesheet">' +
      '<link href="static/css/main.css" rel="stylesheet">';
    expect(withoutRemoteLinks(html)).toBe('<link href="static/css/main.css" rel="stylesheet">');
  });
});
