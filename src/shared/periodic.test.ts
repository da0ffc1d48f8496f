import { afterEach, describe, expect, it, vi } from 'vitest';
import { Periodic } from './periodic.js';

describe('Periodic', () => {
  afterEach(() => vi.useRealTimers());

  it('never runs two passes at once, reports a failed pass and runs again at the next tick', async () => {
    vi.useFakeTimers();
    let release!: () => void;
    let started = 0;
    const errors: unknown[] = [];
    const periodic = new Periodic(
      100,
      () => {
        started += 1;
        if (started === 1) return new Promise<void>((resolve) => (release = resolve));
        return Promise.reject(new Error(`pass ${started}`));
      },
      (error) => errors.push(error),
    );
    periodic.start();
    await vi.advanceTimersByTimeAsync(350); // three ticks while the first pass still runs
    expect(started).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toBe(2);
    expect(errors).toEqual([new Error('pass 2')]);
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toBe(3);
    await periodic.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toBe(3);
  });

  it('stop() waits for the pass under way', async () => {
    vi.useFakeTimers();
    let finished = false;
    const periodic = new Periodic(
      10,
      () => new Promise<void>((resolve) => setTimeout(() => ((finished = true), resolve()), 50)),
      () => {},
    );
    periodic.start();
    await vi.advanceTimersByTimeAsync(10);
    const stopped = periodic.stop();
    await vi.advanceTimersByTimeAsync(50);
    await stopped;
    expect(finished).toBe(true);
  });
});
