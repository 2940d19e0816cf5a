import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff read everything; everyone else reads published documents only (never drafts). */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { _status: { equals: 'published' } }
