import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

/**
 * Payload 3.90's password hashes (payload/src/auth/strategies/local/generatePasswordSaltHash):
 * `pbkdf2-sha256-v1:<hex>` with 600,000 iterations and 32 bytes, and the older bare hex with
 * 25,000 and 512. auth.int.test.ts signs in, changes passwords and compares login times against
 * hashes Payload made itself, so a change in Payload's parameters fails there.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/** Hashes like a current Payload password check: the same cost, for timing equalisation. */
export function hashLikePayload(password: string, salt: string): Promise<Buffer> {
  return pbkdf2Async(password, salt, CURRENT.iterations, CURRENT.keyLength, 'sha256')
}

/** Whether `password` matches a stored Payload salt and hash (either format). */
export async function matchesStoredPassword(password: string, salt: unknown, hash: unknown): Promise<boolean> {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const computed = await pbkdf2Async(password, salt, iterations, keyLength, 'sha256')
  return computed.length === stored.length && timingSafeEqual(computed, stored)
}
