/**
 * The searchable incident list. The build renders the latest page into the HTML (props
 * `initial`), so the list reads without JavaScript; once the store has the data it takes over:
 * filters, sorting, paging, permalinks (`?incident=<id>` opens and scrolls to the incident) and
 * downloads of the current view.
 */
import { useEffect, useMemo, useRef, useState } from 'react'

import { LIST_PAGE_SIZE, pageCount, pageOfPosition, rowOfExternalId, sortRows, toCsv, toRecords, type ListSortKey } from '@clearinghouse/shared/avmp'
import { formatDate, formatNumber } from '@clearinghouse/shared/format'
import { INCIDENT_CONTEXTS, JURISDICTIONS, labelOf, POSSESSION, SOURCE_TYPES, WEAPON_TYPES } from '@clearinghouse/shared/vocab'

import { connectionLinks, type MonitorConnections } from '../../lib/avmp/connectionLinks'
import { entryOf, type ListEntry } from '../../lib/avmp/listEntry'
import { ensureDetails, getState, select, setView } from '../../lib/avmp/store'
import './IncidentList.css'
import { useAvmp } from './useAvmp'
import { downloadText } from '../../lib/download'

/** Sort choices: key and direction in one control, worded as the reader thinks of them. */
const SORTS: { id: string; label: string; key: ListSortKey; descending: boolean }[] = [
  { id: 'newest', label: 'Newest first', key: 'date', descending: true },
  { id: 'oldest', label: 'Oldest first', key: 'date', descending: false },
  { id: 'jurisdiction', label: 'Jurisdiction (A–Z)', key: 'jurisdiction', descending: false },
  { id: 'context', label: 'Context (A–Z)', key: 'context', descending: false },
  { id: 'killed', label: 'Most killed', key: 'killed', descending: true },
  { id: 'injured', label: 'Most injured', key: 'injured', descending: true },
]


