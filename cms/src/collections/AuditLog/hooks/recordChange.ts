import type {
  CollectionSlug,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  PayloadRequest,
  TypeWithID,
} from 'payload'

import { classifyChange, type AuditOperation } from '../../../publishing/classifyChange'
import { SKIP_AUDIT, SKIP_SITE_REBUILD } from '../../../publishing/context'

type Doc = Record<string, unknown> & Partial<TypeWithID>

/** Which documents readers can see, ignoring drafts and trash (handled here): e.g. verified incidents only. */
export type VisibleToReaders = (doc: Doc) => boolean

interface Entry {
  collectionSlug: string
  documentId?: string
  title?: string
  operation: AuditOperation
  publicChange: boolean
}

async function writeEntry(req: PayloadRequest, entry: Entry): Promise<void> {
  const user = req.user && req.user.collection === 'users' ? req.user : null
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      // Flags set for a seed or an import keep the change itself but no rebuild.
      publicChange: entry.publicChange && !req.context[SKIP_SITE_REBUILD],
      at: new Date().toISOString(),
      user: user?.id ?? null,
      userLabel: user ? String(user.email ?? user.id) : 'system',
    },
    overrideAccess: true,
    depth: 0,
    // Same transaction as the change: both are stored, or neither.
    req,
  })
}

function titleOf(config: CollectionConfig, doc: Doc): string | undefined {
  const field = config.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  return value === undefined || value === null ? undefined : String(value).slice(0, 300)
}

const hasDrafts = (config: CollectionConfig) => Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)

function visibility(config: CollectionConfig, visible: VisibleToReaders | undefined) {
  const drafts = hasDrafts(config)
  return (doc: Doc | undefined): boolean => {
    if (!doc || Object.keys(doc).length === 0) return false
    if (drafts && doc._status !== 'published') return false
    return visible ? visible(doc) : true
  }
}

const MAIN_BEFORE = 'recordChange.mainBefore'
const mainKey = (slug: string, id: unknown) => `${slug}:${String(id)}`

async function mainDocument(req: PayloadRequest, slug: string, id: unknown): Promise<Doc | null> {
  return (await req.payload.db.findOne({ collection: slug as CollectionSlug, where: { id: { equals: id } }, req })) as Doc | null
}

/**
 * beforeChange for a tracked collection with drafts: remembers the stored main document — what
 * readers get — before the write. Payload hands afterChange the latest *version* as
 * `previousDoc`, which after a draft save is that draft, not what was published.
 */
export function rememberPublishedDocument(config: CollectionConfig): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    if (req.context[SKIP_AUDIT] || operation !== 'update' || !hasDrafts(config) || !originalDoc) return data
    const remembered = (req.context[MAIN_BEFORE] ??= {}) as Record<string, Doc | null>
    remembered[mainKey(config.slug, (originalDoc as Doc).id)] = await mainDocument(req, config.slug, (originalDoc as Doc).id)
    return data
  }
}

/**
 * afterChange for a tracked collection: one audit entry per create, update, publish, unpublish,
 * move to trash and restore; those readers would notice are marked `publicChange`, which is what
 * makes the publishing runner rebuild the site. Skipped entirely under `req.context.skipAudit`.
 */
export function recordChangeAfterChange(config: CollectionConfig, visible?: VisibleToReaders): CollectionAfterChangeHook {
  const isVisible = visibility(config, visible)
  const drafts = hasDrafts(config)
  return async ({ doc, previousDoc, operation, req }) => {
    if (req.context[SKIP_AUDIT]) return doc
    const after = doc as Doc
    const remembered = req.context[MAIN_BEFORE] as Record<string, Doc | null> | undefined
    const key = mainKey(config.slug, after.id)
    const before = (remembered && key in remembered ? remembered[key] : previousDoc) as Doc | undefined
    if (remembered) delete remembered[key]
    // Saving a draft over a published document writes a version only: the main document is unchanged.
    let draftOverPublished = false
    if (drafts && operation === 'update' && after._status === 'draft' && before?._status === 'published') {
      draftOverPublished = (await mainDocument(req, config.slug, after.id))?._status === 'published'
    }
    const change = classifyChange({
      operation,
      drafts,
      wasVisible: operation === 'create' ? false : isVisible(before),
      isVisible: isVisible(after),
      wasTrashed: Boolean(before?.deletedAt),
      isTrashed: Boolean(after.deletedAt),
      draftOverPublished,
    })
    await writeEntry(req, { collectionSlug: config.slug, documentId: String(after.id), title: titleOf(config, after), ...change })
    return doc
  }
}

/** afterDelete (permanent deletion, also of trashed documents) for a tracked collection. */
export function recordChangeAfterDelete(config: CollectionConfig, visible?: VisibleToReaders): CollectionAfterDeleteHook {
  const isVisible = visibility(config, visible)
  return async ({ doc, id, req }) => {
    if (req.context[SKIP_AUDIT]) return doc
    const before = doc as Doc
    const change = classifyChange({
      operation: 'delete',
      drafts: hasDrafts(config),
      wasVisible: isVisible(before),
      isVisible: false,
      wasTrashed: Boolean(before.deletedAt),
      isTrashed: true,
      draftOverPublished: false,
    })
    await writeEntry(req, { collectionSlug: config.slug, documentId: String(id), title: titleOf(config, before), ...change })
    return doc
  }
}

/** afterChange for a tracked global (site settings): every saved change is public. */
export function recordGlobalChange(slug: string): GlobalAfterChangeHook {
  return async ({ doc, req }) => {
    if (req.context[SKIP_AUDIT]) return doc
    await writeEntry(req, { collectionSlug: `global:${slug}`, title: slug, operation: 'update', publicChange: true })
    return doc
  }
}
