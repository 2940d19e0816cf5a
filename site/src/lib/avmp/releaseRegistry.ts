/**
 * The registry of the monitor's data releases: a folder kept between builds (AVMP_RELEASES_DIR;
 * a volume in docker-compose). Node-only, and free of Astro imports so that astro.config can
 * commit a release once the build has succeeded:
 *   index.json                 every release (ReleaseEntry[]), oldest first
 *   <id>.changes.json          what each release changed (ReleaseChanges)
 *   latest.fingerprints.json   { id, fingerprints } of the last release, to diff the next build against
 *   .pending-<pid>/            a release the running build publishes; moved in when the build is done
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  diffRelease,
  fingerprintsOf,
  nextReleaseId,
  releaseFingerprint,
  RELEASE_FORMAT,
  RELEASE_FORMAT_VERSION,
  type AvmpRecord,
  type Fingerprints,
  type ReleaseChanges,
  type ReleaseEntry,
} from '@clearinghouse/shared/avmp'

import { changesFile, INDEX, LATEST, PENDING } from './releaseCommit'

export interface ReleasePlan {
  /** Every release, the new one (if the data changed) last. */
  index: ReleaseEntry[]
  /** The release this build makes, or null when the data are those of the last release. */
  made: ReleaseEntry | null
  /** The changes of a release, from the registry or (for the new one) from memory. */
  changesOf: (id: string) => ReleaseChanges
}

const readJson = <T>(file: string): T | null => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null)

/** Compares the build's records with the last release; stages a new release when they differ. */
export function planRelease(dir: string, records: readonly AvmpRecord[], now: Date, options: { stage?: boolean } = {}): ReleasePlan {
  const index = readJson<ReleaseEntry[]>(path.join(dir, INDEX)) ?? []
  const latest = readJson<{ id: string; fingerprints: Fingerprints }>(path.join(dir, LATEST))
  if (index.length > 0 && latest?.id !== index.at(-1)?.id) {
    throw new Error(`The data release registry in ${dir} is inconsistent (${LATEST} is not the last release): restore it from a backup`)
  }
  const previous = latest?.fingerprints ?? {}
  const diff = diffRelease(previous, records)
  const stored = (id: string): ReleaseChanges => {
    const changes = readJson<ReleaseChanges>(path.join(dir, changesFile(id)))
    if (!changes) throw new Error(`The data release ${id} has no ${changesFile(id)} in ${dir}`)
    return changes
  }
  if (index.length > 0 && diff.added.length + diff.changed.length + diff.removed.length === 0) {
    return { index, made: null, changesOf: stored }
  }
  const fingerprints = fingerprintsOf(records)
  const id = nextReleaseId(
    index.map((r) => r.id),
    now.toISOString().slice(0, 10),
  )
  const made: ReleaseEntry = {
    id,
    publishedAt: now.toISOString(),
    incidents: records.length,
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    fingerprint: releaseFingerprint(fingerprints),
  }
  const changes: ReleaseChanges = { format: RELEASE_FORMAT, version: RELEASE_FORMAT_VERSION, id, previous: index.at(-1)?.id ?? null, ...diff }
  const all = [...index, made]
  const result: ReleasePlan = { index: all, made, changesOf: (x) => (x === id ? changes : stored(x)) }
  if (options.stage === false) return result
  // Staged now, moved in by commitRelease() after a successful build: a failed build leaves no release behind.
  const pending = path.join(dir, PENDING)
  fs.rmSync(pending, { recursive: true, force: true })
  fs.mkdirSync(pending, { recursive: true })
  fs.writeFileSync(path.join(pending, changesFile(id)), JSON.stringify(changes))
  fs.writeFileSync(path.join(pending, LATEST), JSON.stringify({ id, fingerprints }))
  fs.writeFileSync(path.join(pending, INDEX), `${JSON.stringify(all, null, 1)}\n`)
  return result
}
