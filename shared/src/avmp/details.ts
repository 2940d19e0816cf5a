/**
 * The text side of the monitor's data: descriptions and sources, kept out of the binary core file
 * because they are most of the bytes and only the list, popups, text search and CSV need them.
 * JSON rows aligned with the core file's rows (same `sortIncidents` order), outlets deduplicated;
 * `encodeDetailsByYear` splits them so a page can fetch only the years it shows.
 *
 *   { "format": "avmp-details", "version": 1, "firstRow": 0, "rows": 2,
 *     "outlets": ["Vesti Juga", …], "sourceTypes": ["media", "official"],
 *     "items": [["A dispute …", 0, 0, "https://…"], …] }   // [description, outlet, sourceType, url or ""]
 */
import type { Incident } from '../payload-types'
import { SOURCE_TYPES } from '../vocab/incidents'
import { AvmpCodecError, sortIncidents, type AvmpSourceIncident } from './codec'
import { dayOf, isoOfDay } from './days'

export type AvmpDetailSource = Pick<AvmpSourceIncident, 'id' | 'date'> & Pick<Incident, 'description' | 'source'>

/** Fields to add to `AVMP_SELECT` when fetching for `encodeDetails`. */
export const AVMP_DETAILS_SELECT = { description: true, source: true } as const satisfies Partial<Record<keyof Incident, true>>

export const DETAILS_VERSION = 1

type DetailItem = [description: string, outlet: number, sourceType: number, url: string]

interface DetailsFile {
  format: 'avmp-details'
  version: number
  firstRow: number
  rows: number
  outlets: string[]
  sourceTypes: string[]
  items: DetailItem[]
}

/** Decoded details for rows `firstRow … firstRow + length - 1` of the core file. */
export interface AvmpDetails {
  readonly firstRow: number
  readonly length: number
  readonly description: readonly string[]
  readonly outlet: readonly string[]
  readonly sourceType: readonly string[]
  readonly url: readonly (string | null)[]
}

function encodeRows(sorted: readonly AvmpDetailSource[], firstRow: number): string {
  const sourceTypes = SOURCE_TYPES.map((t) => t.value as string)
  const outlets: string[] = []
  const outletIndex = new Map<string, number>()
  const items = sorted.map((x): DetailItem => {
    const type = sourceTypes.indexOf(x.source.type)
    if (type < 0) throw new AvmpCodecError(`Incident ${String(x.id)}: unknown source type "${x.source.type}" (known: ${sourceTypes.join(', ')}).`)
    let o = outletIndex.get(x.source.outlet)
    if (o === undefined) {
      o = outlets.length
      outlets.push(x.source.outlet)
      outletIndex.set(x.source.outlet, o)
    }
    return [x.description, o, type, x.source.url ?? '']
  })
  const file: DetailsFile = { format: 'avmp-details', version: DETAILS_VERSION, firstRow, rows: items.length, outlets, sourceTypes, items }
  return JSON.stringify(file)
}

/** Details of all incidents as one JSON text, rows in the core file's order. */
export function encodeDetails(incidents: readonly AvmpDetailSource[]): string {
  return encodeRows(sortIncidents(incidents), 0)
}

/** Details split by calendar year (UTC): one JSON text per year, each knowing its first row. */
export function encodeDetailsByYear(incidents: readonly AvmpDetailSource[]): { year: number; firstRow: number; rows: number; text: string }[] {
  const sorted = sortIncidents(incidents)
  const out: { year: number; firstRow: number; rows: number; text: string }[] = []
  let start = 0
  while (start < sorted.length) {
    const year = Number(isoOfDay(dayOf(sorted[start]!.date)).slice(0, 4))
    let end = start
    while (end < sorted.length && Number(isoOfDay(dayOf(sorted[end]!.date)).slice(0, 4)) === year) end++
    out.push({ year, firstRow: start, rows: end - start, text: encodeRows(sorted.slice(start, end), start) })
    start = end
  }
  return out
}

/** Parses a details text; throws `AvmpCodecError` for other files or newer versions. */
export function decodeDetails(text: string): AvmpDetails {
  const file = JSON.parse(text) as Partial<DetailsFile>
  if (file.format !== 'avmp-details' || !Array.isArray(file.items) || !Array.isArray(file.outlets) || !Array.isArray(file.sourceTypes)) {
    throw new AvmpCodecError('Not an AVMP details file.')
  }
  if ((file.version ?? 0) > DETAILS_VERSION) throw new AvmpCodecError(`AVMP details version ${String(file.version)} is newer than this decoder (version ${DETAILS_VERSION}).`)
  const { items, outlets, sourceTypes } = file
  return {
    firstRow: file.firstRow ?? 0,
    length: items.length,
    description: items.map((i) => i[0]),
    outlet: items.map((i) => outlets[i[1]] ?? ''),
    sourceType: items.map((i) => sourceTypes[i[2]] ?? ''),
    url: items.map((i) => i[3] || null),
  }
}

/** Joins decoded chunks (e.g. several years) into one, in row order; they must be contiguous. */
export function mergeDetails(chunks: readonly AvmpDetails[]): AvmpDetails {
  const sorted = [...chunks].sort((a, b) => a.firstRow - b.firstRow)
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.firstRow !== sorted[i - 1]!.firstRow + sorted[i - 1]!.length) throw new AvmpCodecError('AVMP details chunks are not contiguous.')
  }
  return {
    firstRow: sorted[0]?.firstRow ?? 0,
    length: sorted.reduce((s, c) => s + c.length, 0),
    description: sorted.flatMap((c) => c.description),
    outlet: sorted.flatMap((c) => c.outlet),
    sourceType: sorted.flatMap((c) => c.sourceType),
    url: sorted.flatMap((c) => c.url),
  }
}
