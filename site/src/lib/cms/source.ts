/**
 * One typed way to read published content: from the CMS over REST (paged, depth 0, only the
 * selected fields) or from a snapshot folder made by `npm run snapshot`. Loaders and scripts use
 * `openContentSource()` and never care which.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Config } from '@clearinghouse/shared/payload-types'
import {
  SNAPSHOT_CONTENT_FILE,
  SNAPSHOT_FORMAT,
  SNAPSHOT_MEDIA_DIR,
  type ContentSnapshot,
  type PublicCollection,
  type PublicGlobal,
} from '@clearinghouse/shared/snapshot'

type Doc<S extends PublicCollection> = Config['collections'][S]

/** The subset of Payload's `where` the site needs; the snapshot source evaluates it too. */
export type SimpleWhere = Record<string, { equals?: string | number | boolean; greater_than_equal?: string | number }>

export interface FindAllOptions {
  /** Top-level fields to return (`id` always comes back). */
  select?: readonly string[]
  where?: SimpleWhere
  /** A field name, `-` first for descending. */
  sort?: string
  /** Documents per request (REST only). */
  pageSize?: number
}

export interface ContentSource {
  /** Human-readable origin, for logs and error messages. */
  readonly description: string
  findAll<S extends PublicCollection>(collection: S, options?: FindAllOptions): Promise<Doc<S>[]>
  findGlobal<G extends PublicGlobal>(slug: G): Promise<Config['globals'][G]>
  /** The bytes of an uploaded file. */
  readMediaFile(media: { filename?: string | null; url?: string | null }): Promise<Uint8Array>
}

export class CmsUnreachableError extends Error {
  constructor(url: string, cause: string) {
    super(
      [
        `The site build cannot reach the CMS at ${url} (${cause}).`,
        'Fix: start the CMS (`npm start`, or `npm run dev -w cms`), or set CMS_URL to where it runs,',
        'or build from a snapshot: `npm run snapshot -- --out <dir>` then `CMS_SNAPSHOT=<dir> npm run build -w site`.',
      ].join('\n'),
    )
    this.name = 'CmsUnreachableError'
  }
}

export class CmsRequestError extends Error {
  constructor(url: string, status: number, body: string) {
    super(`The CMS answered ${status} for ${url}: ${body.slice(0, 300)}`)
    this.name = 'CmsRequestError'
  }
}

/** Serialises `select` and `where` the way Payload's REST API reads query strings (qs brackets). */
export function buildQuery(params: {
  select?: readonly string[]
  where?: SimpleWhere
  sort?: string
  limit: number
  page: number
}): string {
  const search = new URLSearchParams()
  search.set('depth', '0')
  search.set('limit', String(params.limit))
  search.set('page', String(params.page))
  if (params.sort) search.set('sort', params.sort)
  for (const field of params.select ?? []) search.set(`select[${field}]`, 'true')
  for (const [field, ops] of Object.entries(params.where ?? {})) {
    for (const [op, value] of Object.entries(ops)) {
      if (value !== undefined) search.set(`where[${field}][${op}]`, String(value))
    }
  }
  return search.toString()
}

interface PaginatedResponse<T> {
  docs: T[]
  hasNextPage: boolean
  nextPage?: number | null
  totalDocs: number
}

export function httpSource(baseUrl: string, timeoutSeconds = 15): ContentSource {
  const base = baseUrl.replace(/\/$/, '')

  async function getJson<T>(pathAndQuery: string): Promise<T> {
    const url = `${base}${pathAndQuery}`
    let response: Response
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(timeoutSeconds * 1000), headers: { accept: 'application/json' } })
    } catch (error) {
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
      throw new CmsUnreachableError(base, cause)
    }
    if (!response.ok) throw new CmsRequestError(url, response.status, await response.text())
    return (await response.json()) as T
  }

  return {
    description: `CMS at ${base}`,
    async findAll(collection, options = {}) {
      const docs: Doc<typeof collection>[] = []
      const limit = options.pageSize ?? 200
      for (let page = 1; ; page++) {
        const query = buildQuery({ ...options, limit, page })
        const result = await getJson<PaginatedResponse<Doc<typeof collection>>>(`/api/${collection}?${query}`)
        docs.push(...result.docs)
        if (!result.hasNextPage) break
      }
      return docs
    },
    async findGlobal(slug) {
      return getJson(`/api/globals/${slug}?depth=0`)
    },
    async readMediaFile(media) {
      if (!media.url) throw new Error(`Media ${media.filename ?? '?'} has no URL`)
      const url = media.url.startsWith('http') ? media.url : `${base}${media.url}`
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutSeconds * 4000) }).catch((error: unknown) => {
        throw new CmsUnreachableError(base, error instanceof Error ? error.message : String(error))
      })
      if (!response.ok) throw new CmsRequestError(url, response.status, '')
      return new Uint8Array(await response.arrayBuffer())
    },
  }
}

