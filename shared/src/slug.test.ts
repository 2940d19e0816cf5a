import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { slugify, uniqueSlug } from './slug'

describe.each([
  ['Law on Weapons and Ammunition', 'law-on-weapons-and-ammunition'],
  ['Zakon o oružju i municiji (Đakovica, Niš, Šabac)', 'zakon-o-oruzju-i-municiji-djakovica-nis-sabac'],
  ['Ligji për armët në Shqipëri', 'ligji-per-armet-ne-shqiperi'],
  ['Legea privind armele, Bălți și Chișinău', 'legea-privind-armele-balti-si-chisinau'],
  ['Закон за оружјето', 'zakon-za-oruzhjeto'],
  ['Закон України про зброю', 'zakon-ukrayini-pro-zbroyu'],
  ['!!!', 'item'],
])('slugify(%j)', (input, expected) => {
  it(`is ${expected}`, () => expect(slugify(input)).toBe(expected))
})

describe('slugify properties', () => {
  it('is always a short, non-empty, URL-safe slug and idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const slug = slugify(s)
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(slug.length).toBeLessThanOrEqual(80)
        expect(slugify(slug)).toBe(slug)
      }),
    )
  })
})

describe('uniqueSlug', () => {
  it('appends the first free number', () => {
    const taken = new Set(['a', 'a-2'])
    expect(uniqueSlug('a', (s) => taken.has(s))).toBe('a-3')
    expect(uniqueSlug('b', (s) => taken.has(s))).toBe('b')
  })
})
