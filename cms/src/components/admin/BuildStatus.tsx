import type { Payload, PayloadRequest } from 'payload'
import type React from 'react'

import type { BuildSummary } from '@clearinghouse/shared/publishing'

import { isAdminUser, isStaffUser } from '../../access/roles'
import { getBuildStatus } from '../../publishing/buildStatus'
import { RebuildButton } from './RebuildButton'
import { RefreshWhileBusy } from './RefreshWhileBusy'

const when = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'UTC' }) + ' UTC' : '—'
const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`)

const RESULT_LABEL: Record<BuildSummary['status'], string> = {
  queued: 'Queued',
  running: 'Building…',
  succeeded: 'Live',
  failed: 'Failed — the previous version stays online',
}

/**
 * On the dashboard, for editors and administrators: is the public site up to date? The last
 * build (when, how long, result), the changes published since, the log of the last failure, and
 * for administrators a "Rebuild now" button.
 */
export async function BuildStatus({ payload, user }: { payload: Payload; user?: PayloadRequest['user'] }): Promise<React.ReactElement | null> {
  if (!isStaffUser(user)) return null
  const report = await getBuildStatus(payload)
  const { lastBuild, lastSuccess, lastFailure, running, queued, pending } = report
  const failedLast = lastBuild?.status === 'failed'
  const adminRoute = payload.config.routes.admin
  return (
    <section className="build-status" aria-labelledby="build-status-title">
      <h2 id="build-status-title">Public site</h2>
      <dl className="build-status__facts">
        <div>
          <dt>State</dt>
          <dd className={failedLast ? 'is-failed' : pending.count > 0 || running ? 'is-pending' : 'is-ok'}>
            {running ? 'Building now…' : queued ? 'Rebuild requested' : failedLast ? 'Last build failed' : pending.count > 0 ? 'Changes waiting to go live' : 'Up to date'}
          </dd>
        </div>
        <div>
          <dt>Last build</dt>
          <dd>{lastBuild ? `${when(lastBuild.finishedAt)} · ${RESULT_LABEL[lastBuild.status]}` : 'none yet'}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{seconds(lastBuild?.durationMs)}</dd>
        </div>
        <div>
          <dt>Live since</dt>
          <dd>{when(lastSuccess?.finishedAt)}</dd>
        </div>
      </dl>

      <h3>{pending.count === 0 ? 'No changes since the last build' : `${pending.count} change${pending.count === 1 ? '' : 's'} since the last build`}</h3>
      {pending.count > 0 && (
        <ul className="build-status__changes">
          {pending.changes.slice(0, 10).map((c) => (
            <li key={`${c.collection}-${c.documentId}-${c.at}`}>
              <span className="build-status__op">{c.operation}</span>{' '}
              {c.documentId && !c.collection.startsWith('global:') ? (
                <a href={`${adminRoute}/collections/${c.collection}/${c.documentId}`}>{c.title ?? `#${c.documentId}`}</a>
              ) : (
                <span>{c.title ?? c.collection}</span>
              )}{' '}
              <small>
                ({c.collection}) · {when(c.at)}
                {c.user ? ` · ${c.user}` : ''}
              </small>
            </li>
          ))}
          {pending.count > 10 && <li>… and {pending.count - 10} more</li>}
        </ul>
      )}

      {failedLast && lastFailure && (
        <details className="build-status__log" open>
          <summary>Log of the failed build ({when(lastFailure.finishedAt)})</summary>
          <pre>{(lastFailure.log ?? 'No output.').split('\n').slice(-40).join('\n')}</pre>
        </details>
      )}
      {!failedLast && lastFailure && (
        <details className="build-status__log">
          <summary>Log of the last failed build ({when(lastFailure.finishedAt)})</summary>
          <pre>{(lastFailure.log ?? 'No output.').split('\n').slice(-40).join('\n')}</pre>
        </details>
      )}

      {isAdminUser(user) && <RebuildButton api={payload.config.routes.api} queued={Boolean(queued)} />}
      <RefreshWhileBusy busy={Boolean(running || queued || pending.count > 0)} />
    </section>
  )
}
