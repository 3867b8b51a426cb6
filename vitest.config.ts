import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest leaves one core free by default: on a 2-core CI machine that runs the files one at a
    // time. Most files wait on sockets, child processes or the browser, so every core can be busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // `npm run coverage` (and `npm test`, which CI runs) collect coverage of src with V8's own counters.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
    },
  },
});
