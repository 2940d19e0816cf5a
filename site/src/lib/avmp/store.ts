/**
 * The monitor's shared browser state: the decoded data, the filter (kept in the URL so every view
 * is a permalink that survives reload and back/forward), the matching rows and the selected
 * incident. Map, charts, list and the filter panel are separate islands that all read this one
 * store (no provider around the page), and each re-renders only when the state changes.
 *
 * Browser-only: import it from islands, never from `.astro` frontmatter.
 */
import {
  applyFilter,
  decodeDetails,
  emptyFilter,
  filterToQuery,
  mergeDetails,
  parseFilterQuery,
  type AvmpData,
  type AvmpDetails,
  type AvmpFilter,
} from '@clearinghouse/shared/avmp'

import { nextTask } from '../nextTask'
import { fetchCoreData, type DataRequest, type DataResponse } from './coreData'

export interface AvmpManifest {
  incidents: number
  latestIncident: string | null
  core: string
  details: { year: number; firstRow: number; rows: number; url: string }[]
}

export interface AvmpState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  error: string | null
  data: AvmpData | null
  filter: AvmpFilter
  /** Row indexes (into `data`) that match `filter`, ascending by date. */
  rows: Uint32Array
  /** Descriptions and sources, once loaded (`ensureDetails`). */
  details: AvmpDetails | null
  /** External id of the incident opened in a popup or the list (`?incident=` in the URL). */
  selected: string | null
  /** Milliseconds the last filter change took to compute `rows` (measured for the budgets). */
  filterMs: number
  /** The list's order and page (`?sort=&page=`), so a list view is a permalink too. */
  view: ListView
}

export interface ListView {
  /** A sort id of the list (the list validates it); null: its default. */
  sort: string | null
  page: number
}

type Listener = (state: AvmpState) => void

const MANIFEST_URL = '/avmp/data/latest.json'
const SELECTED_PARAM = 'incident'
const SORT_PARAM = 'sort'
const PAGE_PARAM = 'page'
const FIRST_PAGE: ListView = { sort: null, page: 1 }

function viewOf(params: URLSearchParams): ListView {
  const sort = params.get(SORT_PARAM)
  const page = Number(params.get(PAGE_PARAM))
  return {
    sort: sort && /^[a-z-]{1,20}$/.test(sort) ? sort : null,
    page: Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1,
  }
}

let state: AvmpState = {
  status: 'idle',
  error: null,
  data: null,
  filter: emptyFilter(),
  rows: new Uint32Array(0),
  details: null,
  selected: null,
  filterMs: 0,
  view: FIRST_PAGE,
}
const listeners = new Set<Listener>()

function emit(next: Partial<AvmpState>): void {
  state = { ...state, ...next }
  for (const listener of listeners) listener(state)
}

