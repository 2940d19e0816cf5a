/**
 * The site's build-time environment, read and validated once; nothing else reads `process.env`.
 */
import { z } from 'zod'

const schema = z.object({
  /** Where the build fetches content (REST). */
  CMS_URL: z.url().default('http://localhost:3000'),
  /** Public address of the CMS for readers' browsers (the newsletter form posts there). */
  CMS_PUBLIC_URL: z.url().optional(),
  /** Build from a snapshot folder made by `npm run snapshot` instead of a running CMS. */
  CMS_SNAPSHOT: z.string().optional(),
  /** Seconds to wait for the CMS before failing the build. */
  CMS_TIMEOUT_SECONDS: z.coerce.number().positive().default(15),
  /** Canonical origin of the public site (canonical URLs, sitemap, feeds, Open Graph). */
  SITE_URL: z.url().default('http://localhost:4321'),
  /** Type-checking needs the collections' shapes, not their content: `astro check` runs with this set. */
  EMPTY_CONTENT: z.enum(['1', 'true']).optional(),
  /**
   * Run as the editors' preview server (`astro dev` with this set): adds the on-demand route
   * /preview/<collection>/<id>/ that renders a draft in the real page templates. Never set for a
   * public build, so no build ever contains the route or a draft.
   */
  SITE_PREVIEW: z.enum(['1', 'true']).optional(),
  /** Port of `astro dev` / `astro preview`. */
  SITE_PORT: z.coerce.number().int().positive().default(4321),
  /** Pin "today" (ISO date) for reproducible builds and tests: open/closed deadlines, current month. */
  BUILD_DATE: z.iso.date().optional(),
  /** Where `astro build` writes the site (default `dist`); tests build into a temporary folder. */
  SITE_OUT_DIR: z.string().default('dist'),
  /**
   * Astro's cache (content-layer data store, optimised images; default site/node_modules/.astro).
   * The publishing runner keeps its own, next to its releases, so its rebuilds reuse what the last
   * one made and never share a cache with a developer's or a test's build running at the same time.
   */
  SITE_CACHE_DIR: z.string().optional(),
  /** When set, the build writes a JSON map of route pattern → built pages there (tests use it to find one page per template). */
  SITE_ROUTES_FILE: z.string().optional(),
  /**
   * Folder kept between builds with the monitor's data releases (index, changes, fingerprints);
   * a build whose data differ from the last release adds one. Relative paths are from the site folder.
   */
  AVMP_RELEASES_DIR: z.string().default('data-releases'),
  /** Map tiles of the incident map ({z}/{x}/{y}); tests point it at a local tile. Loaded only after the reader agrees. */
  PUBLIC_MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  /** Attribution shown with those tiles (HTML, as Leaflet expects). */
  PUBLIC_MAP_ATTRIBUTION: z.string().default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
})

function parseEnv() {
  const given = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ''))
  const result = schema.safeParse(given)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid site environment:\n${lines.join('\n')}`)
  }
  return result.data
}

export const env = parseEnv()

export const CMS_PUBLIC_URL = (env.CMS_PUBLIC_URL ?? env.CMS_URL).replace(/\/$/, '')
export const SITE_URL = env.SITE_URL.replace(/\/$/, '')

/** "Today" for the build: deadlines and the monitor's current month are judged against it. */
export const BUILD_NOW: Date = env.BUILD_DATE ? new Date(`${env.BUILD_DATE}T12:00:00Z`) : new Date()
