import { describe, expect, it } from 'vitest'

import { LIMITS, SlidingWindowLimiter } from '../../src/endpoints/newsletter/rateLimit'

describe('the newsletter rate limiter under a flood', () => {
  it('holds at most maxKeys keys and limit.max timestamps per key, however many distinct clients hit it', () => {
    let now = 1_700_000_000_000
    const limiter = new SlidingWindowLimiter(1_000, () => now)
    // 200,000 distinct addresses (a botnet, or spoofed keys), each hitting several times.
    for (let i = 0; i < 200_000; i++) {
      now += 1
      for (let k = 0; k < 3; k++) limiter.hit(`client-${i}`, LIMITS.mailPerAddressBurst)
    }
    const { keys, timestamps } = limiter.size
    expect(keys).toBeLessThanOrEqual(1_000)
    expect(timestamps).toBeLessThanOrEqual(1_000 * LIMITS.mailPerAddressBurst.max)
  })

  it('evicts the least recently used client first, and still limits the recent ones', () => {
    let now = 0
    const limiter = new SlidingWindowLimiter(3, () => now)
    const limit = { max: 1, windowMs: 60_000 }
    for (const key of ['a', 'b', 'c']) expect(limiter.hit(key, limit).ok).toBe(true)
    now += 10
    expect(limiter.hit('d', limit).ok).toBe(true) // evicts "a", the oldest
    expect(limiter.size.keys).toBe(3)
    expect(limiter.hit('b', limit)).toMatchObject({ ok: false, retryAfter: 60 })
    expect(limiter.hit('a', limit).ok).toBe(true) // forgotten: a flood can only make the limiter forget the oldest clients
  })

  it('forgets keys whose last hit is over a day old', () => {
    let now = 0
    const limiter = new SlidingWindowLimiter(100_000, () => now)
    for (let i = 0; i < 999; i++) limiter.hit(`old-${i}`, LIMITS.links)
    now += 86_400_001
    limiter.hit('new', LIMITS.links) // the 1,000th operation sweeps
    expect(limiter.size.keys).toBe(1)
  })
})
