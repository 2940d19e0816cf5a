import type { PayloadRequest, TextFieldSingleValidation } from 'payload'

import { matchesStoredPassword } from './passwordHash'

interface Check {
  given: unknown
  id: number | string | undefined
  data: { password?: unknown; email?: unknown }
  req: PayloadRequest
  /** Only whether it is given (while typing): the hash costs 85-400 ms. */
  presenceOnly?: boolean
}

/**
 * Changing one's own password or e-mail address needs the current password (the virtual
 * `currentPassword` field). A stolen session cookie must not be enough to take the account over:
 * with a new password the thief locks the owner out, with a new address they receive its reset
 * mails. An administrator setting another account's password, and scripts without a signed-in
 * user (seed, import), are not asked. Returns the problem, or true.
 */
async function checkCurrentPassword({ given, id, data, req, presenceOnly }: Check): Promise<string | true> {
  const { user } = req
  if (id === undefined || !user || user.collection !== 'users' || String(user.id) !== String(id)) return true
  const newPassword = typeof data.password === 'string' && data.password !== ''
  // The signed-in user is this account, so its stored address is the one on the request.
  const newEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(user.email ?? '').toLowerCase()
  if (!newPassword && !newEmail) return true
  if (typeof given !== 'string' || given === '') return `Enter your current password to set ${newPassword ? 'a new password' : 'a new e-mail address'}.`
  if (presenceOnly) return true
  if (given.length > 1000) return 'The current password is not correct.'
  // Hash and salt are hidden fields: read them from the database row itself.
  const stored = (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as { salt?: unknown; hash?: unknown } | null
  return (await matchesStoredPassword(given, stored?.salt, stored?.hash)) || 'The current password is not correct.'
}

/**
 * The `currentPassword` field's validation: Payload validates every create and update through
 * REST, GraphQL and the Local API, and the admin shows the message beside the box. (A
 * `beforeChange` hook would run too late to see the value of a virtual field.)
 */
export const validateCurrentPassword: TextFieldSingleValidation = (value, { data, id, req, event }) =>
  checkCurrentPassword({ given: value, id, data: data as Check['data'], req, presenceOnly: event === 'onChange' })
