import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type GlobalConfig, type PayloadRequest } from 'payload'

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
  if (query.limit !== undefined || args.limit !== undefined) checkWhole(query.limit ?? args.limit, 'limit', 1, ANONYMOUS_MAX_LIMIT)
  if (query.page !== undefined || args.page !== undefined) checkWhole(query.page ?? args.page, 'page', 1, 1_000_000)
  if (query.depth !== undefined || (args.depth !== undefined && args.depth !== 0)) checkWhole(query.depth ?? args.depth, 'depth', 0, ANONYMOUS_MAX_DEPTH)
  const paginationOff = args.pagination === false || (query.pagination !== undefined && query.pagination !== true && query.pagination !== 'true')
  if (paginationOff && args.limit === undefined) refuse('pagination=false needs a limit for anonymous readers.', 'pagination')
  if (args.joins !== undefined && args.joins !== false) {
    for (const [name, join] of Object.entries(args.joins as Record<string, unknown>)) {
      const limit = (join as { limit?: unknown } | false)?.limit
      if (limit !== undefined) checkWhole(limit, `joins.${name}.limit`, 1, ANONYMOUS_MAX_LIMIT)
    }
  }
  // The trash holds deleted documents: gone for the public even if they were published.
  if (args.trash === true || (query.trash !== undefined && query.trash !== false && query.trash !== 'false')) {
    // An access refusal, not bad input: 403 like any other.
    throw new APIError('The trash is not readable by anonymous readers.', 403, null, true)
  }
}

/** Reads only: logins, password resets and the like are anonymous by nature and take no paging. */
const READS = new Set(['read', 'count', 'countVersions', 'readDistinct'])

export const capAnonymousCollectionQueries: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (READS.has(operation) && isAnonymousApiCall(req, overrideAccess)) checkAnonymousArgs(args as PagingArgs, req)
  return args
}

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

export const capAnonymousGlobalQueries: GlobalBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'read' && isAnonymousApiCall(req, overrideAccess as boolean | undefined)) checkAnonymousArgs(args as PagingArgs, req)
  return args
}

/** The collection with the anonymous caps as its first `beforeOperation` hook. */
export const withPublicApiLimits = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [capAnonymousCollectionQueries, ...(collection.hooks?.beforeOperation ?? [])] },
})

export const withPublicGlobalApiLimits = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, beforeOperation: [capAnonymousGlobalQueries, ...(global.hooks?.beforeOperation ?? [])] },
})
