/**
 * In-memory sliding-window rate limits (one CMS instance: the state is lost on restart and not
 * shared between instances, which is acceptable for a signup form; see README). Each key keeps the
 * timestamps of its recent hits; memory is bounded by `maxKeys`.
 */
export interface Limit {
  /** How many hits are allowed … */
  max: number
  /** … per this many milliseconds. */
  windowMs: number
}

export interface LimitResult {
  ok: boolean
  /** Seconds until the next hit would be allowed (when refused). */
  retryAfter: number
}

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>()
  private operations = 0

  constructor(
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a hit against `key` if it is within `limit`; refuses it (without counting) otherwise. */
  hit(key: string, limit: Limit): LimitResult {
    const result = this.check(key, limit)
    if (result.ok) this.record(key, limit)
    return result
  }

  /** Whether a hit would be allowed, without counting it. */
  check(key: string, limit: Limit): LimitResult {
    const t = this.now()
    const recent = (this.hits.get(key) ?? []).filter((h) => h > t - limit.windowMs)
    if (recent.length < limit.max) return { ok: true, retryAfter: 0 }
    const oldest = recent[recent.length - limit.max] ?? t
    return { ok: false, retryAfter: Math.max(1, Math.ceil((oldest + limit.windowMs - t) / 1000)) }
  }

  record(key: string, limit: Limit): void {
    const t = this.now()
    if (++this.operations % 1000 === 0) this.sweep(t)
    const recent = (this.hits.get(key) ?? []).filter((h) => h > t - limit.windowMs)
    recent.push(t)
    // Re-insert so Map order is least-recently-used first (evicted first when full).
    this.hits.delete(key)
    this.hits.set(key, recent.slice(-limit.max))
    if (this.hits.size > this.maxKeys) {
      const first = this.hits.keys().next()
      if (!first.done) this.hits.delete(first.value)
    }
  }

  /** Drops keys with no hit in the last day (the longest window used). */
  private sweep(t: number): void {
    for (const [key, times] of this.hits) if ((times.at(-1) ?? 0) < t - 86_400_000) this.hits.delete(key)
  }

  clear(): void {
    this.hits.clear()
  }

  /** Keys held, and timestamps held over all keys: what the limiter costs in memory. */
  get size(): { keys: number; timestamps: number } {
    let timestamps = 0
    for (const times of this.hits.values()) timestamps += times.length
    return { keys: this.hits.size, timestamps }
  }
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** The limits, in one place. Keys are built on the server (client address, address hash). */
export const LIMITS = {
  /** Every POST to subscribe, valid or not: floods stop here before any parsing. */
  anyRequest: { max: 60, windowMs: 10 * MINUTE },
  /** Signups that solved the challenge (the JavaScript form). */
  signupWithChallenge: { max: 10, windowMs: HOUR },
  /** Signups without the challenge (the form without JavaScript, or a script): far fewer. */
  signupWithoutChallenge: { max: 4, windowMs: HOUR },
  /** All signups without the challenge together, from everywhere: caps what a botnet can send. */
  signupWithoutChallengeGlobal: { max: 300, windowMs: HOUR },
  /** Challenges handed out. */
  challenge: { max: 60, windowMs: 10 * MINUTE },
  /** Confirm, unsubscribe and preferences links opened or posted. */
  links: { max: 60, windowMs: 10 * MINUTE },
  /** E-mails to one address: silent (the answer is the same), so no one learns about the address. */
  mailPerAddressBurst: { max: 1, windowMs: 2 * MINUTE },
  mailPerAddressDay: { max: 5, windowMs: 24 * HOUR },
} as const satisfies Record<string, Limit>

/** The process-wide limiter used by the newsletter endpoints. */
export const limiter = new SlidingWindowLimiter()
