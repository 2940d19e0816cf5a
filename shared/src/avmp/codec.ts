/**
 * Columnar binary codec for the incident monitor's core data (format described in FORMAT.md).
 *
 * Why binary columns: 50,000 incidents as JSON objects cost ≈ 85 ms just to parse on a desktop
 * and several MB on the wire; as typed-array columns they decode in a few milliseconds, filter
 * without allocating a row object, and compress to about ten bytes per incident because each
 * column holds one kind of value. Runs in browsers and Node alike: no Node APIs, only
 * `TextEncoder`/`TextDecoder`, `DataView` and typed arrays.
 *
 * Layout (all integers little-endian):
 *
 *   offset 0   "AVMP" magic (4 bytes)
 *          4   u16 format version (FORMAT_VERSION); a newer major version is refused
 *          6   u16 flags (0; reserved)
 *          8   u32 row count
 *         12   u32 byte length H of the JSON header
 *         16   JSON header, UTF-8 (AvmpHeader: vocabularies, bbox, place table, column table)
 *   align8(16 + H)  column data; every column starts at a multiple of 8 so typed-array views
 *                   can be taken without copying.
 *
 * Each column-table entry names its element type (u8/u16/u32) and its encoding:
 *   raw        the values themselves
 *   delta      value[i] = value[i-1] + stored[i] (mod 2^bits); value[-1] = 0
 *   place-ref  quantised coordinate = stored[i] + reference of the row's place (mod 2^16)
 *   offset:X   value[i] = stored[i] + decoded column X at row i (mod 2^32)
 *
 * Quantisation: latitude and longitude are stored as Uint16 steps across the header's bounding
 * box (REGION_BBOX when written): 16.6° / 65,535 ≈ 28 m of latitude and 24.6° / 65,535 ≈ 32 m of
 * longitude (at 40° N), so a decoded coordinate is within 15 m (lat) / 17 m (lng) of the original.
 * Dates keep only the UTC day.
 */
import type { Incident } from '../payload-types'
import { AGE_FIELDS, OUTCOME_FIELDS, SEIZURE_FIELDS, SEX_FIELDS } from '../incidents/breakdown'
import { INCIDENT_CONTEXTS, INCIDENT_SUBCONTEXTS, PLACE_TYPES, POSSESSION, SETTINGS, WEAPON_TYPES } from '../vocab/incidents'
import { JURISDICTIONS, REGION_BBOX, type BoundingBox } from '../vocab/jurisdictions'
import type { Term } from '../vocab/term'
import { dayOf, isoOfDay, MAX_DAY, monthsOfSortedDays } from './days'

/**
 * Incident fields the codec reads: a CMS incident at depth 0, selected down to these. Category
 * fields are plain strings here because the encoder checks them against the vocabularies at run
 * time (data can be older or newer than the generated types).
 */
export type AvmpSourceIncident = Pick<Incident, 'date' | 'place' | 'latitude' | 'longitude' | 'victims' | 'perpetrators' | 'seizure' | 'largeSeizure' | 'externalId'> & {
  /** The CMS id: an integer on SQLite/Postgres, an ObjectId string on MongoDB. */
  id: string | number
  jurisdiction: string
  setting: string
  placeType: string
  context: string
  subcontext?: string | null
  weaponType: string
  possession: string
}

/** The REST/Local API `select` that fetches exactly what `encodeIncidents` needs. */
export const AVMP_SELECT = {
  date: true,
  jurisdiction: true,
  place: true,
  latitude: true,
  longitude: true,
  setting: true,
  placeType: true,
  context: true,
  subcontext: true,
  weaponType: true,
  possession: true,
  victims: true,
  perpetrators: true,
  seizure: true,
  largeSeizure: true,
  externalId: true,
} as const satisfies Partial<Record<keyof Incident, true>>

export const FORMAT_MAGIC = 'AVMP'
export const FORMAT_VERSION = 1
/** Code of "no value" in a nullable category column (only `subcontext` is nullable). */
export const NONE = 0xff

/** Category columns: one Uint8 code per row, the index of the value in the header's vocabulary. */
export const CATEGORY_COLUMNS = ['jurisdiction', 'context', 'subcontext', 'weaponType', 'possession', 'setting', 'placeType'] as const
export type CategoryColumn = (typeof CATEGORY_COLUMNS)[number]

