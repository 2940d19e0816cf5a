/**
 * The contract between the CMS's publishing endpoints and the publishing runner
 * (scripts/publish/runner.ts): what the CMS reports about the public site, and the runner's one
 * decision — whether to build now, later, or not at all. Pure and framework-free.
 */

export type BuildStatusValue = 'queued' | 'running' | 'succeeded' | 'failed'
export type BuildTriggerValue = 'changes' | 'manual' | 'startup'
export type BuildModeValue = 'build' | 'deploy-hook'

export interface BuildSummary {
  id: string | number
  status: BuildStatusValue
  trigger: BuildTriggerValue
  mode: BuildModeValue | null
  requestedBy: string | null
  startedAt: string | null
  finishedAt: string | null
  durationMs: number | null
  /** Changes recorded up to this moment are in this build. */
  changesUntil: string | null
  changes: number | null
  release: string | null
  log: string | null
}

export interface PendingChange {
  collection: string
  documentId: string | null
  title: string | null
  operation: string
  at: string
  user: string | null
}

export interface BuildStatusReport {
  /** Changes readers will see that are not in the last successful build. */
  pending: { count: number; since: string | null; latestAt: string | null; changes: PendingChange[] }
  /** "Rebuild now" was pressed and no runner has taken it yet. */
  queued: BuildSummary | null
  running: BuildSummary | null
  /** The latest finished build, whatever its result. */
  lastBuild: BuildSummary | null
  lastSuccess: BuildSummary | null
  lastFailure: BuildSummary | null
}

export type BuildDecision = { action: 'build'; trigger: BuildTriggerValue } | { action: 'wait'; untilMs: number } | { action: 'idle' }

/**
 * Whether the runner should build now. A manual request builds at once; pending changes build once
 * the latest of them is `quietMs` old (a burst of saves makes one build). Changes that a failed
 * build already tried wait for a newer change or a manual rebuild, so a broken build is not retried
 * in a loop.
 * @example nextBuild(report, Date.now(), 10_000) // → { action: 'wait', untilMs } during a burst
 */
export function nextBuild(report: BuildStatusReport, nowMs: number, quietMs: number): BuildDecision {
  if (report.running) return { action: 'idle' }
  if (report.queued) return { action: 'build', trigger: 'manual' }
  const latest = report.pending.latestAt ? Date.parse(report.pending.latestAt) : NaN
  if (report.pending.count === 0 || Number.isNaN(latest)) return { action: 'idle' }
  const tried = report.lastBuild?.changesUntil ? Date.parse(report.lastBuild.changesUntil) : -Infinity
  if (report.lastBuild?.status === 'failed' && latest <= tried) return { action: 'idle' }
  const due = latest + quietMs
  return due <= nowMs ? { action: 'build', trigger: 'changes' } : { action: 'wait', untilMs: due }
}

/** Header carrying the runner's shared secret (PUBLISH_RUNNER_SECRET) to the CMS. */
export const RUNNER_SECRET_HEADER = 'x-publish-secret'

/** Collections an editor can preview as drafts, and the site path of the published page. */
export const PREVIEW_COLLECTIONS = ['news', 'publications', 'laws', 'pages'] as const
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]
