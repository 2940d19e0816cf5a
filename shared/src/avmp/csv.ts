/**
 * CSV export of incidents and the data dictionary that documents it. The dictionary is the one
 * source of the column order, the header and the documentation page, so they cannot drift apart.
 * Output follows RFC 4180 (CRLF, quotes doubled) and is safe to open in spreadsheets (`csvCell`
 * in ../csv.ts defuses formulas).
 */
import { csvLine } from '../csv'
import { AGE_FIELDS, OUTCOME_FIELDS, SEIZURE_FIELDS, SEX_FIELDS } from '../incidents/breakdown'
import {
  AGE_GROUPS,
  INCIDENT_CONTEXTS,
  INCIDENT_SUBCONTEXTS,
  LARGE_SEIZURE_MIN_FIREARMS,
  PLACE_TYPES,
  POSSESSION,
  SETTINGS,
  SEXES,
  SOURCE_TYPES,
  VICTIM_OUTCOMES,
  WEAPON_TYPES,
} from '../vocab/incidents'
import { JURISDICTIONS, REGION_BBOX } from '../vocab/jurisdictions'
import { labelOf, type Term } from '../vocab/term'
import { quantisationError, rowAt, type AvmpData, type AvmpRow } from './codec'
import type { AvmpDetails } from './details'

// The monitor's islands import the cell writers from here, with the rest of the data layer.
export { csvCell, csvLine } from '../csv'

export interface DataField {
  /** Column name in CSV and JSON. */
  name: string
  type: 'string' | 'integer' | 'number' | 'date' | 'boolean'
  description: string
  /** Allowed values with their labels, for category fields. */
  values?: readonly { value: string; label: string }[]
  /** Comes from the details file (descriptions and sources), not the core data. */
  detail?: boolean
  /** Whether the field may be empty. */
  nullable?: boolean
}

const terms = (list: readonly Term[]): { value: string; label: string }[] => list.map((t) => ({ value: t.value, label: t.label }))
const precision = quantisationError()
const metres = (deg: number, atLat: number, lng: boolean): number => Math.round(deg * 111_320 * (lng ? Math.cos((atLat * Math.PI) / 180) : 1))

const victimFields: DataField[] = [
  ...OUTCOME_FIELDS.map((o): DataField => ({ name: `victims_${o}`, type: 'integer', description: `Victims ${labelOf(VICTIM_OUTCOMES, o).toLowerCase()}.` })),
  ...SEXES.map((s): DataField => ({ name: `victims_${SEX_FIELDS[s.value]}`, type: 'integer', description: `Victims by sex: ${s.label.toLowerCase()}. Victims by sex add up to the victims by outcome, or are all 0 when not broken down.` })),
  ...AGE_GROUPS.map((a): DataField => ({ name: `victims_${AGE_FIELDS[a.value]}`, type: 'integer', description: `Victims by age group: ${a.label.toLowerCase()}. Victims by age add up to the victims by outcome, or are all 0 when not broken down.` })),
]
const perpetratorFields: DataField[] = [
  ...SEXES.map((s): DataField => ({ name: `perpetrators_${SEX_FIELDS[s.value]}`, type: 'integer', description: `Perpetrators by sex: ${s.label.toLowerCase()}.` })),
  ...AGE_GROUPS.map((a): DataField => ({ name: `perpetrators_${AGE_FIELDS[a.value]}`, type: 'integer', description: `Perpetrators by age group: ${a.label.toLowerCase()}. Adds up to the perpetrators by sex when both are given.` })),
]
const seizureDescriptions: Record<(typeof SEIZURE_FIELDS)[number], string> = {
  firearms: 'Firearms seized (weapon seizures only).',
  ammunition: 'Rounds of ammunition seized (weapon seizures only).',
  explosives: 'Explosive devices seized (weapon seizures only).',
}

