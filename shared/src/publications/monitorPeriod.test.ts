import { describe, expect, it } from 'vitest'

import { coversMonth, monitorPeriod } from './monitorPeriod'

describe('monitorPeriod', () => {
  it.each([
    ['avm-monthly', '2026-11-10T12:00:00.000Z', { from: '2026-10', to: '2026-10' }],
    ['avm-monthly', '2026-01-10T12:00:00.000Z', { from: '2025-12', to: '2025-12' }],
    ['avm-quarterly', '2026-08-12T12:00:00.000Z', { from: '2026-04', to: '2026-06' }],
    ['avm-quarterly', '2026-02-11T12:00:00.000Z', { from: '2025-10', to: '2025-12' }],
    ['avm-quarterly', '2026-12-31T12:00:00.000Z', { from: '2026-07', to: '2026-09' }],
    ['study', '2026-08-12T12:00:00.000Z', null],
    ['avm-monthly', 'not a date', null],
  ])('%s published %s covers %o', (type, date, expected) => {
    expect(monitorPeriod(type, date)).toEqual(expected)
  })

  it('covers the months from its first to its last, inclusive', () => {
    const q = { from: '2025-10', to: '2025-12' }
    expect(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01'].map((m) => coversMonth(q, m))).toEqual([false, true, true, true, false])
  })
})
