/**
 * The incident map: clustered markers over the filtered rows, a popup per incident, a month-range
 * slider and a legend. Leaflet is imported inside an effect (it touches `window` at import), the
 * clustering index lives in a Web Worker, and the map tiles (a third-party request) load only
 * after the reader has accepted cookies or asked for them.
 */
import type * as Leaflet from 'leaflet'
import { useEffect, useRef, useState } from 'react'

import {
  categoryOf,
  CATEGORY_VOCABULARIES,
  externalIdOf,
  firstDayOfMonth,
  isoOfDay,
  isoOfMonth,
  monthOfDay,
  rowOfExternalId,
  type AvmpData,
  type AvmpDetails,
} from '@clearinghouse/shared/avmp'
import { formatDate, formatMonth, formatNumber } from '@clearinghouse/shared/format'
import { labelOf, VICTIM_OUTCOMES } from '@clearinghouse/shared/vocab'

import { connectionLinks, type MonitorConnections } from '../../lib/avmp/connectionLinks'
import { nextTask } from '../../lib/nextTask'
import { ensureDetails, getState, select, setFilter } from '../../lib/avmp/store'
import type { ClusterRequest, ClusterResponse } from './clusterProtocol'
import { useAvmp } from './useAvmp'

interface Props {
  /** Laws and reports each popup links to. */
  connections: MonitorConnections
  tileUrl: string
  attribution: string
  /** Host the tiles come from, named on the button that loads them. */
  tileHost: string
}

type L = typeof Leaflet

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const formatMonthNo = (m: number): string => formatMonth(isoOfMonth(m), 'short')

/** Single incidents are coloured by their gravest outcome (legend below the map). */
const OUTCOME_STYLE = [
  { key: 'killed', label: 'Someone killed', color: '#a50f15' },
  { key: 'injured', label: 'Someone injured (no deaths)', color: '#b35806' },
  { key: 'other', label: 'No one killed or injured', color: '#1d4f91' },
] as const

function outcomeStyle(data: AvmpData, row: number): (typeof OUTCOME_STYLE)[number] {
  if ((data.victims.killed[row] ?? 0) > 0 || (data.victims.suicide[row] ?? 0) > 0) return OUTCOME_STYLE[0]
  if ((data.victims.injured[row] ?? 0) > 0) return OUTCOME_STYLE[1]
  return OUTCOME_STYLE[2]
}

