import swc from 'unplugin-swc';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node resolves `graphql` to its CommonJS build (it ignores the "module" field); Vite would pick the
// ESM build for our sources while type-graphql and Apollo keep the CommonJS one, and graphql refuses
// to mix the two ("from another module or realm"). Point Vite at the same file Node loads.
const require = createRequire(import.meta.url);

export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    setupFiles: ['reflect-metadata'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'sdk/src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // A fork runs file after file without loading Apollo, MikroORM and the analysis again for each
    // (497 s → 421 s for the suite here). Files share no state: each starts its own app, database
    // and Redis prefix, and the few that stub (fake timers, a spy) restore what they stubbed.
    isolate: false,
  },
});
