import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import type { PayloadRequest, TextFieldSingleValidation } from 'payload'

const pbkdf2Async = promisify(pbkdf2)

/**
 * Payload's two stored hash formats (payload/src/auth/strategies/local/generatePasswordSaltHash):
 * `pbkdf2-sha256-v1:<hex>` (600,000 iterations, 32 bytes) and the older bare hex (25,000, 512).
 * The auth integration test changes a password Payload hashed itself, so a change of format fails
 * there rather than locking editors out.
 */
async function matchesStoredPassword(password: string, salt: unknown, hash: unknown): Promise<boolean> {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const current = hash.startsWith('pbkdf2-sha256-v1:')
  const stored = Buffer.from(current ? hash.slice('pbkdf2-sha256-v1:'.length) : hash, 'hex')
  const computed = await pbkdf2Async(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return computed.length === stored.length && timingSafeEqual(computed, stored)
}

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
  if (id === undefined || !req.user || req.user.collection !== 'users' || String(req.user.id) !== String(id)) return true
  const newPassword = typeof data.password === 'string' && data.password !== ''
  if (!newPassword && typeof data.email !== 'string') return true
  // The stored e-mail, hash and salt (hidden fields) from the database row itself.
  const stored = (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as { email?: unknown; salt?: unknown; hash?: unknown } | null
  const newEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(stored?.email ?? '').toLowerCase()
  if (!newPassword && !newEmail) return true
  if (typeof given !== 'string' || given === '') return `Enter your current password to set ${newPassword ? 'a new password' : 'a new e-mail address'}.`
  if (presenceOnly) return true
  if (given.length > 1000 || !(await matchesStoredPassword(given, stored?.salt, stored?.hash))) return 'The current password is not correct.'
  return true
}

/**
 * The `currentPassword` field's validation: Payload validates every create and update through
 * REST, GraphQL and the Local API, and the admin shows the message beside the box. (A
 * `beforeChange` hook would run too late to see the value of a virtual field.)
 */
export const validateCurrentPassword: TextFieldSingleValidation = (value, { data, id, req, event }) =>
  checkCurrentPassword({ given: value, id, data: data as Check['data'], req, presenceOnly: event === 'onChange' })
