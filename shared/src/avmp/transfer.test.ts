import { describe, expect, it } from 'vitest'

import { decodeIncidents, encodeIncidents } from './codec'
import { testIncidents } from './testData'
import { transferablesOf } from './transfer'

describe('transferablesOf', () => {
  it('lists each buffer once, however many views share it, and finds nested ones', () => {
    const shared = new ArrayBuffer(64)
    const own = new Float64Array(4)
    const value = { a: new Uint8Array(shared, 0, 8), b: { c: new Uint16Array(shared, 8, 4), d: [own, own] }, e: 'text', f: null }
    const list = transferablesOf(value)
    expect(list).toHaveLength(2)
    expect(new Set(list)).toEqual(new Set([shared, own.buffer]))
  })

  it('lets a decoded file cross a thread boundary and arrive equal, with every column moved', () => {
    const data = decodeIncidents(encodeIncidents(testIncidents(300, 7)))
    const expected = structuredClone(data)
    const transfer = transferablesOf(data)
    expect(transfer.length).toBeGreaterThan(0)
    const moved = structuredClone(data, { transfer })
    expect(moved).toEqual(expected)
    // The originals are detached: nothing was copied.
    for (const buffer of transfer) expect(buffer.byteLength).toBe(0)
  })
})
