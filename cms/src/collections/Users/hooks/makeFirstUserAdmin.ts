import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@clearinghouse/shared/payload-types'

/** The very first account (created on the admin's welcome screen) must be an administrator. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
