import { describe, expect, it } from 'vitest'

import { labelOf } from '../vocab/term'
import { CATEGORY_VOCABULARIES, categoryOf, decodeIncidents, encodeIncidents } from './codec'
import { DATA_DICTIONARY, toCsv, toRecords } from './csv'
import { decodeDetails, encodeDetails } from './details'
import { allRows, applyFilter, parseFilterQuery } from './filter'
import { LIST_PAGE_SIZE, pageCount, pageOfPosition, sortRows } from './list'
import { testIncidents } from './testData'

const incidents = testIncidents(600, 7)
const data = decodeIncidents(encodeIncidents(incidents))
const details = decodeDetails(encodeDetails(incidents))

describe('sortRows', () => {
  const rows = applyFilter(data, parseFilterQuery(new URLSearchParams('context=criminal&context=public-dispute&context=weapon-seizure')))

  it('by date: newest first or oldest first', () => {
    const desc = sortRows(data, rows, 'date', true)
    const asc = sortRows(data, rows, 'date', false)
    for (let i = 1; i < desc.length; i++) expect(data.day[desc[i]!]!).toBeLessThanOrEqual(data.day[desc[i - 1]!]!)
    expect([...asc]).toEqual([...rows])
  })

  it.each(['killed', 'injured'] as const)('by %s: counts ordered, newest first among equals', (key) => {
    for (const descending of [true, false]) {
      const sorted = sortRows(data, rows, key, descending)
      expect([...sorted].sort((a, b) => a - b)).toEqual([...rows])
      for (let i = 1; i < sorted.length; i++) {
        const a = data.victims[key][sorted[i - 1]!]!
        const b = data.victims[key][sorted[i]!]!
        expect(descending ? a >= b : a <= b).toBe(true)
        if (a === b) expect(sorted[i]!).toBeLessThan(sorted[i - 1]!)
      }
    }
  })

  it.each(['jurisdiction', 'context'] as const)('by %s: labels in alphabetical order', (key) => {
    const sorted = sortRows(data, rows, key, false)
    const labels = [...sorted].map((r) => labelOf(CATEGORY_VOCABULARIES[key], categoryOf(data, key, r) ?? ''))
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')))
    expect(new Set(labels).size).toBeGreaterThan(1)
  })

  it('does not change its input', () => {
    const copy = rows.slice()
    sortRows(data, rows, 'killed', true)
    expect([...rows]).toEqual([...copy])
  })
})

describe('paging', () => {
  it.each([
    [0, 1],
    [LIST_PAGE_SIZE - 1, 1],
    [LIST_PAGE_SIZE, 2],
    [LIST_PAGE_SIZE * 3 + 5, 4],
  ])('position %i is on page %i', (position, page) => {
    expect(pageOfPosition(position)).toBe(page)
  })

  it.each([
    [0, 1],
    [1, 1],
    [LIST_PAGE_SIZE, 1],
    [LIST_PAGE_SIZE + 1, 2],
  ])('%i rows make %i pages', (count, pages) => {
    expect(pageCount(count)).toBe(pages)
  })
})

describe('toRecords', () => {
  it('has the CSV rows and columns, numbers as numbers', () => {
    const rows = applyFilter(data, parseFilterQuery(new URLSearchParams('jurisdiction=serbia')))
    const records = toRecords(data, rows, details)
    const csvLines = toCsv(data, rows, details).trimEnd().split('\r\n')
    expect(records).toHaveLength(csvLines.length - 1)
    expect(Object.keys(records[0]!)).toEqual(DATA_DICTIONARY.map((f) => f.name))
    for (const record of records) {
      expect(record.jurisdiction).toBe('serbia')
      expect(typeof record.latitude).toBe('number')
      expect(typeof record.victims_killed).toBe('number')
    }
  })

  it('leaves the detail fields out without details', () => {
    const [record] = toRecords(data, allRows(data).slice(0, 1))
    expect(Object.keys(record!)).toEqual(DATA_DICTIONARY.filter((f) => !f.detail).map((f) => f.name))
  })
})
