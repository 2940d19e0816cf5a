import type { Access, FieldAccess } from 'payload'

import { isAdminUser } from './roles'

/** Only administrators. */
export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

/** Field-level: only administrators may set or change this field. */
export const isAdminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)