/** The vocabulary each category column draws its codes from when a file is written. */
export const CATEGORY_VOCABULARIES: Readonly<Record<CategoryColumn, readonly Term[]>> = {
  jurisdiction: JURISDICTIONS,
  context: INCIDENT_CONTEXTS,
  subcontext: INCIDENT_SUBCONTEXTS,
  weaponType: WEAPON_TYPES,
  possession: POSSESSION,
  setting: SETTINGS,
  placeType: PLACE_TYPES,
}

const SEX_COLUMNS = Object.values(SEX_FIELDS)
const AGE_COLUMNS = Object.values(AGE_FIELDS)
export const VICTIM_COLUMNS = [...OUTCOME_FIELDS, ...SEX_COLUMNS, ...AGE_COLUMNS] as const
export const PERPETRATOR_COLUMNS = [...SEX_COLUMNS, ...AGE_COLUMNS] as const
export const SEIZURE_COLUMNS = SEIZURE_FIELDS
export type VictimColumn = (typeof VICTIM_COLUMNS)[number]
export type PerpetratorColumn = (typeof PERPETRATOR_COLUMNS)[number]
export type SeizureColumn = (typeof SEIZURE_COLUMNS)[number]

/** A count column: the narrowest unsigned type that holds its largest value. */
export type CountColumn = Uint8Array | Uint16Array | Uint32Array

export type IdColumn =
  | { readonly kind: 'number'; readonly values: Uint32Array }
  | { readonly kind: 'json'; readonly values: readonly (string | number)[] }

/** External ids: `prefix + zero-padded number` when they all follow one pattern, else strings. */
export type ExternalIdColumn =
  | { readonly kind: 'pattern'; readonly prefix: string; readonly width: number; readonly values: Uint32Array }
  | { readonly kind: 'json'; readonly values: readonly (string | null)[] }

/** A decoded file: one typed array per column, rows sorted by date. */
export interface AvmpData {
  readonly version: number
  readonly length: number
  /** The value lists the codes refer to, as written in the file (older files keep theirs). */
  readonly vocab: Readonly<Record<CategoryColumn, readonly string[]>>
  readonly bbox: BoundingBox
  /** Days since 2014-01-01 (UTC), ascending. */
  readonly day: Uint16Array
  /** Months since January 2014, derived from `day` while decoding. */
  readonly month: Uint16Array
  readonly lat: Float64Array
  readonly lng: Float64Array
  readonly jurisdiction: Uint8Array
  readonly context: Uint8Array
  /** NONE (255) when the incident has no sub-context. */
  readonly subcontext: Uint8Array
  readonly weaponType: Uint8Array
  readonly possession: Uint8Array
  readonly setting: Uint8Array
  readonly placeType: Uint8Array
  readonly victims: Readonly<Record<VictimColumn, CountColumn>>
  readonly perpetrators: Readonly<Record<PerpetratorColumn, CountColumn>>
  readonly seizure: Readonly<Record<SeizureColumn, CountColumn>>
  /** 1 for a large seizure, else 0. */
  readonly largeSeizure: Uint8Array
  /** Index into `places`. */
  readonly place: Uint16Array | Uint32Array
  /** Deduplicated place names. */
  readonly places: readonly string[]
  readonly ids: IdColumn
  readonly externalIds: ExternalIdColumn
}

type ElementType = 'u8' | 'u16' | 'u32'
type Encoding = 'raw' | 'delta' | 'place-ref' | `offset:${string}`

/** One entry of the header's column table. */
export interface AvmpColumnEntry {
  name: string
  type: ElementType | 'json'
  encoding: Encoding
  /** Byte offset from the start of the column data (a multiple of 8). */
  offset: number
  /** Number of elements (rows), or bytes for `json`. */
  length: number
}

/** The JSON header: everything needed to read the columns, so old files stay decodable. */
export interface AvmpHeader {
  format: 'avmp-incidents'
  version: number
  rows: number
  /** Day 0 of the day column. */
  epoch: string
  /** Box the coordinates are quantised in; `steps` steps from min to max. */
  bbox: BoundingBox
  steps: number
  vocab: Record<CategoryColumn, string[]>
  places: string[]
  /** Quantised reference coordinate per place, flattened [lat0, lng0, lat1, lng1, …]. */
  placeRefs: number[]
  externalId: { prefix: string; width: number } | null
  columns: AvmpColumnEntry[]
}

