import { defineConfig } from 'vitest/config'

// One `npm test` across workspaces: each workspace is a Vitest project.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: './shared',
          include: ['src/**/*.test.ts'],
        },
      },
      './cms/vitest.config.ts',
      './site/vitest.config.ts',
      './scripts/publish/vitest.config.ts',
    ],
  },
})