function popupHtml(data: AvmpData, row: number, details: AvmpDetails | null, connections: MonitorConnections): string {
  const label = (column: Parameters<typeof categoryOf>[1]) => {
    const value = categoryOf(data, column, row)
    return value ? labelOf(CATEGORY_VOCABULARIES[column], value) : 'Not recorded'
  }
  const outcomes = VICTIM_OUTCOMES.map((o) => ({ label: o.label.toLowerCase(), n: data.victims[o.value][row] ?? 0 }))
    .filter((o) => o.n > 0)
    .map((o) => `${o.n} ${o.label}`)
  const externalId = externalIdOf(data, row)
  const d = details && row >= details.firstRow && row < details.firstRow + details.length ? row - details.firstRow : -1
  const url = d >= 0 ? details?.url[d] : null
  const outlet = d >= 0 ? details?.outlet[d] : null
  const description = d >= 0 ? details?.description[d] : null
  const place = data.places[data.place[row]!] ?? ''
  const parts = [
    `<p class="avmp-popup-title"><strong>${escapeHtml(place)}</strong>, ${escapeHtml(label('jurisdiction'))}</p>`,
    `<p>${escapeHtml(formatDate(isoOfDay(data.day[row]!)))}</p>`,
    '<dl>',
    `<dt>Context</dt><dd>${escapeHtml(label('context'))}</dd>`,
    `<dt>Weapon</dt><dd>${escapeHtml(label('weaponType'))}</dd>`,
    `<dt>Outcome</dt><dd>${escapeHtml(outcomes.length ? outcomes.join(', ') : 'No victims reported')}</dd>`,
    '</dl>',
    description ? `<p class="avmp-popup-desc">${escapeHtml(description)}</p>` : '',
    url
      ? `<p><a href="${escapeHtml(url)}" rel="noopener noreferrer">Source: ${escapeHtml(outlet ?? 'news report')}</a></p>`
      : details
        ? ''
        : '<p class="muted">Loading the source…</p>',
    externalId ? `<p><a href="?incident=${encodeURIComponent(externalId)}">Permalink to this incident</a></p>` : '',
    '<ul class="avmp-popup-links">',
    ...connectionLinks(connections, categoryOf(data, 'jurisdiction', row) ?? '', isoOfDay(data.day[row]!).slice(0, 7)).map(
      (l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></li>`,
    ),
    '</ul>',
  ]
  return parts.join('')
}

function clusterIcon(L: L, count: number): Leaflet.DivIcon {
  // Area grows with the logarithm of the count: 10 and 10,000 stay distinguishable without huge discs.
  const size = Math.round(28 + 10 * Math.log10(count))
  return L.divIcon({
    html: `<span>${formatNumber(count)}</span>`,
    className: 'avmp-cluster',
    iconSize: [size, size],
  })
}

export default function IncidentMap({ connections, tileUrl, attribution, tileHost }: Props) {
  const state = useAvmp()
  const container = useRef<HTMLDivElement>(null)
  const leaflet = useRef<{ L: L; map: Leaflet.Map; layer: Leaflet.LayerGroup; popup: Leaflet.Popup } | null>(null)
  const worker = useRef<Worker | null>(null)
  const selection = useRef(0)
  const seq = useRef(0)
  const [mapReady, setMapReady] = useState(false)
  const [tiles, setTiles] = useState(false)
  const [indexed, setIndexed] = useState(false)

  // Leaflet and the worker: once.
  useEffect(() => {
    let cancelled = false
    const w = new Worker(new URL('./clusterWorker.ts', import.meta.url), { type: 'module' })
    worker.current = w
    if ((window as Window & { cookieConsent?: string }).cookieConsent === 'accepted') setTiles(true)
    void import('leaflet').then(async (mod) => {
      // Leaflet's evaluation and the map's creation (a forced layout) in separate tasks.
      await nextTask()
      if (cancelled || !container.current) return
      const L = (mod as { default?: L }).default ?? (mod as L)
      const map = L.map(container.current, { minZoom: 4, maxZoom: 17, zoomSnap: 0.5, worldCopyJump: false })
      const { data } = getState()
      const bbox = data?.bbox
      map.fitBounds(
        bbox
          ? [
              [bbox.minLat, bbox.minLng],
              [bbox.maxLat, bbox.maxLng],
            ]
          : [
              [39.6, 13.4],
              [46.6, 23.1],
            ],
      )
      const layer = L.layerGroup().addTo(map)
      const popup = L.popup({ maxWidth: 280, autoPanPadding: [16, 16] })
      map.on('popupclose', () => {
        if (getState().selected) select(null)
      })
      leaflet.current = { L, map, layer, popup }
      setMapReady(true)
    })
    return () => {
      cancelled = true
      w.terminate()
      leaflet.current?.map.remove()
      leaflet.current = null
    }
  }, [])

  // Tiles, only when asked for.
  useEffect(() => {
    const lf = leaflet.current
    if (!mapReady || !lf || !tiles) return
    const layer = lf.L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(lf.map)
    return () => {
      layer.remove()
    }
  }, [mapReady, tiles, tileUrl, attribution])

  // The cluster hierarchy of all incidents: once per data file, and only once the map exists. The
  // build keeps a core busy for 150-300 ms; started earlier, it competed with Leaflet's start-up on
  // phones with few cores and stretched that one task to over 50 ms of wall time.
  const { data, rows } = state
  useEffect(() => {
    const w = worker.current
    if (!w || !data || !mapReady) return
    const onIndexed = (event: MessageEvent<ClusterResponse>) => {
      if (event.data.type === 'indexed') setIndexed(true)
    }
    w.addEventListener('message', onIndexed)
    // Copies: the store keeps its columns, the worker gets its own (transferred, not cloned).
    const message: ClusterRequest = { type: 'index', lat: data.lat.slice(), lng: data.lng.slice() }
    w.postMessage(message, [message.lat.buffer, message.lng.buffer])
    return () => w.removeEventListener('message', onIndexed)
  }, [data, mapReady])

  // Draw the clusters of the matching rows in view; again after a filter change, panning or zooming.
  useEffect(() => {
    const lf = leaflet.current
    const w = worker.current
    if (!mapReady || !lf || !w || !indexed || !data) return
    const { L, map, layer } = lf
    const current = ++selection.current
    let rowsSent = false
    const query = () => {
      const b = map.getBounds().pad(0.25)
      const bbox: [number, number, number, number] = [
        Math.max(-180, b.getWest()),
        Math.max(-85, b.getSouth()),
        Math.min(180, b.getEast()),
        Math.min(85, b.getNorth()),
      ]
      const zoom = map.getZoom()
      if (rowsSent) {
        w.postMessage({ type: 'query', seq: ++seq.current, selection: current, bbox, zoom } satisfies ClusterRequest)
      } else {
        rowsSent = true
        const copy = rows.slice()
        const message: ClusterRequest = { type: 'query', seq: ++seq.current, selection: current, rows: copy, bbox, zoom }
        w.postMessage(message, [copy.buffer])
      }
    }
    const onMessage = (event: MessageEvent<ClusterResponse>) => {
      const msg = event.data
      if (msg.type === 'expansion') {
        if (msg.selection === current) map.setView([msg.lat, msg.lng], Math.min(msg.zoom, map.getMaxZoom()))
        return
      }
      if (msg.type !== 'clusters' || msg.selection !== current || msg.seq !== seq.current) return
      layer.clearLayers()
      for (let i = 0; i < msg.count.length; i++) {
        const latlng = L.latLng(msg.lat[i]!, msg.lng[i]!)
        const count = msg.count[i]!
        if (count > 0) {
          const cluster = msg.id[i]!
          const zoom = msg.zoom
          const marker = L.marker(latlng, {
            icon: clusterIcon(L, count),
            keyboard: true,
            title: `${count} incidents: zoom in`,
            alt: `${count} incidents`,
          })
          marker.on('click', () => w.postMessage({ type: 'expand', selection: current, zoom, cluster } satisfies ClusterRequest))
          marker.addTo(layer)
          marker.getElement()?.setAttribute('data-count', String(count))
        } else {
          const row = msg.id[i]!
          const style = outcomeStyle(data, row)
          const marker = L.circleMarker(latlng, {
            radius: 7,
            color: '#fff',
            weight: 2,
            fillColor: style.color,
            fillOpacity: 1,
          })
          marker.on('click', () => select(externalIdOf(data, row)))
          marker.addTo(layer)
          const el = marker.getElement()
          el?.setAttribute('data-count', '1')
          el?.setAttribute('data-row', String(row))
          el?.classList.add('avmp-incident')
        }
      }
      container.current?.setAttribute('data-rendered', String(current))
    }
    w.addEventListener('message', onMessage)
    map.on('moveend', query)
    query()
    return () => {
      w.removeEventListener('message', onMessage)
      map.off('moveend', query)
    }
  }, [mapReady, indexed, data, rows])

  // The selected incident (a click or a permalink): pan to it and open its popup.
  const { selected, details } = state
  useEffect(() => {
    const lf = leaflet.current
    if (!mapReady || !lf || !data) return
    if (!selected) {
      lf.map.closePopup(lf.popup)
      return
    }
    const row = rowOfExternalId(data, selected)
    if (row < 0) return
    if (!details) void ensureDetails().catch(() => undefined)
    const latlng = lf.L.latLng(data.lat[row]!, data.lng[row]!)
    const popup = lf.popup.setLatLng(latlng).setContent(popupHtml(data, row, details, connections))
    if (!lf.map.hasLayer(popup)) {
      // No animation: the popup's auto-pan then starts from the final view and keeps it inside the map.
      lf.map.setView(latlng, Math.max(lf.map.getZoom(), 14), { animate: false })
      popup.openOn(lf.map)
    }
  }, [mapReady, data, selected, details, connections])

  const status = state.status
  return (
    <div className="avmp-map">
      <p className="small" aria-live="polite">
        {status === 'error'
          ? `The map could not be shown: ${state.error ?? 'unknown error'}`
          : status !== 'ready'
            ? 'Loading the incidents…'
            : `${formatNumber(rows.length)} incidents match the filters.`}
      </p>
      {data && data.length > 0 && <TimeSlider data={data} />}
      {!tiles && (
        <p>
          <button type="button" className="secondary" onClick={() => setTiles(true)}>
            Show map tiles (loads images from {tileHost})
          </button>
        </p>
      )}
      <div
        ref={container}
        className="avmp-map-canvas"
        role="region"
        aria-label="Map of the matching incidents: clusters show counts; the list page gives the same incidents as text"
        data-testid="incident-map"
      />
      <div className="avmp-legend small" aria-label="Map legend" role="group">
        <span className="avmp-legend-item">
          <span className="avmp-legend-cluster" aria-hidden="true">
            12
          </span>{' '}
          Group of incidents (count; larger means more), select to zoom in
        </span>
        {OUTCOME_STYLE.map((s) => (
          <span className="avmp-legend-item" key={s.key}>
            {/* Colour as an SVG attribute: the server-rendered style attribute would need 'unsafe-inline' in the CSP. */}
            <svg className="avmp-legend-dot" viewBox="0 0 10 10" aria-hidden="true">
              <circle cx="5" cy="5" r="5" fill={s.color} />
            </svg>{' '}
            {s.label}
          </span>
        ))}
      </div>
    </div>
  )
}

/** Month range over the data; dragging replaces the URL entry instead of filling the history. */
function TimeSlider({ data }: { data: AvmpData }) {
  const { filter } = useAvmp()
  const min = data.month[0]!
  const max = data.month[data.length - 1]!
  const from = filter.from === null ? min : Math.min(max, Math.max(min, monthOfDay(filter.from)))
  const to = filter.to === null ? max : Math.min(max, Math.max(min, monthOfDay(filter.to)))
  const set = (a: number, b: number) => {
    const lo = Math.min(a, b)
    const hi = Math.max(a, b)
    setFilter({ from: lo === min ? null : firstDayOfMonth(lo), to: hi === max ? null : firstDayOfMonth(hi + 1) - 1 })
  }
  return (
    <fieldset className="avmp-slider">
      <legend>
        Period: {formatMonthNo(from)} – {formatMonthNo(to)}
      </legend>
      <label>
        From
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={from}
          aria-valuetext={formatMonthNo(from)}
          onChange={(e) => set(Number(e.currentTarget.value), to)}
        />
      </label>
      <label>
        To
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={to}
          aria-valuetext={formatMonthNo(to)}
          onChange={(e) => set(from, Number(e.currentTarget.value))}
        />
      </label>
    </fieldset>
  )
}
