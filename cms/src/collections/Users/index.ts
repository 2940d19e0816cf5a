import type { CollectionConfig } from 'payload'

import { USER_ROLES } from '@clearinghouse/shared/vocab'

import { adminOrSelf, isAdmin, isAdminField } from '../../access'
import { selectFrom } from '../../fields/selectFrom'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'updatedAt'],
    group: 'Administration',
    description: 'People who can sign in to the admin. Only administrators manage accounts.',
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax' },
  },
  access: {
    // Only admins list or create accounts; everyone signed in may read and edit their own.
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      ...selectFrom(USER_ROLES, { name: 'role', required: true, defaultValue: 'editor', saveToJWT: true }),
      // An editor may edit their own account but never their role.
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'Editors manage content; administrators also manage users, subscribers and settings.' },
    },
  ],
}
