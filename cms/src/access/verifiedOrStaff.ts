import type { Access } from 'payload'

import { NOT_TRASHED } from './publishedOrStaff'
import { isStaffUser } from './roles'

/** Staff read every incident; the public reads verified ones only, and none in the trash. */
export const verifiedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { and: [{ verified: { equals: true } }, NOT_TRASHED] }
