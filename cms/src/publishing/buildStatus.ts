/**
 * The state of the public site, kept in two collections: the audit log (changes readers will see
 * are `publicChange` entries) and site-builds (one row per rebuild). "Pending" means public changes
 * recorded after the last successful build's `changesUntil`. Rows are only ever appended or moved
 * forward, so concurrent saves never lose a change (no read-modify-write of a shared document).
 */
import type { Payload, Where } from 'payload'

import type { AuditLog, SiteBuild, User } from '@clearinghouse/shared/payload-types'
import type { BuildModeValue, BuildStatusReport, BuildSummary, BuildTriggerValue, PendingChange } from '@clearinghouse/shared/publishing'

import { QUIET_CONTEXT } from './context'

/** How many pending changes the report lists (the count is always exact). */
export const PENDING_LIST_LIMIT = 50
/** Longest build log kept (the end of the output, where the error is). */
export const LOG_TAIL_CHARS = 20_000
/** A build still "running" after this long lost its runner (crash, restart) and is marked failed. */
export const STALE_RUNNING_MS = 30 * 60_000
/**
 * The cut-off between "in this build" and "pending" is taken this long before the claim, so a
 * change whose transaction commits while the build is claimed is never lost (at worst built twice).
 */
export const CLAIM_MARGIN_MS = 1_000

const userLabel = (u: SiteBuild['requestedBy'] | AuditLog['user']): string | null =>
  u === null || u === undefined ? null : typeof u === 'object' ? (u as User).email : String(u)

export function toSummary(row: SiteBuild): BuildSummary {
  return {
    id: row.id,
    status: row.status,
    trigger: row.trigger,
    mode: row.mode ?? null,
    requestedBy: userLabel(row.requestedBy),
    startedAt: row.startedAt ?? null,
    finishedAt: row.finishedAt ?? null,
    durationMs: row.durationMs ?? null,
    changesUntil: row.changesUntil ?? null,
    changes: row.changes ?? null,
    release: row.release ?? null,
    log: row.log ?? null,
  }
}

async function latestBuild(payload: Payload, where: Where): Promise<SiteBuild | null> {
  const { docs } = await payload.find({ collection: 'site-builds', where, sort: '-createdAt', limit: 1, depth: 1, overrideAccess: true })
  return (docs[0] as SiteBuild | undefined) ?? null
}

function pendingWhere(cutoff: string | null | undefined, until?: string): Where {
  const and: Where[] = [{ publicChange: { equals: true } }]
  if (cutoff) and.push({ at: { greater_than: cutoff } })
  if (until) and.push({ at: { less_than_equal: until } })
  return { and }
}

export async function getBuildStatus(payload: Payload): Promise<BuildStatusReport> {
  const staleBefore = new Date(Date.now() - STALE_RUNNING_MS).toISOString()
  const [queued, running, lastBuild, lastSuccess, lastFailure] = await Promise.all([
    latestBuild(payload, { status: { equals: 'queued' } }),
    // A build "running" for longer than any build takes lost its runner: not running any more.
    latestBuild(payload, { and: [{ status: { equals: 'running' } }, { startedAt: { greater_than: staleBefore } }] }),
    latestBuild(payload, { status: { in: ['succeeded', 'failed'] } }),
    latestBuild(payload, { status: { equals: 'succeeded' } }),
    latestBuild(payload, { status: { equals: 'failed' } }),
  ])
  const where = pendingWhere(lastSuccess?.changesUntil)
  const [list, first] = await Promise.all([
    payload.find({ collection: 'audit-log', where, sort: '-at', limit: PENDING_LIST_LIMIT, depth: 1, overrideAccess: true }),
    payload.find({ collection: 'audit-log', where, sort: 'at', limit: 1, depth: 0, overrideAccess: true, select: { at: true } }),
  ])
  const changes: PendingChange[] = (list.docs as AuditLog[]).map((e) => ({
    collection: e.collectionSlug,
    documentId: e.documentId ?? null,
    title: e.title ?? null,
    operation: e.operation,
    at: e.at,
    user: e.userLabel ?? userLabel(e.user),
  }))
  return {
    pending: { count: list.totalDocs, since: (first.docs[0] as Pick<AuditLog, 'at'> | undefined)?.at ?? null, latestAt: changes[0]?.at ?? null, changes },
    queued: queued && toSummary(queued),
    running: running && toSummary(running),
    lastBuild: lastBuild && toSummary(lastBuild),
    lastSuccess: lastSuccess && toSummary(lastSuccess),
    lastFailure: lastFailure && toSummary(lastFailure),
  }
}

