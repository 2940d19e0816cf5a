import {
  APIError,
  NotFound,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FlattenedField,
  type GlobalConfig,
  type PayloadRequest,
} from 'payload'

import { isAdminUser } from '../access/roles'

/**
 * The largest page an anonymous reader may ask for. The site build pages through every collection
 * anonymously over REST (`site/src/lib/cms/source.ts`: 200 a page, 1,000 for the incidents of the
 * open-data files, with `depth=0` and `select`), so the cap is what the site needs and no more.
 */
export const ANONYMOUS_MAX_LIMIT = 1000

/**
 * How deep an anonymous reader may populate relations (Payload's own `maxDepth`, 4, still binds
 * staff). Nothing public needs more than a document and the media it shows.
 */
export const ANONYMOUS_MAX_DEPTH = 2

/** A query parameter as it arrives: Payload's `parseParams` has turned it into a number if it could. */
type Raw = unknown

/** Whole numbers only, as a REST query string (`"10"`) or as already parsed (`10`). */
function wholeNumber(raw: Raw): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? raw : undefined
  if (typeof raw === 'string' && /^\d{1,9}$/.test(raw)) return Number(raw)
  return undefined
}

const refuse = (message: string, field: string): never => {
  // 400 with the parameter named: the caller sees what to change, nothing is logged as a refusal.
  throw new APIError(message, 400, { errors: [{ message, path: field }] }, true)
}

function checkWhole(raw: Raw, field: string, min: number, max: number): void {
  // GraphQL's `limit: null` is "not given", as Payload reads it.
  if (raw === null) return
  const value = wholeNumber(raw)
  if (value === undefined || value < min || value > max) {
    const got = typeof raw === 'string' ? JSON.stringify(raw.slice(0, 40)) : JSON.stringify(raw) ?? String(raw)
    refuse(`${field} must be a whole number from ${min} to ${max} for anonymous readers (got ${got}).`, field)
  }
}

/** A request from nobody signed in, through the REST or GraphQL API (not the server's own Local API calls). */
const isAnonymousApiCall = (req: PayloadRequest, overrideAccess: boolean | undefined): boolean => !req.user && overrideAccess !== true

interface PagingArgs {
  /** Set only when Payload populates relations of a document it is already reading. */
  currentDepth?: number
  depth?: number
  joins?: unknown
  limit?: number
  page?: number
  pagination?: boolean
  trash?: boolean
}

/**
 * Bounds what one anonymous request can ask the database for: page size, page number, relation
 * depth, join sizes, and no "everything at once" (`limit=0`, and `pagination=false` without a
 * limit, mean "all rows" in Payload). Out-of-range values are refused with a 400 that names the
 * parameter, not silently changed, so a caller never mistakes a capped page for the whole answer.
 * REST query strings are checked as sent (Payload drops what it cannot parse, e.g. `limit=abc`, and
 * would answer with its default); GraphQL arguments arrive typed. Signed-in staff are not capped:
 * the admin lists and exports need more, and Payload's `maxDepth` still applies to them.
 */
function checkAnonymousArgs(args: PagingArgs, req: PayloadRequest): void {
  // Payload populating a relation (bounded by the ids in the document) or a GraphQL field: the
  // request that led here has been checked already.
  if (args.currentDepth !== undefined) return
  const query = (req.query ?? {}) as Record<string, Raw>
  if (query.limit !== undefined || (args.limit !== undefined && args.limit !== null)) checkWhole(query.limit ?? args.limit, 'limit', 1, ANONYMOUS_MAX_LIMIT)
  if (query.page !== undefined || (args.page !== undefined && args.page !== null)) checkWhole(query.page ?? args.page, 'page', 1, 1_000_000)
  if (query.depth !== undefined || (args.depth !== undefined && args.depth !== 0)) checkWhole(query.depth ?? args.depth, 'depth', 0, ANONYMOUS_MAX_DEPTH)
  const paginationOff = args.pagination === false || (query.pagination !== undefined && query.pagination !== true && query.pagination !== 'true')
  if (paginationOff && args.limit === undefined) refuse('pagination=false needs a limit for anonymous readers.', 'pagination')
  if (args.joins !== undefined && args.joins !== false) {
    for (const [name, join] of Object.entries(args.joins as Record<string, unknown>)) {
      // `joins[name]=false` turns a join off; otherwise it may carry its own limit.
      const limit = join !== null && typeof join === 'object' ? (join as { limit?: unknown }).limit : undefined
      if (limit !== undefined) checkWhole(limit, `joins.${name}.limit`, 1, ANONYMOUS_MAX_LIMIT)
    }
  }
  // The trash holds deleted documents: gone for the public even if they were published.
  if (args.trash === true || (query.trash !== undefined && query.trash !== false && query.trash !== 'false')) {
    // An access refusal, not bad input: 403 like any other.
    throw new APIError('The trash is not readable by anonymous readers.', 403, null, true)
  }
}

