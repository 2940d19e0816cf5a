import type { CollectionConfig } from 'payload'

import { USER_ROLES } from '@clearinghouse/shared/vocab'

import { adminOrSelf, isAdmin, isAdminField } from '../../access'
import { selectFrom } from '../../fields/selectFrom'
import { env } from '../../env'
import { endSessionsOnPasswordChange, notePasswordChange } from './hooks/endSessionsOnPasswordChange'
import { equaliseLoginTiming } from './hooks/equaliseLoginTiming'
import { throttleResetMail } from './hooks/throttleResetMail'
import { deferResetMail, sendResetMailInBackground } from './hooks/sendResetMailInBackground'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { validateCurrentPassword } from './currentPassword'

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
    // Sessions are stored on the user (Payload's default, stated here because logout and password
    // changes rely on it): a token whose session was ended is refused even before it expires.
    useSessions: true,
    // HttpOnly always (Payload); Secure whenever the CMS is served over https, so the cookie never
    // travels in clear. Over plain http (local runs) a Secure cookie would never be sent back.
    cookies: { sameSite: 'Lax', secure: new URL(env.CMS_URL).protocol === 'https:' },
    // Payload's per-account reset interval deadlocks on SQLite (see throttleResetMail): ours replaces it.
    forgotPassword: { minRequestInterval: 0 },
  },
  access: {
    // Only admins list or create accounts; everyone signed in may read and edit their own.
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeOperation: [equaliseLoginTiming, throttleResetMail, deferResetMail],
    afterOperation: [sendResetMailInBackground],
    beforeChange: [makeFirstUserAdmin, notePasswordChange],
    afterChange: [endSessionsOnPasswordChange],
  },
  fields: [
    {
      // Virtual: never stored, never read back; checked by its validation (currentPassword.ts).
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: 'Current password',
      validate: validateCurrentPassword,
      // Readable (the admin renders only readable fields) but always empty.
      hooks: { afterRead: [() => undefined] },
      admin: {
        description: 'Needed to change your own password or e-mail address.',
        components: { Field: '/components/admin/CurrentPasswordField#CurrentPasswordField' },
      },
    },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      ...selectFrom(USER_ROLES, { name: 'role', required: true, defaultValue: 'editor', saveToJWT: true }),
      // An editor may edit their own account but never their role.
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'Editors manage content; administrators also manage users, subscribers and settings.' },
    },
  ],
}
