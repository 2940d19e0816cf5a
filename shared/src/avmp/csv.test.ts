import { describe, expect, it } from 'vitest'

import { parseCsv } from '../csv'
import { INCIDENT_CONTEXTS } from '../vocab/incidents'
import { decodeIncidents, encodeIncidents } from './codec'
import { DATA_DICTIONARY, toCsv } from './csv'
import { decodeDetails, encodeDetails } from './details'
import { applyFilter, parseFilterQuery } from './filter'
import { testIncidents } from './testData'

describe('toCsv', () => {
  const input = testIncidents(300, 12)
  const data = decodeIncidents(encodeIncidents(input))
  const details = decodeDetails(encodeDetails(input))

  it('has the data dictionary as its header and one line per selected incident', () => {
    const rows = applyFilter(data, parseFilterQuery(new URLSearchParams('jurisdiction=serbia')))
    const table = parseCsv(toCsv(data, rows, details))
    expect(table[0]).toEqual(DATA_DICTIONARY.map((f) => f.name))
    expect(table).toHaveLength(rows.length + 1)
    for (const line of table.slice(1)) {
      expect(line).toHaveLength(DATA_DICTIONARY.length)
      expect(line[3]).toBe('serbia')
    }
  })

  it('leaves description and source columns out until the details are loaded', () => {
    const table = parseCsv(toCsv(data, applyFilter(data, parseFilterQuery(new URLSearchParams()))))
    expect(table[0]).toEqual(DATA_DICTIONARY.filter((f) => !f.detail).map((f) => f.name))
    expect(table[1]).toHaveLength(table[0]!.length)
  })

  it('writes values the dictionary allows', () => {
    const table = parseCsv(toCsv(data, applyFilter(data, parseFilterQuery(new URLSearchParams())), details))
    const names = table[0]!
    for (const line of table.slice(1)) {
      DATA_DICTIONARY.forEach((field, i) => {
        const cell = line[i]!
        expect(names[i]).toBe(field.name)
        if (cell === '') expect(field.nullable, field.name).toBe(true)
        else if (field.values) expect(field.values.map((v) => v.value), field.name).toContain(cell)
        else if (field.type === 'integer') expect(cell).toMatch(/^\d+$/)
        else if (field.type === 'date') expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        else if (field.type === 'boolean') expect(['true', 'false']).toContain(cell)
      })
    }
  })
})

describe('DATA_DICTIONARY', () => {
  it('documents every field once, with a description', () => {
    const names = DATA_DICTIONARY.map((f) => f.name)
    expect(new Set(names).size).toBe(names.length)
    for (const f of DATA_DICTIONARY) expect(f.description.length).toBeGreaterThan(10)
  })
  it('lists the allowed values from the vocabularies', () => {
    expect(DATA_DICTIONARY.find((f) => f.name === 'context')?.values).toEqual(INCIDENT_CONTEXTS.map((c) => ({ value: c.value, label: c.label })))
  })
})