export function getState(): AvmpState {
  return state
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function computeRows(data: AvmpData | null, filter: AvmpFilter, details: AvmpDetails | null): Pick<AvmpState, 'rows' | 'filterMs'> {
  if (!data) return { rows: new Uint32Array(0), filterMs: 0 }
  const started = performance.now()
  const rows = applyFilter(data, filter, details ?? undefined)
  return { rows, filterMs: performance.now() - started }
}

function urlFor(filter: AvmpFilter, selected: string | null, view: ListView): string {
  const params = filterToQuery(filter)
  if (view.sort) params.set(SORT_PARAM, view.sort)
  if (view.page > 1) params.set(PAGE_PARAM, String(view.page))
  if (selected) params.set(SELECTED_PARAM, selected)
  const query = params.toString()
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`
}

/** Reads filter and selection from the current URL (on start and on back/forward). */
function readUrl(): void {
  const params = new URLSearchParams(location.search)
  const filter = parseFilterQuery(params)
  const selected = params.get(SELECTED_PARAM)
  emit({ filter, selected, view: viewOf(params), ...computeRows(state.data, filter, state.details) })
}

/**
 * Changes the filter, recomputes the matching rows and records the view in the URL: `push` adds a
 * history entry (a deliberate choice), otherwise the entry is replaced (typing, dragging a slider).
 */
export function setFilter(update: Partial<AvmpFilter> | ((f: AvmpFilter) => AvmpFilter), options: { push?: boolean } = {}): void {
  const filter = typeof update === 'function' ? update(state.filter) : { ...state.filter, ...update }
  // Other incidents match: the list starts again at its first page.
  const view = { ...state.view, page: 1 }
  emit({ filter, view, ...computeRows(state.data, filter, state.details) })
  const url = urlFor(filter, state.selected, view)
  if (options.push) history.pushState(null, '', url)
  else history.replaceState(null, '', url)
}

/** Changes the list's order or page; a new order starts at the first page. */
export function setView(update: Partial<ListView>, options: { push?: boolean } = {}): void {
  const view = { ...state.view, ...update, ...(update.sort !== undefined && update.page === undefined ? { page: 1 } : {}) }
  if (view.sort === state.view.sort && view.page === state.view.page) return
  emit({ view })
  const url = urlFor(state.filter, state.selected, view)
  if (options.push) history.pushState(null, '', url)
  else history.replaceState(null, '', url)
}

/** Opens (or closes, with null) one incident; the URL then links to it. */
export function select(externalId: string | null): void {
  emit({ selected: externalId })
  history.replaceState(null, '', urlFor(state.filter, externalId, state.view))
}

/** Fetches and decodes the core file on the main thread: where workers are missing or failed. */
async function loadCoreHere(url: string): Promise<AvmpData> {
  const data = await fetchCoreData(url)
  // Decoding and the first filter and render of every island in separate tasks, so neither grows
  // past 50 ms on a slow phone.
  await nextTask()
  return data
}

/**
 * The core file, fetched and decoded in a worker (dataWorker.ts) so the page's main thread only
 * receives the columns; on the main thread if the worker cannot start. An answer from the worker
 * that says the file could not be loaded is final (the main thread would fail the same way).
 */
async function loadCore(url: string): Promise<AvmpData> {
  if (typeof Worker === 'undefined') return loadCoreHere(url)
  let worker: Worker
  try {
    worker = new Worker(new URL('./dataWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    return loadCoreHere(url)
  }
  try {
    const answer = await new Promise<DataResponse | null>((resolve) => {
      worker.onmessage = (event: MessageEvent<DataResponse>) => resolve(event.data)
      // The worker's script did not load or run: decode here instead.
      worker.onerror = (event) => {
        event.preventDefault()
        resolve(null)
      }
      worker.postMessage({ url } satisfies DataRequest)
    })
    if (answer === null) return loadCoreHere(url)
    if (!answer.ok) throw new Error(answer.message)
    return answer.data
  } finally {
    worker.terminate()
  }
}

let started = false
let loading: Promise<AvmpData> | undefined
let manifestPromise: Promise<AvmpManifest> | undefined

function manifest(): Promise<AvmpManifest> {
  manifestPromise ??= fetch(MANIFEST_URL).then((r) => {
    if (!r.ok) throw new Error(`The monitor's data index could not be loaded (${r.status}).`)
    return r.json() as Promise<AvmpManifest>
  })
  return manifestPromise
}

/** Loads and decodes the core data file once; every island may call it. */
export function ensureData(): Promise<AvmpData> {
  if (!started) {
    started = true
    readUrl()
    addEventListener('popstate', readUrl)
  }
  loading ??= (async () => {
    emit({ status: 'loading' })
    try {
      const { core } = await manifest()
      const data = await loadCore(new URL(core, location.href).href)
      emit({ status: 'ready', data, ...computeRows(data, state.filter, state.details) })
      return data
    } catch (error) {
      emit({ status: 'error', error: error instanceof Error ? error.message : String(error) })
      throw error
    }
  })()
  return loading
}

let detailsPromise: Promise<AvmpDetails> | undefined

/** Loads descriptions and sources (all years), for the list, popups and text search. */
export function ensureDetails(): Promise<AvmpDetails> {
  detailsPromise ??= (async () => {
    const { details } = await manifest()
    const chunks = await Promise.all(details.map(async (d) => decodeDetails(await (await fetch(d.url)).text())))
    const merged = mergeDetails(chunks)
    emit({ details: merged, ...computeRows(state.data, state.filter, merged) })
    return merged
  })()
  return detailsPromise
}
