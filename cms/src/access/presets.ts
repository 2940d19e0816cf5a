import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isStaff } from './isStaff'
import { publishedLiveOrStaff, publishedOrStaff } from './publishedOrStaff'

/** Editorial collections with drafts: the public reads published documents, staff do the rest. */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
}

/** As `editorialAccess`, for editorial collections with a trash (news, publications, laws). */
export const trashableEditorialAccess: CollectionConfig['access'] = { ...editorialAccess, read: publishedLiveOrStaff }

/** Public reference collections without drafts (team, partners, notices, media). */
export const publicReadStaffWriteAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
}

/** Drafts and a bounded version history for editorial collections. */
export const EDITORIAL_VERSIONS: CollectionConfig['versions'] = { drafts: true, maxPerDoc: 50 }

/** As above, plus "Schedule publish"/"unpublish" in the admin (run by Payload's `schedulePublish` job). */
export const SCHEDULED_EDITORIAL_VERSIONS: CollectionConfig['versions'] = { drafts: { schedulePublish: true }, maxPerDoc: 50 }
