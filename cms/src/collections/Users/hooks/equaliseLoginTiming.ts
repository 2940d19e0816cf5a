import type { CollectionBeforeOperationHook } from 'payload'

import { hashLikePayload } from '../passwordHash'

/**
 * Checking a password costs hundreds of milliseconds; Payload skips it for an unknown or locked
 * account, so without this hook the response time alone tells an attacker which addresses have
 * accounts. (auth.int.test.ts compares the times.)
 */
const DUMMY_SALT = 'a0'.repeat(32)

const isLocked = (lockUntil: unknown): boolean =>
  (typeof lockUntil === 'string' || lockUntil instanceof Date) && new Date(lockUntil).getTime() > Date.now()

/**
 * Before a login: when the account does not exist or is locked, hash the given password anyway,
 * so every failed login costs the same time as a wrong password for a real account.
 */
export const equaliseLoginTiming: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: Record<string, unknown> }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  // Payload refuses these itself (400, field required) before looking anything up.
  if (email === '' || password.trim() === '') return args
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: unknown }>({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  if (!user || isLocked(user.lockUntil)) await hashLikePayload(password, DUMMY_SALT)
  return args
}
