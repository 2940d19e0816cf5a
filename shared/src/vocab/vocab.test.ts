import { describe, expect, it } from 'vitest'

import * as vocab from './index'
import type { Term } from './term'

const isVocabulary = (v: unknown): v is readonly Term[] =>
  Array.isArray(v) && v.every((t: unknown) => typeof t === 'object' && t !== null && 'value' in t && 'label' in t)

const vocabularies = Object.entries(vocab as Record<string, unknown>).flatMap(([name, v]) => (isVocabulary(v) ? [[name, v] as const] : []))

describe.each(vocabularies.map(([name, terms]) => ({ name, terms })))('$name', ({ terms }) => {
  it('has unique, URL-safe values and non-empty labels', () => {
    const values = terms.map((t) => t.value)
    expect(new Set(values).size).toBe(values.length)
    for (const t of terms) {
      expect(t.value).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(t.label.trim()).not.toBe('')
    }
  })
})

describe.each([
  { name: 'INCIDENT_CONTEXTS', terms: vocab.INCIDENT_CONTEXTS },
  { name: 'WEAPON_TYPES', terms: vocab.WEAPON_TYPES },
  { name: 'VICTIM_OUTCOMES', terms: vocab.VICTIM_OUTCOMES },
])('$name shares', ({ terms }) => {
  it('add up to 100%', () => {
    expect(terms.reduce((s, t) => s + t.share, 0)).toBeCloseTo(100, 6)
  })
})

describe('helpers', () => {
  it('derives Payload select options in order', () => {
    expect(vocab.toSelectOptions(vocab.SETTINGS)).toEqual([
      { label: 'Urban', value: 'urban' },
      { label: 'Rural', value: 'rural' },
    ])
  })
  it('labels a value, and falls back to the value itself', () => {
    expect(vocab.labelOf(vocab.JURISDICTIONS, 'kosovo')).toBe('Kosovo*')
    expect(vocab.labelOf(vocab.JURISDICTIONS, 'atlantis')).toBe('atlantis')
  })
  it('narrows values of a vocabulary', () => {
    expect(vocab.isValueOf(vocab.JURISDICTIONS, 'serbia')).toBe(true)
    expect(vocab.isValueOf(vocab.JURISDICTIONS, 'Serbia')).toBe(false)
    expect(vocab.isValueOf(vocab.JURISDICTIONS, 3)).toBe(false)
  })
  it('covers seven monitor jurisdictions and nine in all, Kosovo with its footnote', () => {
    expect(vocab.AVMP_JURISDICTIONS.map((j) => j.value)).toEqual(['albania', 'bosnia-and-herzegovina', 'kosovo', 'montenegro', 'north-macedonia', 'serbia', 'moldova'])
    expect(vocab.JURISDICTIONS).toHaveLength(9)
    expect(vocab.jurisdictionBySlug('kosovo')?.footnote).toBe(true)
    expect(vocab.KOSOVO_FOOTNOTE).toContain('Security Council Resolution 1244 (1999)')
  })
  it('every sub-context belongs to an existing context', () => {
    for (const s of vocab.INCIDENT_SUBCONTEXTS) expect(vocab.isValueOf(vocab.INCIDENT_CONTEXTS, s.context)).toBe(true)
  })
})
