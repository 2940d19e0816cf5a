import type { Access, Where } from 'payload'

import { isStaffUser } from './roles'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * For collections with a trash: a trashed document is a deleted one for the public, even if it was
 * published. Payload leaves trashed documents out of a plain list, but not out of relation queries
 * (`where[relatedPublications.title]`) or GraphQL's relation fields; a read rule reaches both.
 */
export const NOT_TRASHED: Where = { deletedAt: { exists: false } }

/** Staff read everything; everyone else reads published documents only (never drafts). */
export const publishedOrStaff: Access = ({ req: { user } }) => (isStaffUser(user) ? true : PUBLISHED)

/** As `publishedOrStaff`, for collections with a trash: never a trashed document either. */
export const publishedLiveOrStaff: Access = ({ req: { user } }) => (isStaffUser(user) ? true : { and: [PUBLISHED, NOT_TRASHED] })
