import { describe, expect, it } from 'vitest'

import { checkCoordinates } from '../incidents/validate'
import { AVMP_JURISDICTIONS, JURISDICTIONS } from '../vocab/jurisdictions'
import { PLACES, placesOf } from './places'

describe.each(PLACES.map((p) => ({ ...p })))('$name ($jurisdiction)', (place) => {
  it('lies inside its jurisdiction', () => {
    expect(checkCoordinates(place.jurisdiction, place.lat, place.lng)).toBe(true)
  })
})

describe('the places table', () => {
  it.each(AVMP_JURISDICTIONS.map((j) => j.value))('has at least 12 towns in %s, capital first', (j) => {
    expect(placesOf(j).length).toBeGreaterThanOrEqual(12)
  })
  it('has places in all nine jurisdictions and no duplicate names within one', () => {
    for (const j of JURISDICTIONS) {
      const names = placesOf(j.value).map((p) => p.name)
      expect(names.length).toBeGreaterThan(0)
      expect(new Set(names).size).toBe(names.length)
    }
  })
})
