import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { formatDate, formatMonth, formatNumber, MONTH_NAMES } from './format'

const UTC = { timeZone: 'UTC' } as const
const isoDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('format (equals Intl en-GB, UTC)', () => {
  it('formats whole numbers like toLocaleString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 2e12 }), (n) => {
        expect(formatNumber(n)).toBe(n.toLocaleString('en-GB'))
      }),
    )
  })

  it('formats fixed decimals like toLocaleString with minimum and maximum fraction digits', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        // toFixed and Intl round halves differently on binary fractions; compare away from ties.
        const scaled = Math.abs(n) * 10 ** decimals
        fc.pre(Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6)
        const intl = n.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
        expect(formatNumber(n, decimals)).toBe(intl === '-0' || /^-0\.0*$/.test(intl) ? intl.slice(1) : intl)
      }),
    )
  })

  it('formats months and dates like Intl.DateTimeFormat', () => {
    const longMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', ...UTC })
    const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', ...UTC })
    const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...UTC })
    const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', ...UTC })
    fc.assert(
      fc.property(isoDay, (iso) => {
        const date = new Date(`${iso}T00:00:00Z`)
        expect(formatMonth(iso)).toBe(longMonth.format(date))
        expect(formatMonth(iso.slice(0, 7), 'short')).toBe(shortMonth.format(date))
        expect(formatDate(iso)).toBe(longDate.format(date))
        expect(formatDate(iso, 'short')).toBe(shortDate.format(date))
      }),
    )
    expect(MONTH_NAMES.map((_, i) => formatMonth(`2000-${String(i + 1).padStart(2, '0')}`, 'short'))).toEqual(
      MONTH_NAMES.map((_, i) => shortMonth.format(Date.UTC(2000, i, 1))),
    )
  })

  it('refuses a month that does not exist', () => {
    expect(() => formatMonth('2024-13')).toThrow(RangeError)
  })
})
