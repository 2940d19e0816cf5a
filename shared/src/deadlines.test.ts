import { describe, expect, it } from 'vitest'

import { isOpen, splitByDeadline } from './deadlines'

const now = new Date('2026-11-25T12:00:00Z')

describe('isOpen', () => {
  it.each([
    ['2026-11-25T23:59:00Z', true],
    ['2026-11-25T12:00:00Z', true],
    ['2026-11-25T11:59:59Z', false],
    ['2025-01-01T00:00:00Z', false],
    ['not a date', false],
  ])('deadline %s → %s', (deadline, open) => expect(isOpen({ deadline }, now)).toBe(open))
})

describe('splitByDeadline', () => {
  it('orders open by nearest deadline, closed newest first, and drops old closed ones', () => {
    const items = [
      { id: 'late', deadline: '2026-12-20T00:00:00Z' },
      { id: 'soon', deadline: '2026-11-30T00:00:00Z' },
      { id: 'closed-recent', deadline: '2026-10-01T00:00:00Z' },
      { id: 'closed-older', deadline: '2026-03-01T00:00:00Z' },
      { id: 'ancient', deadline: '2024-01-01T00:00:00Z' },
    ]
    const { open, closed } = splitByDeadline(items, now)
    expect(open.map((i) => i.id)).toEqual(['soon', 'late'])
    expect(closed.map((i) => i.id)).toEqual(['closed-recent', 'closed-older'])
  })
})
