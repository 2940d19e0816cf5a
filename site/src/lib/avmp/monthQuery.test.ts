import { describe, expect, it } from 'vitest'

import { parseMonthQuery } from './monthQuery'

const page = { year: 2026, month: 11 }
const range = { first: '2014-01', last: '2026-11' }
const parse = (q: string) => parseMonthQuery(new URLSearchParams(q), page, range)

describe('parseMonthQuery', () => {
  it.each([
    ['', null],
    ['incident=AL-1', null],
    ['year=2024&month=9', { year: 2024, month: 9, jurisdiction: null, context: null }],
    ['year=2024&month=9&jurisdiction=serbia&context=domestic-violence', { year: 2024, month: 9, jurisdiction: 'serbia', context: 'domestic-violence' }],
    ['jurisdiction=albania', { year: 2026, month: 11, jurisdiction: 'albania', context: null }],
    ['year=2020', { year: 2020, month: 1, jurisdiction: null, context: null }],
  ])('%s → %o', (q, expected) => {
    expect(parse(q)).toEqual(expected)
  })

  it.each([
    ['year=2024&month=13', 'does not exist'],
    ['year=2013&month=12', 'no data for 2013-12'],
    ['year=2027&month=1', 'no data'],
    ['year=abc', 'does not exist'],
    ['jurisdiction=narnia', 'does not cover'],
    ['context=<script>', 'not an incident context'],
  ])('%s → an error naming the problem', (q, message) => {
    const result = parse(q)
    expect(result && 'error' in result ? result.error : '').toContain(message)
  })
})
