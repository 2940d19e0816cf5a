import { describe, expect, it } from 'vitest'

import { checkCoordinates, checkCount, checkIncidentDate, checkPerpetratorBreakdown, checkVictimBreakdown, isLargeSeizure } from './validate'

const now = new Date('2026-06-01T00:00:00Z')

describe.each([
  { name: 'Niš in Serbia', j: 'serbia', lat: 43.32, lng: 21.9, expected: true as const },
  { name: 'swapped coordinates', j: 'serbia', lat: 21.9, lng: 43.32, expected: /outside the region.*swapped/ },
  { name: 'Niš filed under Albania', j: 'albania', lat: 43.32, lng: 21.9, expected: /is not in Albania/ },
  { name: 'the Atlantic', j: null, lat: 40, lng: -30, expected: /outside the region/ },
  { name: 'not numbers', j: 'serbia', lat: Number.NaN, lng: 20, expected: /must be numbers/ },
])('checkCoordinates: $name', ({ j, lat, lng, expected }) => {
  it('answers as expected', () => {
    const result = checkCoordinates(j, lat, lng)
    if (expected === true) expect(result).toBe(true)
    else expect(result).toMatch(expected)
  })
})

describe.each([
  { value: '2025-05-01T12:00:00Z', expected: true as const },
  { value: '2026-06-02T00:00:00Z', expected: /cannot be in the future/ },
  // Noon UTC of today, as the day picker stores it, checked at midnight: today is not the future.
  { value: '2026-06-01T12:00:00Z', expected: true as const },
  { value: '2026-06-01T23:59:59.999Z', expected: true as const },
  { value: '2013-12-31T12:00:00Z', expected: /from 2014 onwards/ },
  { value: 'not a date', expected: /not a valid date/ },
  { value: null, expected: /required/ },
])('checkIncidentDate($value)', ({ value, expected }) => {
  it('answers as expected', () => {
    const result = checkIncidentDate(value, now)
    if (expected === true) expect(result).toBe(true)
    else expect(result).toMatch(expected)
  })
})

describe('counts', () => {
  it.each([0, 1, 250, null, undefined])('accepts %s', (v) => expect(checkCount(v)).toBe(true))
  it.each([-1, 1.5, '3', Number.NaN])('refuses %s', (v) => expect(checkCount(v)).toMatch(/whole numbers/))

  it('accepts victims whose breakdowns add up, or are left empty', () => {
    expect(checkVictimBreakdown({ killed: 1, injured: 2, male: 2, female: 1, age19to35: 3 })).toBe(true)
    expect(checkVictimBreakdown({ killed: 1 })).toBe(true)
  })
  it('refuses victims whose breakdowns do not add up, with both totals', () => {
    expect(checkVictimBreakdown({ killed: 2, male: 1 })).toBe('Victims by sex add up to 1, but victims by outcome add up to 2.')
    expect(checkVictimBreakdown({ injured: 1, male: 1, ageOver60: 2 })).toBe('Victims by age group add up to 2, but victims by outcome add up to 1.')
  })
  it('checks perpetrators by age against perpetrators by sex', () => {
    expect(checkPerpetratorBreakdown({ male: 2, age36to60: 2 })).toBe(true)
    expect(checkPerpetratorBreakdown({ male: 2, age36to60: 1 })).toMatch(/add up to 1, but perpetrators by sex add up to 2/)
  })
  it.each([
    ['weapon-seizure', 5, true],
    ['weapon-seizure', 4, false],
    ['criminal', 10, false],
    ['weapon-seizure', null, false],
  ] as const)('isLargeSeizure(%s, %s) = %s', (context, firearms, expected) => {
    expect(isLargeSeizure(context, firearms)).toBe(expected)
  })
})
