/**
 * Dated data releases of the monitor. Every build whose public data differ from the last release
 * publishes a new release: its changelog (records added, changed, removed) and the changed records
 * themselves. The first release holds every record; replaying the releases in order rebuilds any
 * release exactly, so an analysis can cite "AVMP release 2026-11-25" and be reproduced, while the
 * site stores only what changed (a decade of daily builds stays small).
 */
import type { AvmpRecord } from './csv'

export const RELEASE_FORMAT = 'avmp-release'
export const RELEASE_FORMAT_VERSION = 1

/** One entry of the release index (`/avmp/data/releases/index.json`). */
export interface ReleaseEntry {
  /** YYYY-MM-DD, with `.2`, `.3` … for later releases on the same day. */
  id: string
  /** When the build that made it ran (ISO). */
  publishedAt: string
  incidents: number
  added: number
  changed: number
  removed: number
  /** Fingerprint of the whole release (every record), to check a reproduction against. */
  fingerprint: string
}

/** What a release changed, with the records added or changed in full. */
export interface ReleaseChanges {
  format: typeof RELEASE_FORMAT
  version: typeof RELEASE_FORMAT_VERSION
  id: string
  previous: string | null
  added: AvmpRecord[]
  changed: AvmpRecord[]
  removed: string[]
}

/** Record key → record fingerprint: all a build needs to know of the last release to diff against it. */
export type Fingerprints = Record<string, string>

/**
 * A 53-bit string hash (cyrb53) as 14 hex digits: enough to notice a changed record, and the same
 * in Node and browsers. Not for security.
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

/** A record's fingerprint: its values in key order, so key order in the object does not matter. */
export const recordFingerprint = (record: AvmpRecord): string =>
  hash53(JSON.stringify(Object.keys(record).sort().map((k) => [k, record[k]])))

/** The key that identifies a record across releases: the CMS id (external ids can be edited). */
export const recordKey = (record: AvmpRecord): string => String(record.id)

export function fingerprintsOf(records: readonly AvmpRecord[]): Fingerprints {
  const out: Fingerprints = {}
  for (const r of records) out[recordKey(r)] = recordFingerprint(r)
  return out
}

/** The fingerprint of a whole release, independent of record order. */
export function releaseFingerprint(fingerprints: Fingerprints): string {
  return hash53(
    Object.keys(fingerprints)
      .sort()
      .map((k) => `${k}:${fingerprints[k]}`)
      .join('\n'),
  )
}

/** The records added, changed and removed since the release whose fingerprints are `previous`. */
export function diffRelease(previous: Fingerprints, records: readonly AvmpRecord[]): Omit<ReleaseChanges, 'format' | 'version' | 'id' | 'previous'> {
  const added: AvmpRecord[] = []
  const changed: AvmpRecord[] = []
  const seen = new Set<string>()
  for (const r of records) {
    const key = recordKey(r)
    seen.add(key)
    const before = previous[key]
    if (before === undefined) added.push(r)
    else if (before !== recordFingerprint(r)) changed.push(r)
  }
  const removed = Object.keys(previous).filter((k) => !seen.has(k)).sort()
  return { added, changed, removed }
}

/** The id of a release made on `date` (YYYY-MM-DD) after the releases `existing`. */
export function nextReleaseId(existing: readonly string[], date: string): string {
  const sameDay = existing.filter((id) => id === date || id.startsWith(`${date}.`)).length
  return sameDay === 0 ? date : `${date}.${sameDay + 1}`
}

/** Rebuilds the records of the last of `releases` (given in order, from the first) by replaying their changes. */
export function replayReleases(releases: readonly ReleaseChanges[]): AvmpRecord[] {
  const records = new Map<string, AvmpRecord>()
  let previous: string | null = null
  for (const release of releases) {
    if (release.previous !== previous) throw new Error(`release ${release.id} follows ${release.previous ?? 'nothing'}, not ${previous ?? 'nothing'}`)
    for (const key of release.removed) records.delete(key)
    for (const r of [...release.added, ...release.changed]) records.set(recordKey(r), r)
    previous = release.id
  }
  return [...records.values()]
}
