import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Files that patch globals for their whole run (msw's fetch interception), mock a module (vi.doMock
// leaves the mocked graph cached for the files after it), drive Chromium or spawn the CLI: each gets
// a fresh module graph, as Vitest gives every file by default.
const ISOLATED = [
  'test/parse/market-context.test.ts',
  'test/browser/**/*.test.ts',
  'test/engines/openai/**/*.test.ts',
  'test/app/propose-guard.test.ts',
  'test/cli/propose-guard.test.ts',
  'test/cli/bin.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // Vitest leaves one core free by default: on a 2-core CI machine that runs the files one at a
    // time. Many files wait on sockets or the browser, so every core can be busy.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        // Everything else shares one module graph per worker: the suite's files import the same few
        // hundred source modules, and transforming and evaluating them once per file was most of the
        // run (import 173 s of 264 s on CI). These files keep no state between them.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      // A browser test drafts in Chromium and a spawn test starts node several times: on a loaded
      // 2-core machine either has taken over 20 s, so these wait up to a minute, and expect.poll
      // (one second by default) waits as long as the page's own waits.
      { extends: true, test: { name: 'isolated', include: ISOLATED, testTimeout: 60_000, expect: { poll: { timeout: 20_000 } } } },
    ],
    // `npm run coverage` (and `npm test`, which CI runs) collect coverage of src with V8's own counters.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
    },
  },
});
