/**
 * The columns of the incident spreadsheet that editors import and export. They are the public data
 * dictionary's columns (same names, same order, same allowed values) minus the two the database
 * derives (`id`, `large_seizure`), plus the staff-only `verified`. So a file downloaded from the
 * public monitor can be imported too: its derived columns are recognised and skipped.
 */
import { DATA_DICTIONARY, type DataField } from '../../avmp/csv'
import { INCIDENT_DEFAULTS, INCIDENT_TEXT_MAX } from '../record'

export type ColumnKind = 'id' | 'date' | 'term' | 'text' | 'coordinate' | 'count' | 'link' | 'boolean'

export interface IncidentColumn {
  /** The header written on export, as in the data dictionary. */
  name: string
  /** Where the value lives in an `IncidentRecord`, e.g. `['victims', 'killed']`. */
  path: readonly [string] | readonly [string, string]
  kind: ColumnKind
  description: string
  /** Allowed values (category columns), with the labels people also write. */
  values?: readonly { value: string; label: string }[]
  /** The column must be in every file and filled in every row. */
  required: boolean
  /** For texts: the longest value accepted. */
  maxLength?: number
  /** Other headers accepted for this column besides the name, its Payload path and its label. */
  aliases: readonly string[]
  /** Value of an empty cell in an optional column. */
  empty?: string | number | boolean | null
}

/** Public columns the database derives: accepted in a file and skipped. */
export const DERIVED_COLUMNS = ['id', 'large_seizure'] as const

const GROUPS = new Set(['victims', 'perpetrators', 'seizure', 'source'])
const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** `victims_killed` → victims.killed; `place_type` → placeType. */
function pathOf(name: string): IncidentColumn['path'] {
  const [head, ...rest] = name.split('_')
  return head && GROUPS.has(head) && rest.length > 0 ? [head, rest.join('_')] : [camel(name)]
}

/** Headers editors write for the columns whose CMS labels differ from their names. */
const ALIASES: Record<string, readonly string[]> = {
  external_id: ['Incident ID', 'AVMP ID'],
  place: ['Municipality / place', 'Municipality', 'Town'],
  latitude: ['Lat'],
  longitude: ['Lng', 'Lon', 'Long'],
  victims_suicide: ['Committed suicide'],
  seizure_firearms: ['Firearms seized', 'Firearms'],
  seizure_ammunition: ['Rounds of ammunition', 'Ammunition'],
  seizure_explosives: ['Explosive devices', 'Explosives'],
  source_outlet: ['Outlet', 'Source'],
  source_url: ['Link', 'Source link', 'URL'],
}

const REQUIRED = new Set(['external_id', 'date', 'jurisdiction', 'place', 'latitude', 'longitude', 'setting', 'context', 'weapon_type', 'description', 'source_outlet'])

const MAX_LENGTH: Record<string, number> = {
  external_id: INCIDENT_TEXT_MAX.externalId,
  place: INCIDENT_TEXT_MAX.place,
  description: INCIDENT_TEXT_MAX.description,
  source_outlet: INCIDENT_TEXT_MAX.outlet,
}

/** Empty cells of optional columns mean the collection's default. */
const EMPTY: Record<string, IncidentColumn['empty']> = {
  subcontext: null,
  place_type: INCIDENT_DEFAULTS.placeType,
  possession: INCIDENT_DEFAULTS.possession,
  source_type: INCIDENT_DEFAULTS.sourceType,
  source_url: null,
  verified: INCIDENT_DEFAULTS.verified,
}

function kindOf(field: DataField): ColumnKind {
  if (field.name === 'external_id') return 'id'
  if (field.name === 'source_url') return 'link'
  if (field.values) return 'term'
  if (field.type === 'integer') return 'count'
  if (field.type === 'number') return 'coordinate'
  if (field.type === 'date') return 'date'
  if (field.type === 'boolean') return 'boolean'
  return 'text'
}

function columnOf(field: DataField): IncidentColumn {
  const kind = kindOf(field)
  return {
    name: field.name,
    path: pathOf(field.name),
    kind,
    description: field.description,
    ...(field.values ? { values: field.values } : {}),
    required: REQUIRED.has(field.name),
    ...(MAX_LENGTH[field.name] ? { maxLength: MAX_LENGTH[field.name] } : {}),
    aliases: ALIASES[field.name] ?? [],
    empty: field.name in EMPTY ? EMPTY[field.name] : kind === 'count' ? INCIDENT_DEFAULTS.count : undefined,
  }
}

const VERIFIED: IncidentColumn = {
  name: 'verified',
  path: ['verified'],
  kind: 'boolean',
  description: 'Staff only: whether the incident is verified. Only verified incidents are published.',
  required: false,
  aliases: ['Published'],
  empty: INCIDENT_DEFAULTS.verified,
}

/** Every column of the incident spreadsheet, in export order. */
export const INCIDENT_COLUMNS: readonly IncidentColumn[] = [
  ...DATA_DICTIONARY.filter((f) => !(DERIVED_COLUMNS as readonly string[]).includes(f.name)).map(columnOf),
  VERIFIED,
]

/** The header row of an exported file. */
export const INCIDENT_HEADER: readonly string[] = INCIDENT_COLUMNS.map((c) => c.name)

/**
 * How headers and category values are compared: case, accents, spaces and punctuation do not
 * count, so `Weapon type`, `weapon_type`, `weaponType` and `WEAPON-TYPE` are one column.
 * @example matchKey('Kosovo*') // 'kosovo'
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Every header a column answers to. */
export function headersOf(column: IncidentColumn): string[] {
  return [column.name, column.path.join('.'), ...column.aliases]
}

/** The label of a category value, for messages. */
export function valueLabel(columnName: string, value: string): string {
  return INCIDENT_COLUMNS.find((c) => c.name === columnName)?.values?.find((v) => v.value === value)?.label ?? value
}
