import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'cms',
    root: import.meta.dirname,
    include: ['tests/**/*.test.ts'],
    // sharp is a native module: it must run in forked processes, not worker threads.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      DISABLE_PAYLOAD_HMR: 'true',
      NODE_ENV: 'test',
    },
  },
})
