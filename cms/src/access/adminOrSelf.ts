import type { Access } from 'payload'

import { isAdminUser } from './roles'

/** Admins see and change every account; others only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
