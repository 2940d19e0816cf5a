import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { purposeKey } from './tokens'

/**
 * The signup challenge: `v1.<issuedAt>.<nonce>.<bits>.<mac>`, HMAC-signed with a key derived from
 * PAYLOAD_SECRET. The browser fetches one when someone starts filling in the form, finds a `pow`
 * such that SHA-256(`<challenge>.<pow>`) starts with `bits` zero bits, and sends both. The server
 * checks the signature, the age (not before the minimum fill time, not after the lifetime), the
 * work, and that the nonce was never used before.
 */
export const CHALLENGE_TTL_MS = 20 * 60_000
const key = purposeKey('challenge')
const PATTERN = /^v1\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.(\d{1,2})\.([A-Za-z0-9_-]{43})$/

const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url')

export interface Challenge {
  challenge: string
  bits: number
  /** Milliseconds the browser must wait after receiving it before submitting. */
  minFillMs: number
  expiresInMs: number
}

export function issueChallenge(bits: number, minFillMs: number, now = Date.now()): Challenge {
  const body = `v1.${now.toString(36)}.${randomBytes(16).toString('base64url')}.${bits}`
  return { challenge: `${body}.${sign(body)}`, bits, minFillMs, expiresInMs: CHALLENGE_TTL_MS }
}

/** Number of leading zero bits of a hash. */
export function leadingZeroBits(hash: Buffer): number {
  let bits = 0
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8
      continue
    }
    return bits + Math.clz32(byte) - 24
  }
  return bits
}

export type ChallengeProblem = 'malformed' | 'signature' | 'too-fast' | 'expired' | 'work' | 'replayed' | 'busy'

export const CHALLENGE_MESSAGES: Record<ChallengeProblem, string> = {
  malformed: 'The form’s security check is missing or damaged. Reload the page and try again.',
  signature: 'The form’s security check is not valid. Reload the page and try again.',
  'too-fast': 'That was quicker than a person can fill in the form. Wait a moment and send it again.',
  expired: 'The form has expired. Send it again.',
  work: 'The form’s security check was not completed. Reload the page and try again.',
  replayed: 'This form was already sent. Reload the page to subscribe another address.',
  busy: 'Too many signups right now. Try again in a few minutes.',
}

/**
 * Nonces already used, kept in memory until their challenge expires (a challenge can never be
 * accepted after that, so forgetting it then is safe). In memory rather than in the database
 * because it lives 20 minutes, is written on every signup and the CMS runs as one instance; a
 * restart forgets the set, which at worst lets a captured challenge be used once more within its
 * lifetime — still subject to the rate limits. When full, new signups are refused ("busy") rather
 * than forgetting a live nonce.
 */
export class UsedNonces {
  private readonly used = new Map<string, number>()
  constructor(private readonly capacity = 100_000) {}

  /** Records the nonce; false if it was already used or the store is full. */
  consume(nonce: string, expiresAt: number, now = Date.now()): 'ok' | 'replayed' | 'busy' {
    // Insertion order is expiry order (one lifetime for all): expired entries are at the front.
    for (const [n, exp] of this.used) {
      if (exp > now) break
      this.used.delete(n)
    }
    if (this.used.has(nonce)) return 'replayed'
    if (this.used.size >= this.capacity) return 'busy'
    this.used.set(nonce, expiresAt)
    return 'ok'
  }

  get size(): number {
    return this.used.size
  }
}

export const usedNonces = new UsedNonces()

export function verifyChallenge(
  challenge: string,
  pow: string,
  opts: { minBits: number; minFillMs: number; now?: number; store?: UsedNonces },
): ChallengeProblem | undefined {
  const now = opts.now ?? Date.now()
  const m = PATTERN.exec(challenge)
  if (!m || !/^\d{1,16}$/.test(pow)) return 'malformed'
  const [, issued36 = '', nonce = '', bitsText = '', mac = ''] = m
  const expected = Buffer.from(sign(challenge.slice(0, challenge.lastIndexOf('.'))))
  if (!timingSafeEqual(expected, Buffer.from(mac))) return 'signature'
  const issuedAt = parseInt(issued36, 36)
  const bits = Number(bitsText)
  if (bits < opts.minBits) return 'signature'
  if (now - issuedAt < opts.minFillMs) return 'too-fast'
  if (now - issuedAt > CHALLENGE_TTL_MS) return 'expired'
  if (leadingZeroBits(createHash('sha256').update(`${challenge}.${pow}`).digest()) < bits) return 'work'
  const used = (opts.store ?? usedNonces).consume(nonce, issuedAt + CHALLENGE_TTL_MS, now)
  return used === 'ok' ? undefined : used
}

/** Solves a challenge (tests and the benchmark; the browser has its own copy of this loop). */
export function solveChallenge(challenge: string, bits: number): string {
  for (let i = 0; ; i++) {
    if (leadingZeroBits(createHash('sha256').update(`${challenge}.${i}`).digest()) >= bits) return String(i)
  }
}