function matches(doc: Record<string, unknown>, where: SimpleWhere | undefined): boolean {
  for (const [field, ops] of Object.entries(where ?? {})) {
    const value = doc[field]
    if (ops.equals !== undefined && value !== ops.equals) return false
    if (ops.greater_than_equal !== undefined && !(String(value) >= String(ops.greater_than_equal))) return false
  }
  return true
}

function sortBy<T>(docs: T[], sort: string | undefined): T[] {
  if (!sort) return docs
  const desc = sort.startsWith('-')
  const field = desc ? sort.slice(1) : sort
  const key = (d: T) => (d as Record<string, unknown>)[field] as string | number | undefined
  return [...docs].sort((a, b) => {
    const x = key(a) ?? ''
    const y = key(b) ?? ''
    return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1)
  })
}

function pick<T extends object>(doc: T, select: readonly string[] | undefined): T {
  if (!select) return doc
  const out: Record<string, unknown> = { id: (doc as { id: unknown }).id }
  for (const field of select) if (field in doc) out[field] = (doc as Record<string, unknown>)[field]
  return out as T
}

export async function snapshotSource(dir: string): Promise<ContentSource> {
  const file = path.resolve(dir, SNAPSHOT_CONTENT_FILE)
  let snapshot: ContentSnapshot
  try {
    snapshot = JSON.parse(await fs.readFile(file, 'utf8')) as ContentSnapshot
  } catch (error) {
    throw new Error(`Cannot read the content snapshot ${file}: ${error instanceof Error ? error.message : String(error)}. Make one with \`npm run snapshot -- --out ${dir}\`.`)
  }
  if (snapshot.format !== SNAPSHOT_FORMAT) {
    throw new Error(`Snapshot ${file} has format ${String(snapshot.format)}, this site reads format ${SNAPSHOT_FORMAT}: make a new one with \`npm run snapshot\`.`)
  }
  return {
    description: `snapshot ${path.resolve(dir)} (taken ${snapshot.generatedAt})`,
    async findAll(collection, options = {}) {
      const docs = (snapshot.collections[collection] ?? []) as Doc<typeof collection>[]
      const filtered = docs.filter((d) => matches(d as unknown as Record<string, unknown>, options.where))
      return sortBy(filtered, options.sort).map((d) => pick(d, options.select))
    },
    async findGlobal(slug) {
      return snapshot.globals[slug]
    },
    async readMediaFile(media) {
      if (!media.filename) throw new Error('Media without a filename in the snapshot')
      return new Uint8Array(await fs.readFile(path.resolve(dir, SNAPSHOT_MEDIA_DIR, path.basename(media.filename))))
    },
  }
}

/** No content at all: lets `astro check` generate collection types without a CMS or snapshot. */
export function emptySource(): ContentSource {
  return {
    description: 'no content (EMPTY_CONTENT)',
    findAll: async () => [],
    findGlobal: async () => {
      throw new Error('EMPTY_CONTENT is set: no site settings (use it for type-checking only)')
    },
    readMediaFile: async () => new Uint8Array(),
  }
}

/**
 * Opens the snapshot when `snapshotDir` is given, else the CMS — checked with one request first,
 * so an unreachable CMS fails the build at once with the URL and the fix rather than mid-way.
 */
export async function openContentSource(options: {
  cmsUrl: string
  snapshotDir?: string
  timeoutSeconds?: number
  empty?: boolean
}): Promise<ContentSource> {
  if (options.empty) return emptySource()
  if (options.snapshotDir) return snapshotSource(options.snapshotDir)
  const source = httpSource(options.cmsUrl, options.timeoutSeconds)
  await source.findGlobal('site-settings')
  return source
}
