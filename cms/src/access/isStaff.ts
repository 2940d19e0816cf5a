import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Admins and editors. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
