/** What the global setup provides to every site test file. */
export interface SiteFixture {
  /** The run's temporary folder. */
  tmp: string
  /** The seeded SQLite file (copy it before writing: other test files read it too). */
  database: string
  /** Snapshot folder the build was made from (content.json + media/). */
  snapshot: string
  /** The built site. */
  outDir: string
  /** Route pattern → built files, written by the build (astro.config.ts `routesManifest`). */
  routesFile: string
  /** Origin of the static server for `outDir`, e.g. http://127.0.0.1:4340 */
  url: string
  buildLog: string
}

/** "Today" for the seed and the build: fixed, so deadlines and the current month never drift. */
export const BUILD_DATE = '2026-11-15'
export const SEED_INCIDENTS = 400
/** The public origin the test build is made for: canonical URLs and the sitemap must use it, not the local server's. */
export const SITE_URL = 'https://clearinghouse.example.org'

declare module 'vitest' {
  export interface ProvidedContext {
    site: SiteFixture
  }
}