/** "2 killed, 1 injured", or what else there is to say. */
export function outcomesOf(e: ListEntry): string {
  const parts = [
    e.killed && `${e.killed} killed`,
    e.injured && `${e.injured} injured`,
    e.threatened && `${e.threatened} threatened`,
    e.suicide && `${e.suicide} suicide${e.suicide > 1 ? 's' : ''}`,
    e.firearmsSeized && `${e.firearmsSeized} firearm${e.firearmsSeized > 1 ? 's' : ''} seized`,
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : 'No victims reported'
}


interface ItemProps {
  entry: ListEntry
  connections: MonitorConnections
  open: boolean
  onToggle: (open: boolean) => void
}

function Item({ entry: e, connections, open, onToggle }: ItemProps) {
  return (
    <li id={`incident-${e.externalId}`} className="avmp-incident">
      <details open={open} onToggle={(event) => event.currentTarget.open !== open && onToggle(event.currentTarget.open)}>
        <summary>
          <span className="avmp-incident-date">
            <time dateTime={e.date}>{formatDate(e.date, 'short')}</time>
          </span>
          <span className="avmp-incident-place">
            <strong>{e.place}</strong>, {labelOf(JURISDICTIONS, e.jurisdiction)}
          </span>
          <span className="avmp-incident-what">
            {labelOf(INCIDENT_CONTEXTS, e.context)} · {labelOf(WEAPON_TYPES, e.weaponType)}
          </span>
          <span className="avmp-incident-outcome">{outcomesOf(e)}</span>
        </summary>
        <div className="avmp-incident-body">
          <p>{e.description ?? 'Loading the description…'}</p>
          <dl>
            <dt>Possession</dt>
            <dd>{labelOf(POSSESSION, e.possession)}</dd>
            <dt>Source</dt>
            <dd>
              {e.outlet === null ? '…' : e.url ? <a href={e.url} rel="noopener nofollow external">{e.outlet}</a> : e.outlet}
              {e.sourceType && ` (${labelOf(SOURCE_TYPES, e.sourceType).toLowerCase()})`}
            </dd>
            <dt>Reference</dt>
            <dd>{e.externalId}</dd>
          </dl>
          <p className="avmp-incident-links">
            <a href={`/avmp/incidents/?incident=${encodeURIComponent(e.externalId)}`}>Permalink to incident {e.externalId}</a>
            <a href={`/avmp/map/?incident=${encodeURIComponent(e.externalId)}`}>Show {e.externalId} on the map</a>
            {connectionLinks(connections, e.jurisdiction, e.date.slice(0, 7)).map((l) => (
              <a key={l.href} href={l.href}>
                {l.text}
              </a>
            ))}
          </p>
        </div>
      </details>
    </li>
  )
}

export interface IncidentListProps {
  /** The latest incidents with descriptions, rendered at build time. */
  initial: ListEntry[]
  /** All incidents in the data at build time. */
  total: number
  /** Laws and reports each incident links to. */
  connections: MonitorConnections
}

export default function IncidentList({ initial, total, connections }: IncidentListProps) {
  const { status, data, rows, details, selected, filter, view } = useAvmp()
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set())
  const listRef = useRef<HTMLOListElement>(null)
  const scrolledTo = useRef<string | null>(null)
  const sort = SORTS.find((s) => s.id === view.sort) ?? SORTS[0]!
  const ready = status === 'ready' && data !== null

  const sorted = useMemo(() => (data ? sortRows(data, rows, sort.key, sort.descending) : new Uint32Array(0)), [data, rows, sort])
  const pages = pageCount(sorted.length)
  // Page and order live in the URL (the store resets the page when the filter changes).
  const page = Math.min(view.page, Math.max(1, pages))
  const setPage = (p: number) => setView({ page: p }, { push: true })

  // A permalink (or a selection made elsewhere) opens the incident on its page and scrolls to it.
  const selectedRow = data && selected ? rowOfExternalId(data, selected) : -1
  const selectedPosition = useMemo(() => (selectedRow < 0 ? -1 : sorted.indexOf(selectedRow)), [sorted, selectedRow])
  useEffect(() => {
    if (!ready || !selected || selectedRow < 0) return
    setOpen((o) => (o.has(selected) ? o : new Set(o).add(selected)))
    ensureDetails().catch(() => undefined)
    if (selectedPosition >= 0) setView({ page: pageOfPosition(selectedPosition) })
  }, [ready, selected, selectedRow, selectedPosition])
  useEffect(() => {
    if (!ready || !selected || scrolledTo.current === selected) return
    const element = document.getElementById(`incident-${selected}`)
    if (!element) return
    scrolledTo.current = selected
    element.scrollIntoView({ block: 'start' })
    element.querySelector('summary')?.focus({ preventScroll: true })
  })

  const entries: ListEntry[] = ready ? [...sorted.subarray((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE)].map((r) => entryOf(data, r, details)) : initial
  const outside = ready && selectedRow >= 0 && selectedPosition < 0 ? entryOf(data, selectedRow, details) : null

  const toggle = (id: string) => (isOpen: boolean) => {
    setOpen((o) => {
      const next = new Set(o)
      if (isOpen) next.add(id)
      else next.delete(id)
      return next
    })
    if (isOpen) {
      // Opened by the reader: it is in view already, so no scrolling to it.
      scrolledTo.current = id
      ensureDetails().catch(() => undefined)
      select(id)
    } else if (getState().selected === id) select(null)
  }

  const downloadView = async (format: 'csv' | 'json') => {
    if (!data) return
    const d = await ensureDetails()
    const stamp = new Date().toISOString().slice(0, 10)
    if (format === 'csv') downloadText(`avmp-incidents-${stamp}.csv`, toCsv(data, sorted, d), 'text/csv;charset=utf-8')
    else downloadText(`avmp-incidents-${stamp}.json`, JSON.stringify(toRecords(data, sorted, d), null, 1), 'application/json')
  }

  const first = ready ? Math.min(sorted.length, (page - 1) * LIST_PAGE_SIZE + 1) : 1
  const last = ready ? Math.min(sorted.length, page * LIST_PAGE_SIZE) : initial.length
  const of = ready ? sorted.length : total

  return (
    <div className="avmp-list" data-ready={ready ? 'true' : undefined}>
      <div className="avmp-list-tools">
        <p className="avmp-list-range" data-testid="avmp-list-range">
          {of === 0 ? 'No incidents match.' : `Incidents ${formatNumber(first)}–${formatNumber(last)} of ${formatNumber(of)}${ready ? '' : ', newest first'}`}
        </p>
        <label className="avmp-list-sort">
          Sort{' '}
          <select value={sort.id} onChange={(e) => setView({ sort: e.currentTarget.value === SORTS[0]!.id ? null : e.currentTarget.value })} disabled={!ready}>
            {SORTS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <span className="avmp-list-downloads">
          <button type="button" onClick={() => void downloadView('csv')} disabled={!ready || sorted.length === 0}>
            Download CSV of this view
          </button>
          <button type="button" onClick={() => void downloadView('json')} disabled={!ready || sorted.length === 0}>
            Download JSON
          </button>
        </span>
      </div>
      {outside && (
        <div className="avmp-list-outside">
          <p>The linked incident does not match the current filters:</p>
          <ul className="avmp-incidents">
            <Item entry={outside} connections={connections} open={open.has(outside.externalId)} onToggle={toggle(outside.externalId)} />
          </ul>
        </div>
      )}
      {ready && selected && selectedRow < 0 && <p className="avmp-list-outside">No incident has the reference {selected}.</p>}
      <ol ref={listRef} className="avmp-incidents" aria-label="Incidents" data-testid="avmp-incidents">
        {entries.map((e) => (
          <Item key={e.externalId} entry={e} connections={connections} open={open.has(e.externalId)} onToggle={toggle(e.externalId)} />
        ))}
      </ol>
      {ready && pages > 1 && (
        <nav className="pagination" aria-label="Pages of incidents">
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            ← Previous
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Next →
          </button>
        </nav>
      )}
      {!ready && total > initial.length && (
        <p className="small">
          The full list, filters and sorting need JavaScript; all {formatNumber(total)} incidents are in the <a href="/avmp/data/">open data downloads</a>.
        </p>
      )}
      {filter.q && !details && ready && <p className="small muted">Searching place names; descriptions are being loaded…</p>}
    </div>
  )
}
