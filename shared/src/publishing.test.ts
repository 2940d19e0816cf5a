import { describe, expect, it } from 'vitest'

import { nextBuild, type BuildStatusReport, type BuildSummary } from './publishing'

const T0 = Date.parse('2026-11-25T10:00:00.000Z')
const iso = (ms: number) => new Date(T0 + ms).toISOString()

const build = (over: Partial<BuildSummary>): BuildSummary => ({
  id: 1, status: 'succeeded', trigger: 'changes', mode: 'build', requestedBy: null, startedAt: iso(-60_000), finishedAt: iso(-30_000),
  durationMs: 30_000, changesUntil: iso(-60_000), changes: 1, release: null, log: null, ...over,
})

const report = (over: Partial<BuildStatusReport> = {}): BuildStatusReport => ({
  pending: { count: 0, since: null, latestAt: null, changes: [] },
  queued: null, running: null, lastBuild: null, lastSuccess: null, lastFailure: null, ...over,
})
const pending = (latestMs: number, count = 1) => ({ count, since: iso(latestMs), latestAt: iso(latestMs), changes: [] })

describe('nextBuild', () => {
  it.each([
    ['nothing pending', report(), { action: 'idle' }],
    ['a change still inside the quiet period', report({ pending: pending(-3_000) }), { action: 'wait', untilMs: T0 + 7_000 }],
    ['the latest change is quiet long enough', report({ pending: pending(-10_000) }), { action: 'build', trigger: 'changes' }],
    ['a manual request, even without changes', report({ queued: build({ status: 'queued', trigger: 'manual' }) }), { action: 'build', trigger: 'manual' }],
    ['a build is already running', report({ pending: pending(-60_000), running: build({ status: 'running' }) }), { action: 'idle' }],
    [
      'changes a failed build already tried',
      report({ pending: pending(-120_000), lastBuild: build({ status: 'failed', changesUntil: iso(-90_000) }) }),
      { action: 'idle' },
    ],
    [
      'a newer change after a failed build',
      report({ pending: pending(-20_000), lastBuild: build({ status: 'failed', changesUntil: iso(-90_000) }) }),
      { action: 'build', trigger: 'changes' },
    ],
  ] as const)('%s', (_label, input, expected) => {
    expect(nextBuild(input, T0, 10_000)).toEqual(expected)
  })
})
