import { defineConfig } from 'vitest/config'

// The publishing runner against a real CMS (Payload's request router over HTTP) and real site
// builds: slow by nature (a seed and two builds per file), so few files with long timeouts.
export default defineConfig({
  test: {
    name: 'publish',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    // The in-process CMS uses sharp (native): forked processes, not worker threads.
    pool: 'forks',
    testTimeout: 240_000,
    hookTimeout: 240_000,
    env: {
      DISABLE_PAYLOAD_HMR: 'true',
      NODE_ENV: 'test',
    },
  },
})