const RELATED = new Set(['relationship', 'upload', 'join'])

/**
 * Sorting on a field of a related document (`sort=requestedBy.email`) orders by values the caller
 * may not be allowed to read: Payload applies the related collection's read rule to `where` paths
 * but not to `sort` paths, so the order of the results would leak them (an editor could learn an
 * administrator's e-mail address letter by letter). Only administrators, who read everything, may.
 * Groups are walked into; their own fields are the document's and may be sorted on.
 */
function checkSortPaths(sort: unknown, fields: FlattenedField[]): void {
  const paths = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).filter((p): p is string => typeof p === 'string')
  for (const path of paths) {
    const segments = path.replace(/^-+/, '').split('.')
    let current: FlattenedField[] | undefined = fields
    for (const segment of segments.slice(0, -1)) {
      const field: FlattenedField | undefined = current?.find((f) => f.name === segment)
      if (!field) break
      if (RELATED.has(field.type)) refuse(`sort cannot follow the relation "${segment}" (sort by "${segment}" itself instead).`, 'sort')
      current = 'flattenedFields' in field ? field.flattenedFields : undefined
    }
  }
}

/**
 * An id that cannot exist (`/api/news/' OR 1=1 --`, `/api/news/1e308`) is a 404 before the
 * database sees it: SQLite's driver throws on a non-finite number and Payload answers that with
 * a 500. Numbers on SQLite, ObjectIds on MongoDB.
 */
function checkId(id: unknown, req: PayloadRequest): void {
  if (id === undefined || id === null) return
  const text = typeof id === 'number' ? String(id) : typeof id === 'string' ? id : ''
  const valid = req.payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(text) : /^[0-9a-f]{24}$/i.test(text)
  if (!valid) throw new NotFound(req.t)
}

/** Reads only: logins, password resets and the like are anonymous by nature and take no paging. */
const READS = new Set(['read', 'count', 'countVersions', 'readDistinct'])
/** Operations on one document by id (reads are in READS). */
const BY_ID = new Set(['update', 'delete', 'restoreVersion'])

export const guardCollectionApiReads: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess === true) return args
  if (READS.has(operation) || BY_ID.has(operation)) checkId((args as { id?: unknown }).id, req)
  if (!READS.has(operation)) return args
  if (!req.user) checkAnonymousArgs(args as PagingArgs, req)
  if (!isAdminUser(req.user) && (args as PagingArgs).currentDepth === undefined) checkSortPaths((args as { sort?: unknown }).sort, collection.flattenedFields)
  return args
}

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

export const guardGlobalApiReads: GlobalBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'read' && isAnonymousApiCall(req, overrideAccess as boolean | undefined)) checkAnonymousArgs(args as PagingArgs, req)
  return args
}

/** The collection with the API read guards as its first `beforeOperation` hook. */
export const withApiReadGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [guardCollectionApiReads, ...(collection.hooks?.beforeOperation ?? [])] },
})

export const withGlobalApiReadGuards = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, beforeOperation: [guardGlobalApiReads, ...(global.hooks?.beforeOperation ?? [])] },
})