const STEPS = 0xffff
const HEADER_FIXED = 16
const TYPE_BYTES: Record<ElementType, number> = { u8: 1, u16: 2, u32: 4 }
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

const align8 = (n: number): number => (n + 7) & ~7

/** Thrown for input the codec cannot represent, or a file it cannot read; the message says which. */
export class AvmpCodecError extends Error {
  override name = 'AvmpCodecError'
}

const labelFor = (x: AvmpSourceIncident): string => `Incident ${x.externalId || String(x.id)}`

function quantise(value: number, min: number, max: number): number {
  return Math.round(((value - min) / (max - min)) * STEPS)
}

/** The coordinate a quantised step decodes to. */
export function dequantise(step: number, min: number, max: number): number {
  return min + (step * (max - min)) / STEPS
}

/** Largest error (degrees) quantisation introduces in the box, per axis. */
export function quantisationError(bbox: BoundingBox = REGION_BBOX): { lat: number; lng: number } {
  return { lat: (bbox.maxLat - bbox.minLat) / STEPS / 2, lng: (bbox.maxLng - bbox.minLng) / STEPS / 2 }
}

function typeFor(max: number): ElementType {
  return max <= 0xff ? 'u8' : max <= 0xffff ? 'u16' : 'u32'
}

function makeArray(type: ElementType, length: number): CountColumn {
  return type === 'u8' ? new Uint8Array(length) : type === 'u16' ? new Uint16Array(length) : new Uint32Array(length)
}

const bitLength = (n: number): number => (n === 0 ? 0 : Math.floor(Math.log2(n)) + 1)

/**
 * Picks the integer encoding likely to compress best: raw values, deltas from the previous row
 * (ids entered in date order), or differences from another column (external ids numbered like the
 * CMS ids). The estimate is the total bit length of what would be stored.
 */
function chooseEncoding(values: Float64Array, base: { name: string; values: Float64Array } | null): { encoding: Encoding; stored: Uint32Array } {
  const n = values.length
  const candidates: { encoding: Encoding; diff: (i: number) => number }[] = [
    { encoding: 'raw', diff: (i) => values[i]! },
    { encoding: 'delta', diff: (i) => values[i]! - (i === 0 ? 0 : values[i - 1]!) },
  ]
  if (base) candidates.push({ encoding: `offset:${base.name}`, diff: (i) => values[i]! - base.values[i]! })
  let best = candidates[0]!
  let bestCost = Infinity
  for (const c of candidates) {
    let cost = 0
    for (let i = 0; i < n; i++) {
      const d = c.diff(i)
      cost += bitLength(Math.abs(d)) + (d < 0 ? 1 : 0)
    }
    if (cost < bestCost) {
      best = c
      bestCost = cost
    }
  }
  const stored = new Uint32Array(n)
  for (let i = 0; i < n; i++) stored[i] = best.diff(i) >>> 0
  return { encoding: best.encoding, stored }
}

/** `prefix + digits` pattern shared by every external id, or null when there is none. */
function externalIdPattern(ids: readonly (string | null | undefined)[]): { prefix: string; width: number; numbers: Float64Array } | null {
  const parts: { prefix: string; digits: string }[] = []
  for (const id of ids) {
    const m = /^(.*?)(\d{1,10})$/.exec(id ?? '')
    if (!m) return null
    parts.push({ prefix: m[1] ?? '', digits: m[2] ?? '' })
  }
  const prefix = parts[0]?.prefix
  if (prefix === undefined) return null
  // Ids of one length are (or may be) zero-padded to it; otherwise none may carry a leading zero.
  const width = parts.every((p) => p.digits.length === parts[0]!.digits.length) ? parts[0]!.digits.length : 0
  const numbers = new Float64Array(parts.length)
  for (let i = 0; i < parts.length; i++) {
    const { prefix: p, digits } = parts[i]!
    const n = Number(digits)
    if (p !== prefix || n > 0xffffffff || String(n).padStart(width, '0') !== digits) return null
    numbers[i] = n
  }
  return { prefix, width, numbers }
}

