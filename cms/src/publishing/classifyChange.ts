/**
 * What one write did, in the words of the audit log, and whether readers of the public site can
 * see the difference (then the site is stale). Pure: the hooks gather the facts, this decides.
 */
export const AUDIT_OPERATIONS = ['create', 'update', 'publish', 'unpublish', 'delete', 'restore'] as const
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number]

export interface ChangeFacts {
  /** Payload's operation for afterChange; `delete` for afterDelete (a permanent delete). */
  operation: 'create' | 'update' | 'delete'
  /** Whether the collection has drafts (`_status`). */
  drafts: boolean
  /** Public visibility of the document before and after, as the collection defines it (published, verified…); ignores trash. */
  wasVisible: boolean
  isVisible: boolean
  wasTrashed: boolean
  isTrashed: boolean
  /** A draft saved over a published document: the main document (what readers get) did not change. */
  draftOverPublished: boolean
}

export interface ClassifiedChange {
  operation: AuditOperation
  /** Readers of the public site would see a difference: the site needs a rebuild. */
  publicChange: boolean
}

export function classifyChange(f: ChangeFacts): ClassifiedChange {
  const wasPublic = f.wasVisible && !f.wasTrashed
  const isPublic = f.isVisible && !f.isTrashed
  if (f.operation === 'delete') return { operation: 'delete', publicChange: wasPublic }
  if (f.operation === 'create') return { operation: f.drafts && isPublic ? 'publish' : 'create', publicChange: isPublic }
  if (!f.wasTrashed && f.isTrashed) return { operation: 'delete', publicChange: wasPublic }
  if (f.wasTrashed && !f.isTrashed) return { operation: 'restore', publicChange: isPublic }
  if (f.draftOverPublished) return { operation: 'update', publicChange: false }
  if (f.drafts && f.isVisible && !f.wasVisible) return { operation: 'publish', publicChange: isPublic }
  if (f.drafts && f.wasVisible && !f.isVisible) return { operation: 'unpublish', publicChange: wasPublic }
  // A published document saved again is published again; a draft saved is only an update.
  if (f.drafts && f.isVisible) return { operation: 'publish', publicChange: isPublic }
  return { operation: 'update', publicChange: wasPublic || isPublic }
}
