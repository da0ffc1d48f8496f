/**
 * Test apps share one Redis server, each under its own key prefix. Closing one removes every key
 * under its prefix (BullMQ's queue, jobs and markers, rate-limit buckets), and nothing else, so
 * a run of the suite leaves Redis as it found it.
 */
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { CreateJobPostDocument, ProcessResumesDocument } from '@sift/sdk';
import { keysUnder } from '../../src/shared/redis-keys.js';
import { collectProgress } from '../support/progress.js';
import { startTestApp } from '../support/test-app.js';

describe('a closed test app', () => {
  it('leaves no key under its Redis prefix, and every other key where it was', async () => {
    const app = await startTestApp({ worker: true });
    const prefix = app.config.redisPrefix;
    // Another deployment's key that merely starts like this one's prefix.
    const neighbour = `${prefix}-neighbour:kept`;
    const redis = new Redis(app.config.redisUrl);
    try {
      await redis.set(neighbour, '1');
      const org = await app.createOrg(10);
      const { createJobPost } = await org.client.request(CreateJobPostDocument, {
        input: { title: 'Backend', description: 'Node.js services' },
      });
      const { processResumes } = await org.client.request(ProcessResumesDocument, {
        jobPostId: createJobPost.id,
        resumes: [
          { filename: 'a.txt', text: 'Ada Lovelace\nada@example.com\nNode.js, PostgreSQL, 2015 - Present' },
          { filename: 'b.txt', text: 'Alan Turing\nalan@example.com\nTypeScript, Redis, 2012 - Present' },
        ],
      });
      await collectProgress(org.client, processResumes.id);
      const used = await keysUnder(redis, prefix);
      expect(used.length, 'the app worked under its prefix').toBeGreaterThan(0);

      await app.close();
      expect(await keysUnder(redis, prefix)).toEqual([]);
      expect(await redis.get(neighbour)).toBe('1');
    } finally {
      await redis.del(neighbour);
      redis.disconnect();
    }
  });
});
