import type { BeforeListServerProps, Where } from 'payload'
import type React from 'react'

import { NEWSLETTER_LISTS, SUBSCRIBER_STATUSES } from '@clearinghouse/shared/vocab'

import { isAdminUser } from '../../access/roles'

interface Tile {
  label: string
  hint?: string
  where: Where
  /** Query string for the admin list, showing exactly the counted subscribers. */
  listQuery: string
}

const STATUS_HINTS: Record<string, string> = {
  pending: 'waiting for the confirmation link',
  confirmed: 'receive mail',
  unsubscribed: 'kept as a record of the withdrawal',
}

function tiles(): Tile[] {
  const byStatus = SUBSCRIBER_STATUSES.map((s): Tile => ({
    label: s.label,
    hint: STATUS_HINTS[s.value],
    where: { status: { equals: s.value } },
    listQuery: `where[status][equals]=${s.value}`,
  }))
  const byList = NEWSLETTER_LISTS.map((l): Tile => ({
    label: l.label,
    hint: 'confirmed subscribers',
    where: { and: [{ status: { equals: 'confirmed' } }, { lists: { in: [l.value] } }] },
    listQuery: `where[and][0][status][equals]=confirmed&where[and][1][lists][in][0]=${l.value}`,
  }))
  return [...byStatus, ...byList]
}

/**
 * Above the Subscribers list: how many subscribers there are by status and, among the confirmed,
 * by list, plus the CSV export of confirmed addresses. Counts only, and for administrators only
 * (the collection is hidden from editors too; this is the second lock).
 */
export async function SubscriberCounts({ payload, user }: Pick<BeforeListServerProps, 'payload' | 'user'>): Promise<React.ReactElement | null> {
  if (!isAdminUser(user)) return null
  const list = tiles()
  const counts = await Promise.all(list.map((t) => payload.count({ collection: 'subscribers', where: t.where, overrideAccess: true }).then((r) => r.totalDocs)))
  const { admin, api } = payload.config.routes
  return (
    // The list view's own gutters, so the counts line up with the table below.
    <div className="gutter--left gutter--right" style={{ padding: '1.5rem 0 1rem' }}>
      <section className="editor-dashboard" aria-labelledby="subscriber-counts-title" style={{ marginBottom: '1rem' }}>
        <h2 id="subscriber-counts-title">Subscribers at a glance</h2>
        <ul>
          {list.map((t, i) => (
            <li key={t.listQuery}>
              <a href={`${admin}/collections/subscribers?${t.listQuery}`}>
                <strong>{counts[i]?.toLocaleString('en-GB')}</strong>
                <span>{t.label}</span>
                {t.hint && <small>{t.hint}</small>}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <a className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} href={`${api}/newsletter/subscribers.csv`} download>
        <span className="btn__content">
          <span className="btn__label">Export confirmed subscribers (CSV)</span>
        </span>
      </a>
    </div>
  )
}