/** Every exported field in CSV column order: name, type, meaning and allowed values. */
export const DATA_DICTIONARY: readonly DataField[] = [
  { name: 'id', type: 'string', description: 'Identifier of the record in the clearinghouse database.' },
  { name: 'external_id', type: 'string', description: 'Stable public identifier of the incident, used in permalinks.', nullable: true },
  { name: 'date', type: 'date', description: 'Date of the incident (YYYY-MM-DD, UTC).' },
  { name: 'jurisdiction', type: 'string', description: 'Jurisdiction where the incident took place.', values: terms(JURISDICTIONS.filter((j) => j.avmp)) },
  { name: 'place', type: 'string', description: 'Municipality or town. Never an exact address.' },
  {
    name: 'latitude',
    type: 'number',
    description: `Latitude (WGS 84), rounded to a grid of about ${metres(precision.lat * 2, 45, false)} m: within ${metres(precision.lat, 45, false)} m of the recorded point, which itself marks the place, not an address.`,
  },
  {
    name: 'longitude',
    type: 'number',
    description: `Longitude (WGS 84), rounded to a grid of about ${metres(precision.lng * 2, REGION_BBOX.minLat, true)} m or finer: within ${metres(precision.lng, REGION_BBOX.minLat, true)} m of the recorded point.`,
  },
  { name: 'setting', type: 'string', description: 'Urban or rural area.', values: terms(SETTINGS) },
  { name: 'place_type', type: 'string', description: 'Kind of place.', values: terms(PLACE_TYPES) },
  { name: 'context', type: 'string', description: 'Context of the incident.', values: terms(INCIDENT_CONTEXTS) },
  { name: 'subcontext', type: 'string', description: 'Finer detail within the criminal and accidental contexts.', values: terms(INCIDENT_SUBCONTEXTS), nullable: true },
  { name: 'weapon_type', type: 'string', description: 'Type of weapon used or seized.', values: terms(WEAPON_TYPES) },
  { name: 'possession', type: 'string', description: 'Whether the weapon was legally or illegally held.', values: terms(POSSESSION) },
  ...victimFields,
  ...perpetratorFields,
  ...SEIZURE_FIELDS.map((f): DataField => ({ name: `seizure_${f}`, type: 'integer', description: seizureDescriptions[f] })),
  { name: 'large_seizure', type: 'boolean', description: `true for a seizure of ${LARGE_SEIZURE_MIN_FIREARMS} or more firearms.` },
  { name: 'description', type: 'string', description: 'A short neutral account. No names, no exact addresses.', detail: true },
  { name: 'source_type', type: 'string', description: 'Kind of source.', values: terms(SOURCE_TYPES), detail: true },
  { name: 'source_outlet', type: 'string', description: 'Media outlet or institution that reported the incident.', detail: true },
  { name: 'source_url', type: 'string', description: 'Link to the report, where public.', detail: true, nullable: true },
]

function cellsOf(row: AvmpRow): (string | number | boolean | null)[] {
  return [
    row.id,
    row.externalId,
    row.date,
    row.jurisdiction,
    row.place,
    row.latitude.toFixed(5),
    row.longitude.toFixed(5),
    row.setting,
    row.placeType,
    row.context,
    row.subcontext,
    row.weaponType,
    row.possession,
    ...OUTCOME_FIELDS.map((o) => row.victims[o]),
    ...SEXES.map((s) => row.victims[SEX_FIELDS[s.value]]),
    ...AGE_GROUPS.map((a) => row.victims[AGE_FIELDS[a.value]]),
    ...SEXES.map((s) => row.perpetrators[SEX_FIELDS[s.value]]),
    ...AGE_GROUPS.map((a) => row.perpetrators[AGE_FIELDS[a.value]]),
    ...SEIZURE_FIELDS.map((f) => row.seizure[f]),
    row.largeSeizure,
  ]
}

/** The cells of one exported row, in DATA_DICTIONARY order, with the detail columns when given. */
function exportCells(data: AvmpData, r: number, details?: AvmpDetails): ReturnType<typeof cellsOf> {
  const cells = cellsOf(rowAt(data, r))
  if (details) {
    const d = r - details.firstRow
    const inside = d >= 0 && d < details.length
    cells.push(inside ? details.description[d]! : null, inside ? details.sourceType[d]! : null, inside ? details.outlet[d]! : null, inside ? details.url[d]! : null)
  }
  return cells
}

/**
 * CSV of the selected rows, columns in DATA_DICTIONARY order, header first, CRLF line ends.
 * With `details` the description and source columns are included (empty for rows the details do
 * not cover); without, they are left out rather than exported empty.
 */
export function toCsv(data: AvmpData, rows: Uint32Array, details?: AvmpDetails): string {
  const fields = DATA_DICTIONARY.filter((f) => details || !f.detail)
  const lines = [csvLine(fields.map((f) => f.name))]
  for (let k = 0; k < rows.length; k++) {
    const cells = exportCells(data, rows[k]!, details)
    lines.push(csvLine(cells))
  }
  return `${lines.join('\r\n')}\r\n`
}

/** A plain JSON record: DATA_DICTIONARY names as keys, numbers as numbers, empty as null. */
export type AvmpRecord = Record<string, string | number | boolean | null>

/**
 * The same rows and columns as `toCsv`, as plain objects for JSON downloads.
 * @example JSON.stringify(toRecords(data, rows, details))
 */
export function toRecords(data: AvmpData, rows: Uint32Array, details?: AvmpDetails): AvmpRecord[] {
  const fields = DATA_DICTIONARY.filter((f) => details || !f.detail)
  const out: AvmpRecord[] = []
  for (let k = 0; k < rows.length; k++) {
    const cells = exportCells(data, rows[k]!, details)
    const record: AvmpRecord = {}
    fields.forEach((f, i) => {
      const cell = cells[i] ?? null
      record[f.name] = f.type === 'number' && typeof cell === 'string' ? Number(cell) : cell
    })
    out.push(record)
  }
  return out
}
