import type { Payload, RequestContext } from 'payload'

import { createRandom } from '@clearinghouse/shared/random'

import { QUIET_CONTEXT } from '../publishing/context'

import type { Rand } from './images'
import type { Progress } from './progress'

/**
 * Passed to every Local API call the seed makes: hooks with side effects (revalidation, e-mails,
 * search indexing, audit entries, site rebuilds) skip their work when they see it.
 */
export const SEED_CONTEXT: RequestContext = { seeding: true, disableRevalidate: true, ...QUIET_CONTEXT }

/** What one collection's phase did. */
export interface PhaseCount {
  created: number
  existing: number
}

export interface SeedContext {
  payload: Payload
  /** Anchor for every relative date, so one run's content is internally consistent. */
  now: Date
  seed: number
  progress: Progress
  counts: Record<string, PhaseCount>
  log: (message: string) => void
}

/** FNV-1a: a stable 32-bit hash used to derive per-phase seeds from the run's seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * A deterministic random source for one phase. Each phase has its own stream, so seeding only
 * part of the content (`--only`) or adding a phase never changes what another phase produces.
 */
export function phaseRandom(seed: number, phase: string): Rand {
  const random = createRandom((hash32(phase) ^ seed) >>> 0)
  return () => random.next()
}

export function countFor(ctx: SeedContext, collection: string): PhaseCount {
  ctx.counts[collection] ??= { created: 0, existing: 0 }
  return ctx.counts[collection]
}
