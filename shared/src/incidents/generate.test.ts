import { describe, expect, it } from 'vitest'

import { INCIDENT_CONTEXTS } from '../vocab/incidents'
import { generateIncidents } from './generate'
import { checkCoordinates, checkIncidentDate, checkPerpetratorBreakdown, checkVictimBreakdown, isLargeSeizure } from './validate'

const from = new Date('2021-01-01T00:00:00Z')
const to = new Date('2025-12-31T00:00:00Z')
const sample = generateIncidents({ count: 20_000, seed: 42, from, to })
const sum = (f: (x: (typeof sample)[number]) => number) => sample.reduce((s, x) => s + f(x), 0)

describe('generateIncidents', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateIncidents({ count: 200, seed: 7, from, to })).toEqual(generateIncidents({ count: 200, seed: 7, from, to }))
    expect(generateIncidents({ count: 50, seed: 8, from, to })).not.toEqual(generateIncidents({ count: 50, seed: 7, from, to }))
  })

  it('makes records that pass every validation rule the CMS applies', () => {
    const invalid = sample.filter(
      (x) =>
        checkCoordinates(x.jurisdiction, x.latitude, x.longitude) !== true ||
        checkIncidentDate(x.date) !== true ||
        checkVictimBreakdown(x.victims) !== true ||
        checkPerpetratorBreakdown(x.perpetrators) !== true ||
        x.largeSeizure !== isLargeSeizure(x.context, x.seizure.firearms),
    )
    expect(invalid).toEqual([])
  })

  it('keeps dates inside the range and IDs unique', () => {
    for (const x of sample) {
      expect(x.date >= from.toISOString() && x.date <= to.toISOString()).toBe(true)
    }
    expect(new Set(sample.map((x) => x.externalId)).size).toBe(sample.length)
  })

  it.each(INCIDENT_CONTEXTS.map((c) => ({ context: c.value, share: c.share })))('draws $context at its published share ($share%)', ({ context, share }) => {
    const actual = (100 * sample.filter((x) => x.context === context).length) / sample.length
    expect(Math.abs(actual - share)).toBeLessThan(1)
  })

  it.each([
    ['killed', 155],
    ['injured', 392],
    ['threatened', 447],
    ['suicide', 66],
  ] as const)('gives about the published number %s per 3,500 incidents (%i)', (outcome, published) => {
    const per3500 = (sum((x) => x.victims[outcome]) * 3500) / sample.length
    expect(Math.abs(per3500 - published) / published).toBeLessThan(0.2)
  })

  it('matches the published sexes: victims 80/20, perpetrators 98% men', () => {
    const victimMale = sum((x) => x.victims.male) / sum((x) => x.victims.male + x.victims.female)
    const perpMale = sum((x) => x.perpetrators.male) / sum((x) => x.perpetrators.male + x.perpetrators.female)
    expect(Math.abs(victimMale - 0.8)).toBeLessThan(0.03)
    expect(Math.abs(perpMale - 0.98)).toBeLessThan(0.01)
  })

  it('gives seizures no victims, and about 30% of them are large', () => {
    const seizures = sample.filter((x) => x.context === 'weapon-seizure')
    expect(seizures.every((x) => x.victims.killed + x.victims.injured + x.victims.threatened + x.victims.suicide === 0)).toBe(true)
    expect(seizures.every((x) => x.possession === 'illegal' && x.seizure.firearms > 0)).toBe(true)
    const large = seizures.filter((x) => x.largeSeizure).length / seizures.length
    expect(Math.abs(large - 0.3)).toBeLessThan(0.03)
  })

  it('never names a person or gives a street address in descriptions', () => {
    for (const x of sample.slice(0, 2000)) {
      expect(x.description).not.toMatch(/\b(Street|Ulica|Rruga|str\.|No\.\s*\d)/i)
      expect(x.description.length).toBeLessThanOrEqual(1000)
    }
  })
})