/** "Rebuild now": queues one manual build (pressing twice queues it once). */
export async function requestRebuild(payload: Payload, userId: number | string): Promise<BuildSummary> {
  const queued = await latestBuild(payload, { status: { equals: 'queued' } })
  if (queued) return toSummary(queued)
  const row = await payload.create({ collection: 'site-builds', data: { status: 'queued', trigger: 'manual', requestedBy: userId as number }, overrideAccess: true, depth: 1, context: QUIET_CONTEXT })
  return toSummary(row as SiteBuild)
}

/**
 * A runner starting up is the only runner (one per site): builds still marked "running" died with
 * its previous process. Marks them failed so the status is true and the next build can start.
 */
export async function abandonRunningBuilds(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({ collection: 'site-builds', where: { status: { equals: 'running' } }, limit: 100, depth: 0, overrideAccess: true })
  for (const row of docs as SiteBuild[]) {
    await payload.update({
      collection: 'site-builds',
      id: row.id,
      data: { status: 'failed', finishedAt: now.toISOString(), log: `${row.log ?? ''}\nThe publishing runner stopped before this build finished.`.trim() },
      overrideAccess: true,
      context: QUIET_CONTEXT,
    })
  }
  return docs.length
}

/**
 * The runner takes the next build: the queued manual request if there is one, else a new row.
 * Fixes `changesUntil` (what this build covers) and counts the changes it picks up.
 */
export async function claimBuild(payload: Payload, options: { mode: BuildModeValue; trigger: BuildTriggerValue; now?: Date }): Promise<BuildSummary> {
  const now = options.now ?? new Date()
  // Whatever is still "running" when a build is claimed is not running: one runner builds at a time.
  await abandonRunningBuilds(payload, now)
  const lastSuccess = await latestBuild(payload, { status: { equals: 'succeeded' } })
  const changesUntil = new Date(now.getTime() - CLAIM_MARGIN_MS).toISOString()
  const { totalDocs: changes } = await payload.count({ collection: 'audit-log', where: pendingWhere(lastSuccess?.changesUntil, changesUntil), overrideAccess: true })
  const queued = await latestBuild(payload, { status: { equals: 'queued' } })
  const data = { status: 'running' as const, mode: options.mode, startedAt: now.toISOString(), changesUntil, changes }
  const row = queued
    ? await payload.update({ collection: 'site-builds', id: queued.id, data, overrideAccess: true, depth: 1, context: QUIET_CONTEXT })
    : await payload.create({ collection: 'site-builds', data: { ...data, trigger: options.trigger }, overrideAccess: true, depth: 1, context: QUIET_CONTEXT })
  return toSummary(row as SiteBuild)
}

export interface BuildResult {
  status: 'succeeded' | 'failed'
  durationMs: number
  log?: string
  release?: string
}

export async function finishBuild(payload: Payload, id: number | string, result: BuildResult): Promise<BuildSummary | null> {
  const row = await payload.findByID({ collection: 'site-builds', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!row || row.status !== 'running') return null
  const updated = await payload.update({
    collection: 'site-builds',
    id,
    data: {
      status: result.status,
      finishedAt: new Date().toISOString(),
      durationMs: Math.round(result.durationMs),
      log: result.log ? result.log.slice(-LOG_TAIL_CHARS) : null,
      release: result.release ?? null,
    },
    overrideAccess: true,
    depth: 1,
    context: QUIET_CONTEXT,
  })
  return toSummary(updated as SiteBuild)
}
