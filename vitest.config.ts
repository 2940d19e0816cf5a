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
      {
        // The site's pure modules (no build needed): map clustering and the like.
        test: {
          name: 'site-unit',
          root: './site',
          include: ['src/**/*.test.ts'],
        },
      },
      './cms/vitest.config.ts',
      './site/vitest.config.ts',
      {
        test: {
          // Repository-wide checks (installed dependencies) and script helpers.
          name: 'scripts',
          root: './scripts',
          include: ['tests/**/*.test.ts'],
        },
      },
      './scripts/publish/vitest.config.ts',
    ],
  },
})
