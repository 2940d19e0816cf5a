/** A deterministic pseudo-random source: the same seed always gives the same sequence. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** One element, uniformly. Throws on an empty array. */
  pick<T>(items: readonly T[]): T
  /** One element with probability proportional to `weightOf(item)`. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T
  /** True with probability `p`. */
  chance(p: number): boolean
  /** A Poisson-distributed count with the given mean (Knuth's method; fine for small means). */
  poisson(mean: number): number
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[]
}

/**
 * mulberry32: tiny, fast and good enough for demo data (not for secrets).
 * @example createRandom(42).int(1, 6) // the same die roll on every run
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty array')
      return items[Math.floor(next() * items.length)] as (typeof items)[number]
    },
    weighted: (items, weightOf) => {
      if (items.length === 0) throw new Error('weighted() from an empty array')
      const total = items.reduce((sum, item) => sum + Math.max(0, weightOf(item)), 0)
      let r = next() * total
      for (const item of items) {
        r -= Math.max(0, weightOf(item))
        if (r < 0) return item
      }
      return items[items.length - 1] as (typeof items)[number]
    },
    chance: (p) => next() < p,
    poisson: (mean) => {
      const limit = Math.exp(-mean)
      let k = 0
      let p = next()
      while (p > limit) {
        k++
        p *= next()
      }
      return k
    },
    shuffle: (items) => {
      const out = [...items]
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]]
      }
      return out
    },
  }
  return random
}