/**
 * The order rows are written in, shared by `encodeIncidents` and `encodeDetails` so the two files
 * stay aligned: by UTC day, then by the full timestamp, then by id.
 */
export function sortIncidents<T extends Pick<AvmpSourceIncident, 'date' | 'id'>>(incidents: readonly T[]): T[] {
  const keyed = incidents.map((x) => ({ x, day: dayOf(x.date), id: String(x.id) }))
  keyed.sort((a, b) => a.day - b.day || (a.x.date < b.x.date ? -1 : a.x.date > b.x.date ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return keyed.map((k) => k.x)
}

interface PendingColumn {
  name: string
  type: ElementType | 'json'
  encoding: Encoding
  bytes: Uint8Array
  length: number
}

function bytesOf(a: CountColumn): Uint8Array {
  if (!LITTLE_ENDIAN) {
    const out = new Uint8Array(a.byteLength)
    const view = new DataView(out.buffer)
    const size = a.BYTES_PER_ELEMENT
    for (let i = 0; i < a.length; i++) {
      if (size === 1) view.setUint8(i, a[i]!)
      else if (size === 2) view.setUint16(i * 2, a[i]!, true)
      else view.setUint32(i * 4, a[i]!, true)
    }
    return out
  }
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
}

/**
 * Encodes incidents into the columnar binary format, sorted by date. Throws `AvmpCodecError`
 * naming the incident and field for values the vocabularies do not know, coordinates outside
 * REGION_BBOX, dates before 2014 and counts that are not whole numbers. Publish only verified
 * incidents: the codec writes whatever it is given.
 */
export function encodeIncidents(input: readonly AvmpSourceIncident[]): Uint8Array {
  const rows = sortIncidents(input)
  const n = rows.length
  const bbox = REGION_BBOX
  const columns: PendingColumn[] = []
  const addInts = (name: string, type: ElementType, encoding: Encoding, values: CountColumn): void => {
    columns.push({ name, type, encoding, bytes: bytesOf(values), length: n })
  }
  const addJson = (name: string, value: unknown): void => {
    const bytes = new TextEncoder().encode(JSON.stringify(value))
    columns.push({ name, type: 'json', encoding: 'raw', bytes, length: bytes.length })
  }

  // Day, stored as deltas: sorted days differ by 0 or 1 almost always, which compresses to nearly nothing.
  const day = new Uint16Array(n)
  const dayDelta = new Uint16Array(n)
  rows.forEach((x, i) => {
    const d = dayOf(x.date)
    if (Number.isNaN(d)) throw new AvmpCodecError(`${labelFor(x)}: the date "${x.date}" is not a valid date.`)
    if (d < 0 || d > MAX_DAY) throw new AvmpCodecError(`${labelFor(x)}: the date ${x.date} is outside the range the format holds (2014-01-01 to ${isoOfDay(MAX_DAY)}).`)
    day[i] = d
    dayDelta[i] = d - (i === 0 ? 0 : day[i - 1]!)
  })
  addInts('day', 'u16', 'delta', dayDelta)

  // Category columns.
  const vocab = {} as Record<CategoryColumn, string[]>
  for (const name of CATEGORY_COLUMNS) {
    const values = CATEGORY_VOCABULARIES[name].map((t) => t.value)
    if (values.length >= NONE) throw new AvmpCodecError(`The ${name} vocabulary has ${values.length} values; a Uint8 column holds at most ${NONE}.`)
    vocab[name] = values
    const codes = new Map(values.map((v, i) => [v, i]))
    const out = new Uint8Array(n)
    rows.forEach((x, i) => {
      const value = x[name]
      if (value === null || value === undefined || value === '') {
        if (name !== 'subcontext') throw new AvmpCodecError(`${labelFor(x)}: ${name} is required.`)
        out[i] = NONE
        return
      }
      const code = codes.get(value)
      if (code === undefined) throw new AvmpCodecError(`${labelFor(x)}: unknown ${name} "${String(value)}" (known: ${values.join(', ')}).`)
      out[i] = code
    })
    addInts(name, 'u8', 'raw', out)
  }

  // Places: a deduplicated table; each place keeps a reference coordinate (the mean of its
  // incidents) so the per-row coordinates are small offsets from it and compress well.
  const placeIndex = new Map<string, number>()
  const places: string[] = []
  const place = new Uint32Array(n)
  const qLat = new Uint16Array(n)
  const qLng = new Uint16Array(n)
  rows.forEach((x, i) => {
    const { latitude: lat, longitude: lng } = x
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || lat < bbox.minLat || lat > bbox.maxLat || lng < bbox.minLng || lng > bbox.maxLng) {
      throw new AvmpCodecError(`${labelFor(x)}: the point ${String(lat)}, ${String(lng)} lies outside the region the format covers (latitude ${bbox.minLat}–${bbox.maxLat}, longitude ${bbox.minLng}–${bbox.maxLng}).`)
    }
    qLat[i] = quantise(lat, bbox.minLat, bbox.maxLat)
    qLng[i] = quantise(lng, bbox.minLng, bbox.maxLng)
    if (typeof x.place !== 'string') throw new AvmpCodecError(`${labelFor(x)}: place is required.`)
    let p = placeIndex.get(x.place)
    if (p === undefined) {
      p = places.length
      places.push(x.place)
      placeIndex.set(x.place, p)
    }
    place[i] = p
  })
  const sums = new Float64Array(places.length * 3)
  for (let i = 0; i < n; i++) {
    const p = place[i]! * 3
    sums[p] = sums[p]! + qLat[i]!
    sums[p + 1] = sums[p + 1]! + qLng[i]!
    sums[p + 2] = sums[p + 2]! + 1
  }
  const placeRefs: number[] = []
  for (let p = 0; p < places.length; p++) {
    const c = sums[p * 3 + 2]!
    placeRefs.push(Math.round(sums[p * 3]! / c), Math.round(sums[p * 3 + 1]! / c))
  }
  const latOff = new Uint16Array(n)
  const lngOff = new Uint16Array(n)
  for (let i = 0; i < n; i++) {
    latOff[i] = qLat[i]! - placeRefs[place[i]! * 2]! // Uint16Array stores mod 2^16
    lngOff[i] = qLng[i]! - placeRefs[place[i]! * 2 + 1]!
  }
  addInts('lat', 'u16', 'place-ref', latOff)
  addInts('lng', 'u16', 'place-ref', lngOff)
  const placeType = typeFor(places.length - 1)
  const placeCol = makeArray(placeType === 'u8' ? 'u16' : placeType, n)
  placeCol.set(place)
  addInts('place', placeType === 'u8' ? 'u16' : placeType, 'raw', placeCol)

  // Counts: each column in the narrowest type that holds its maximum.
  const countGroup = (group: 'victims' | 'perpetrators' | 'seizure', fields: readonly string[]): void => {
    const values = fields.map(() => new Uint32Array(n))
    const max = fields.map(() => 0)
    for (let i = 0; i < n; i++) {
      const x = rows[i]!
      const counts: Record<string, number | null | undefined> = x[group] ?? {}
      for (let f = 0; f < fields.length; f++) {
        const raw = counts[fields[f]!]
        const v = raw ?? 0
        if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new AvmpCodecError(`${labelFor(x)}: ${group}.${fields[f]} must be a whole number from 0 to 4294967295, got ${String(raw)}.`)
        values[f]![i] = v
        if (v > max[f]!) max[f] = v
      }
    }
    fields.forEach((field, f) => {
      const col = makeArray(typeFor(max[f]!), n)
      col.set(values[f]!)
      addInts(`${group}.${field}`, typeFor(max[f]!), 'raw', col)
    })
  }
  countGroup('victims', VICTIM_COLUMNS)
  countGroup('perpetrators', PERPETRATOR_COLUMNS)
  countGroup('seizure', SEIZURE_COLUMNS)
  const large = new Uint8Array(n)
  rows.forEach((x, i) => {
    large[i] = x.largeSeizure ? 1 : 0
  })
  addInts('largeSeizure', 'u8', 'raw', large)

  // Ids: integers in a u32 column when they all are, else a JSON array.
  const numericIds = rows.every((x) => typeof x.id === 'number' && Number.isInteger(x.id) && x.id >= 0 && x.id <= 0xffffffff)
  const idValues = numericIds ? Float64Array.from(rows, (x) => x.id as number) : null
  if (idValues) {
    const { encoding, stored } = chooseEncoding(idValues, null)
    addInts('id', 'u32', encoding, stored)
  } else {
    addJson('id', rows.map((x) => x.id))
  }
  const pattern = externalIdPattern(rows.map((x) => x.externalId))
  if (pattern) {
    const { encoding, stored } = chooseEncoding(pattern.numbers, idValues ? { name: 'id', values: idValues } : null)
    addInts('externalId', 'u32', encoding, stored)
  } else {
    addJson('externalId', rows.map((x) => x.externalId || null))
  }

  // Assemble: fixed header, JSON header, 8-aligned columns.
  let offset = 0
  const entries: AvmpColumnEntry[] = columns.map((c) => {
    const entry = { name: c.name, type: c.type, encoding: c.encoding, offset, length: c.length }
    offset = align8(offset + c.bytes.length)
    return entry
  })
  const header: AvmpHeader = {
    format: 'avmp-incidents',
    version: FORMAT_VERSION,
    rows: n,
    epoch: isoOfDay(0),
    bbox: { minLat: bbox.minLat, maxLat: bbox.maxLat, minLng: bbox.minLng, maxLng: bbox.maxLng },
    steps: STEPS,
    vocab,
    places,
    placeRefs,
    externalId: pattern ? { prefix: pattern.prefix, width: pattern.width } : null,
    columns: entries,
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const dataStart = align8(HEADER_FIXED + headerBytes.length)
  const out = new Uint8Array(dataStart + offset)
  out.set(new TextEncoder().encode(FORMAT_MAGIC), 0)
  const view = new DataView(out.buffer)
  view.setUint16(4, FORMAT_VERSION, true)
  view.setUint16(6, 0, true)
  view.setUint32(8, n, true)
  view.setUint32(12, headerBytes.length, true)
  out.set(headerBytes, HEADER_FIXED)
  columns.forEach((c, i) => out.set(c.bytes, dataStart + entries[i]!.offset))
  return out
}

/** Reads the fixed part and the JSON header without touching the columns. */
export function readHeader(file: ArrayBuffer | Uint8Array): AvmpHeader {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file)
  if (bytes.length < HEADER_FIXED || new TextDecoder().decode(bytes.subarray(0, 4)) !== FORMAT_MAGIC) {
    throw new AvmpCodecError('Not an AVMP incident file: the first four bytes are not "AVMP".')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint16(4, true)
  if (version > FORMAT_VERSION) throw new AvmpCodecError(`AVMP format version ${version} is newer than this decoder (version ${FORMAT_VERSION}); update the site's scripts.`)
  const headerLength = view.getUint32(12, true)
  if (HEADER_FIXED + headerLength > bytes.length) throw new AvmpCodecError('The AVMP file is truncated: its header runs past the end.')
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER_FIXED, HEADER_FIXED + headerLength))) as AvmpHeader
  if (header.rows !== view.getUint32(8, true)) throw new AvmpCodecError('The AVMP file is corrupt: the row counts in its two headers differ.')
  return header
}

