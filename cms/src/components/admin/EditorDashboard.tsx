import type { CollectionSlug, Payload, Where } from 'payload'
import type React from 'react'

interface Tile {
  label: string
  hint: string
  collection: CollectionSlug
  where: Where
  /** Query string for the admin list, showing exactly the counted documents. */
  listQuery: string
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10)

function tiles(now: Date): Tile[] {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  const nowIso = now.toISOString()
  return [
    {
      label: 'Incidents this month',
      hint: `since ${isoDay(monthStart)}`,
      collection: 'incidents',
      where: { date: { greater_than_equal: monthStart.toISOString() } },
      listQuery: `where[date][greater_than_equal]=${isoDay(monthStart)}`,
    },
    {
      label: 'Incidents awaiting verification',
      hint: 'not shown to the public until verified',
      collection: 'incidents',
      where: { verified: { equals: false } },
      listQuery: 'where[verified][equals]=false',
    },
    { label: 'News drafts', hint: 'unpublished', collection: 'news', where: { _status: { equals: 'draft' } }, listQuery: 'where[_status][equals]=draft' },
    { label: 'Publication drafts', hint: 'unpublished', collection: 'publications', where: { _status: { equals: 'draft' } }, listQuery: 'where[_status][equals]=draft' },
    { label: 'Open vacancies', hint: 'deadline not passed', collection: 'vacancies', where: { deadline: { greater_than: nowIso } }, listQuery: `where[deadline][greater_than]=${isoDay(now)}` },
    { label: 'Open procurement notices', hint: 'deadline not passed', collection: 'procurement-notices', where: { deadline: { greater_than: nowIso } }, listQuery: `where[deadline][greater_than]=${isoDay(now)}` },
  ]
}

/** Shown above the collection cards on the admin dashboard: what needs an editor's attention. */
export async function EditorDashboard({ payload }: { payload: Payload }): Promise<React.ReactElement> {
  const list = tiles(new Date())
  const counts = await Promise.all(
    list.map((t) => payload.count({ collection: t.collection, where: t.where, overrideAccess: true }).then((r) => r.totalDocs)),
  )
  const adminRoute = payload.config.routes.admin
  return (
    <section className="editor-dashboard" aria-labelledby="editor-dashboard-title">
      <h2 id="editor-dashboard-title">At a glance</h2>
      <ul>
        {list.map((t, i) => (
          <li key={t.label}>
            <a href={`${adminRoute}/collections/${t.collection}?${t.listQuery}`}>
              <strong>{counts[i]?.toLocaleString('en-GB')}</strong>
              <span>{t.label}</span>
              <small>{t.hint}</small>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
