import { defineConfig } from 'vitest/config'

// Site tests run against one real build made once per run (tests/setup/global.ts): a seeded
// temporary database → snapshot → `npm run build -w site` into a temporary folder, served locally.
export default defineConfig({
  test: {
    name: 'site',
    root: import.meta.dirname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global.ts'],
    // The in-process CMS uses sharp (native): forked processes, not worker threads.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: {
      DISABLE_PAYLOAD_HMR: 'true',
      NODE_ENV: 'test',
    },
  },
})
