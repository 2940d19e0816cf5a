import type { AstroIntegration } from 'astro'

/**
 * The editors' preview route, only on the preview server (SITE_PREVIEW): injected rather than
 * living in src/pages, so a public build cannot contain it. Rendered on demand by `astro dev`.
 */
export function previewRoute(): AstroIntegration {
  return {
    name: 'clearinghouse-preview',
    hooks: {
      'astro:config:setup': ({ injectRoute, command }) => {
        if (command === 'build') throw new Error('SITE_PREVIEW is for the preview server (astro dev), never for a build: drafts would be published.')
        injectRoute({ pattern: '/preview/[collection]/[id]', entrypoint: new URL('./PreviewPage.astro', import.meta.url), prerender: false })
      },
    },
  }
}
