import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { AvmpRecord } from './csv'
import {
  diffRelease,
  fingerprintsOf,
  hash53,
  nextReleaseId,
  recordFingerprint,
  releaseFingerprint,
  replayReleases,
  RELEASE_FORMAT,
  RELEASE_FORMAT_VERSION,
  type ReleaseChanges,
} from './releases'

const record = (id: number, place: string, killed = 0): AvmpRecord => ({ id: String(id), place, killed, verified: true })

describe('data releases', () => {
  it('hashes stably and differently', () => {
    expect(hash53('abc')).toBe(hash53('abc'))
    expect(hash53('abc')).not.toBe(hash53('abd'))
    expect(hash53('')).toMatch(/^[0-9a-f]{14}$/)
    // Key order does not matter to a record's fingerprint.
    expect(recordFingerprint({ a: 1, b: 'x' })).toBe(recordFingerprint({ b: 'x', a: 1 }))
  })

  it('diffs against the previous release: added, changed, removed', () => {
    const before = [record(1, 'Tirana'), record(2, 'Niš'), record(3, 'Bar')]
    const after = [record(1, 'Tirana'), record(2, 'Niš', 1), record(4, 'Ohrid')]
    const d = diffRelease(fingerprintsOf(before), after)
    expect(d.added.map((r) => r.id)).toEqual(['4'])
    expect(d.changed.map((r) => r.id)).toEqual(['2'])
    expect(d.removed).toEqual(['3'])
    expect(diffRelease(fingerprintsOf(after), after)).toEqual({ added: [], changed: [], removed: [] })
  })

  it('numbers several releases on one day', () => {
    expect(nextReleaseId([], '2026-11-25')).toBe('2026-11-25')
    expect(nextReleaseId(['2026-11-24', '2026-11-25'], '2026-11-25')).toBe('2026-11-25.2')
    expect(nextReleaseId(['2026-11-25', '2026-11-25.2'], '2026-11-25')).toBe('2026-11-25.3')
  })

  it('replaying the releases in order rebuilds every release exactly', () => {
    const arbVersion = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 40 }), place: fc.constantFrom('Tirana', 'Niš', 'Bar'), killed: fc.nat({ max: 3 }) }), {
      selector: (r) => r.id,
      maxLength: 25,
    })
    fc.assert(
      fc.property(fc.array(arbVersion, { minLength: 1, maxLength: 6 }), (versions) => {
        const releases: ReleaseChanges[] = []
        let previous = fingerprintsOf([])
        versions.forEach((v, i) => {
          const records = v.map((r) => record(r.id, r.place, r.killed))
          releases.push({ format: RELEASE_FORMAT, version: RELEASE_FORMAT_VERSION, id: `r${i}`, previous: i ? `r${i - 1}` : null, ...diffRelease(previous, records) })
          previous = fingerprintsOf(records)
          const rebuilt = replayReleases(releases)
          expect(releaseFingerprint(fingerprintsOf(rebuilt))).toBe(releaseFingerprint(previous))
          expect(rebuilt).toHaveLength(records.length)
        })
      }),
    )
  })

  it('refuses releases out of order', () => {
    const r = (id: string, previous: string | null): ReleaseChanges => ({ format: RELEASE_FORMAT, version: RELEASE_FORMAT_VERSION, id, previous, added: [], changed: [], removed: [] })
    expect(() => replayReleases([r('a', null), r('c', 'b')])).toThrow(/follows b/)
  })
})