/**
 * Decodes a file written by `encodeIncidents`. Raw columns become zero-copy typed-array views of
 * the buffer (when it is 8-aligned and the platform little-endian, i.e. every browser in use);
 * delta and offset columns are rebuilt in one pass each; coordinates are dequantised into Float64.
 */
export function decodeIncidents(file: ArrayBuffer | Uint8Array): AvmpData {
  let bytes = file instanceof Uint8Array ? file : new Uint8Array(file)
  // Views need 8-aligned offsets from the start of the buffer.
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice()
  const header = readHeader(bytes)
  const n = header.rows
  const dataStart = align8(HEADER_FIXED + new DataView(bytes.buffer, bytes.byteOffset + 12, 4).getUint32(0, true))
  const byName = new Map(header.columns.map((c) => [c.name, c]))

  const view = (name: string): CountColumn => {
    const c = byName.get(name)
    if (!c) throw new AvmpCodecError(`The AVMP file has no "${name}" column.`)
    if (c.type === 'json') throw new AvmpCodecError(`The AVMP column "${name}" is not numeric.`)
    const size = TYPE_BYTES[c.type]
    if (size === undefined) throw new AvmpCodecError(`The AVMP column "${name}" has an unknown type "${String(c.type)}".`)
    const start = dataStart + c.offset
    if (start + c.length * size > bytes.length) throw new AvmpCodecError(`The AVMP file is truncated: column "${name}" runs past the end.`)
    const at = bytes.byteOffset + start
    if (LITTLE_ENDIAN) {
      return c.type === 'u8' ? new Uint8Array(bytes.buffer, at, c.length) : c.type === 'u16' ? new Uint16Array(bytes.buffer, at, c.length) : new Uint32Array(bytes.buffer, at, c.length)
    }
    const dv = new DataView(bytes.buffer, at, c.length * size)
    const out = makeArray(c.type, c.length)
    for (let i = 0; i < c.length; i++) out[i] = size === 1 ? dv.getUint8(i) : size === 2 ? dv.getUint16(i * 2, true) : dv.getUint32(i * 4, true)
    return out
  }
  const json = (name: string): unknown => {
    const c = byName.get(name)!
    const start = dataStart + c.offset
    return JSON.parse(new TextDecoder().decode(bytes.subarray(start, start + c.length)))
  }
  const ints = (name: string, decoded: Map<string, CountColumn>): CountColumn => {
    const c = byName.get(name)
    const stored = view(name)
    if (!c || c.encoding === 'raw') return stored
    const out = makeArray(c.type as ElementType, stored.length)
    if (c.encoding === 'delta') {
      // Assigning to the typed array wraps exactly like the encoder's modular subtraction.
      for (let i = 0; i < stored.length; i++) out[i] = (i === 0 ? 0 : out[i - 1]!) + stored[i]!
      return out
    }
    if (c.encoding.startsWith('offset:')) {
      const base = decoded.get(c.encoding.slice('offset:'.length))
      if (!base) throw new AvmpCodecError(`The AVMP column "${name}" refers to a column that is missing or not yet decoded.`)
      for (let i = 0; i < stored.length; i++) out[i] = (stored[i]! + base[i]!) >>> 0
      return out
    }
    throw new AvmpCodecError(`The AVMP column "${name}" has an unknown encoding "${c.encoding}".`)
  }

  const decoded = new Map<string, CountColumn>()
  const day = ints('day', decoded) as Uint16Array
  const category = (name: CategoryColumn): Uint8Array => view(name) as Uint8Array
  const place = view('place') as Uint16Array | Uint32Array

  const { bbox } = header
  const coords = (name: 'lat' | 'lng', axis: 0 | 1, min: number, max: number): Float64Array => {
    const stored = view(name)
    const out = new Float64Array(n)
    const scale = (max - min) / header.steps
    const refs = header.placeRefs
    for (let i = 0; i < n; i++) out[i] = min + (((stored[i]! + refs[place[i]! * 2 + axis]!) & 0xffff) * scale)
    return out
  }

  const group = <K extends string>(prefix: string, fields: readonly K[]): Record<K, CountColumn> => {
    const out = {} as Record<K, CountColumn>
    for (const f of fields) out[f] = byName.has(`${prefix}.${f}`) ? view(`${prefix}.${f}`) : new Uint8Array(n) // columns added later read as 0
    return out
  }

  let ids: IdColumn
  if (byName.get('id')?.type === 'json') ids = { kind: 'json', values: json('id') as (string | number)[] }
  else {
    const values = ints('id', decoded) as Uint32Array
    decoded.set('id', values)
    ids = { kind: 'number', values }
  }
  let externalIds: ExternalIdColumn
  if (byName.get('externalId')?.type === 'json' || !header.externalId) externalIds = { kind: 'json', values: json('externalId') as (string | null)[] }
  else externalIds = { kind: 'pattern', ...header.externalId, values: ints('externalId', decoded) as Uint32Array }

  return {
    version: header.version,
    length: n,
    vocab: header.vocab,
    bbox,
    day,
    month: monthsOfSortedDays(day),
    lat: coords('lat', 0, bbox.minLat, bbox.maxLat),
    lng: coords('lng', 1, bbox.minLng, bbox.maxLng),
    jurisdiction: category('jurisdiction'),
    context: category('context'),
    subcontext: category('subcontext'),
    weaponType: category('weaponType'),
    possession: category('possession'),
    setting: category('setting'),
    placeType: category('placeType'),
    victims: group('victims', VICTIM_COLUMNS),
    perpetrators: group('perpetrators', PERPETRATOR_COLUMNS),
    seizure: group('seizure', SEIZURE_COLUMNS),
    largeSeizure: view('largeSeizure') as Uint8Array,
    place,
    places: header.places,
    ids,
    externalIds,
  }
}

