import { describe, expect, it } from 'vitest'

import { DATA_DICTIONARY } from '../../avmp/csv'
import { DERIVED_COLUMNS, INCIDENT_COLUMNS, INCIDENT_HEADER, headersOf, matchKey } from './columns'
import { incidentCells } from './write'
import { demoRecords } from './demoRecords'

describe('INCIDENT_COLUMNS', () => {
  it('are the public data dictionary (same names, order and values) without its derived columns, plus verified', () => {
    const publicColumns = DATA_DICTIONARY.filter((f) => !(DERIVED_COLUMNS as readonly string[]).includes(f.name))
    expect(INCIDENT_HEADER).toEqual([...publicColumns.map((f) => f.name), 'verified'])
    for (const field of publicColumns) expect(INCIDENT_COLUMNS.find((c) => c.name === field.name)?.values).toEqual(field.values)
  })

  it('answer to headers that never collide with another column or a derived one', () => {
    const owner = new Map<string, string>()
    for (const name of DERIVED_COLUMNS) owner.set(matchKey(name), name)
    for (const column of INCIDENT_COLUMNS) {
      for (const header of headersOf(column)) {
        const key = matchKey(header)
        const other = owner.get(key)
        expect(other === undefined || other === column.name, `${header} → ${column.name} and ${other}`).toBe(true)
        owner.set(key, column.name)
      }
    }
  })

  it.each(INCIDENT_COLUMNS.filter((c) => c.values).map((c) => ({ name: c.name, values: c.values! })))('$name: values and labels are distinct match keys', ({ values }) => {
    const keys = new Map<string, string>()
    for (const v of values) {
      for (const text of [v.value, v.label]) {
        const key = matchKey(text)
        expect(keys.get(key) ?? v.value).toBe(v.value)
        keys.set(key, v.value)
      }
    }
  })

  it('point at a field of the record for every column', () => {
    for (const record of demoRecords(50, 3)) {
      const cells = incidentCells(record)
      expect(cells).toHaveLength(INCIDENT_COLUMNS.length)
      INCIDENT_COLUMNS.forEach((column, i) => {
        if (column.required) expect(cells[i], column.name).not.toBeNull()
        expect(cells[i], column.name).not.toBeUndefined()
      })
    }
  })
})

describe('matchKey', () => {
  it.each([
    ['Weapon type', 'weapontype'],
    ['WEAPON_TYPE', 'weapontype'],
    ['weaponType', 'weapontype'],
    ['victims.sexNotReported', 'victimssexnotreported'],
    ['Kosovo*', 'kosovo'],
    ['Niš', 'nis'],
  ])('%s → %s', (text, key) => expect(matchKey(text)).toBe(key))
})
