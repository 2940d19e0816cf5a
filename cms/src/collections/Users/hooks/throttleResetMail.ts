import { APIError, ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { MAX_EMAIL_LENGTH } from '../../../endpoints/newsletter/validate'

/** One reset e-mail per address per minute at most: the form cannot be used to flood a mailbox. */
export const RESET_MAIL_INTERVAL_MS = 60_000

/** Lower-cased address → when a reset was last asked for (this process; a restart forgets). */
const lastRequest = new Map<string, number>()

/**
 * Payload's own per-account interval (`forgotPassword.minRequestInterval`) is switched off in the
 * Users config because on SQLite it deadlocks: its reservation write runs outside the request's
 * open transaction, waits for that transaction's lock until `busyTimeout` (10 s) and fails with a
 * 500 for every known address — no reset e-mail at all, and an answer that tells known addresses
 * apart. This hook does the job before the operation: a repeat within the interval gets a 429,
 * and what cannot be an address (over 254 characters, no @) a 400.
 * It counts addresses, not accounts, so the 429 says nothing about whether an account exists, and
 * the earlier link stays valid (no new token is made).
 */
export const throttleResetMail: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'forgotPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  if (email === '') return args
  // A format check, the same for every address: it says nothing about which accounts exist.
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'email', message: `Enter an e-mail address (at most ${MAX_EMAIL_LENGTH} characters).` }] })
  }
  const now = Date.now()
  for (const [key, at] of lastRequest) if (now - at >= RESET_MAIL_INTERVAL_MS) lastRequest.delete(key)
  if (lastRequest.has(email)) {
    throw new APIError('A reset link was requested for this address less than a minute ago. Check your inbox, or try again in a minute.', 429, undefined, true)
  }
  lastRequest.set(email, now)
  return args
}