/** The CMS id of a row. */
export function idOf(data: AvmpData, row: number): string | number {
  return data.ids.kind === 'number' ? data.ids.values[row]! : data.ids.values[row]!
}

/** The external id (permalink key) of a row; strings are built on demand, not for all rows at decode. */
export function externalIdOf(data: AvmpData, row: number): string | null {
  const e = data.externalIds
  return e.kind === 'pattern' ? `${e.prefix}${String(e.values[row]!).padStart(e.width, '0')}` : (e.values[row] ?? null)
}

/** Row of an external id (permalinks), or -1. Builds its lookup on first use. */
export function rowOfExternalId(data: AvmpData, externalId: string): number {
  let index = externalIdIndexes.get(data)
  if (!index) {
    index = new Map()
    for (let i = 0; i < data.length; i++) {
      const e = externalIdOf(data, i)
      if (e !== null) index.set(e, i)
    }
    externalIdIndexes.set(data, index)
  }
  return index.get(externalId) ?? -1
}
const externalIdIndexes = new WeakMap<AvmpData, Map<string, number>>()

/** The code of `value` in one of the file's category columns, or -1 when the file does not know it. */
export function codeOf(data: AvmpData, column: CategoryColumn, value: string): number {
  return data.vocab[column].indexOf(value)
}

