/**
 * One incident as the list shows it: plain values, so the build can render the first page into the
 * HTML and pass the same objects to the island as props. Pure; safe in frontmatter and browser.
 */
import { categoryOf, externalIdOf, isoOfDay, type AvmpData, type AvmpDetails } from '@clearinghouse/shared/avmp'

export interface ListEntry {
  externalId: string
  date: string
  place: string
  jurisdiction: string
  context: string
  weaponType: string
  possession: string
  killed: number
  injured: number
  threatened: number
  suicide: number
  firearmsSeized: number
  /** Null until the details file is loaded. */
  description: string | null
  outlet: string | null
  sourceType: string | null
  url: string | null
}

/** The list entry of row `row`; descriptions and sources only when `details` covers the row. */
export function entryOf(data: AvmpData, row: number, details: AvmpDetails | null): ListEntry {
  const d = details ? row - details.firstRow : -1
  const inside = details !== null && d >= 0 && d < details.length
  return {
    externalId: externalIdOf(data, row) ?? String(row),
    date: isoOfDay(data.day[row]!),
    place: data.places[data.place[row]!] ?? '',
    jurisdiction: categoryOf(data, 'jurisdiction', row) ?? '',
    context: categoryOf(data, 'context', row) ?? '',
    weaponType: categoryOf(data, 'weaponType', row) ?? '',
    possession: categoryOf(data, 'possession', row) ?? '',
    killed: data.victims.killed[row]!,
    injured: data.victims.injured[row]!,
    threatened: data.victims.threatened[row]!,
    suicide: data.victims.suicide[row]!,
    firearmsSeized: data.seizure.firearms[row]!,
    description: inside ? details.description[d]! : null,
    outlet: inside ? details.outlet[d]! : null,
    sourceType: inside ? details.sourceType[d]! : null,
    url: inside ? details.url[d]! : null,
  }
}
