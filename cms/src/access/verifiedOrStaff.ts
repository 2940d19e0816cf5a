import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff read every incident; the public reads verified ones only. */
export const verifiedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { verified: { equals: true } }