/** The value a row holds in a category column (null for NONE). */
export function categoryOf(data: AvmpData, column: CategoryColumn, row: number): string | null {
  const code = data[column][row]!
  return code === NONE ? null : (data.vocab[column][code] ?? null)
}

/** One row as a plain object: for popups, the list and CSV, never for whole-dataset loops. */
export interface AvmpRow {
  id: string | number
  externalId: string | null
  /** `YYYY-MM-DD` (UTC). */
  date: string
  jurisdiction: string
  place: string
  latitude: number
  longitude: number
  setting: string
  placeType: string
  context: string
  subcontext: string | null
  weaponType: string
  possession: string
  victims: Record<VictimColumn, number>
  perpetrators: Record<PerpetratorColumn, number>
  seizure: Record<SeizureColumn, number>
  largeSeizure: boolean
}

const pick = <K extends string>(cols: Readonly<Record<K, CountColumn>>, fields: readonly K[], row: number): Record<K, number> => {
  const out = {} as Record<K, number>
  for (const f of fields) out[f] = cols[f][row]!
  return out
}

/** Materialises one row. */
export function rowAt(data: AvmpData, row: number): AvmpRow {
  return {
    id: idOf(data, row),
    externalId: externalIdOf(data, row),
    date: isoOfDay(data.day[row]!),
    jurisdiction: categoryOf(data, 'jurisdiction', row) ?? '',
    place: data.places[data.place[row]!] ?? '',
    latitude: data.lat[row]!,
    longitude: data.lng[row]!,
    setting: categoryOf(data, 'setting', row) ?? '',
    placeType: categoryOf(data, 'placeType', row) ?? '',
    context: categoryOf(data, 'context', row) ?? '',
    subcontext: categoryOf(data, 'subcontext', row),
    weaponType: categoryOf(data, 'weaponType', row) ?? '',
    possession: categoryOf(data, 'possession', row) ?? '',
    victims: pick(data.victims, VICTIM_COLUMNS, row),
    perpetrators: pick(data.perpetrators, PERPETRATOR_COLUMNS, row),
    seizure: pick(data.seizure, SEIZURE_COLUMNS, row),
    largeSeizure: data.largeSeizure[row] === 1,
  }
}
