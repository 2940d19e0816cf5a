import { describe, expect, it } from 'vitest'

import { createRequestGate } from '../../src/security/requestGate'

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('createRequestGate', () => {
  it('runs at most `concurrency` at once and lets the others in in arrival order', async () => {
    const gate = createRequestGate({ concurrency: 2, maxQueue: 10 })
    const order: number[] = []
    const releases: (() => void)[] = []
    const entries = [0, 1, 2, 3, 4].map((i) =>
      gate.enter().then((release) => {
        order.push(i)
        releases[i] = release!
      }),
    )
    await tick()
    expect(order).toEqual([0, 1])
    expect(gate.active).toBe(2)
    expect(gate.waiting).toBe(3)
    releases[1]!()
    await tick()
    expect(order).toEqual([0, 1, 2])
    releases[0]!()
    releases[2]!()
    await tick()
    expect(order).toEqual([0, 1, 2, 3, 4])
    releases[3]!()
    releases[4]!()
    await Promise.all(entries)
    expect(gate.active).toBe(0)
    expect(gate.waiting).toBe(0)
  })

  it('refuses at once when the queue is full, and a place freed twice counts once', async () => {
    const gate = createRequestGate({ concurrency: 1, maxQueue: 1 })
    const first = await gate.enter()
    const second = gate.enter()
    expect(await gate.enter()).toBeUndefined()
    first!()
    first!()
    expect(gate.active).toBe(1)
    const secondRelease = await second
    secondRelease!()
    expect(gate.active).toBe(0)
    expect(typeof (await gate.enter())).toBe('function')
  })

  it('keeps FIFO order across thousands of waiters (the queue compacts itself)', async () => {
    const gate = createRequestGate({ concurrency: 1, maxQueue: 10_000 })
    const seen: number[] = []
    const first = await gate.enter()
    const all = Array.from({ length: 5000 }, (_, i) =>
      gate.enter().then((release) => {
        seen.push(i)
        release!()
      }),
    )
    first!()
    await Promise.all(all)
    expect(seen).toEqual(Array.from({ length: 5000 }, (_, i) => i))
    expect(gate.active).toBe(0)
  })
})
