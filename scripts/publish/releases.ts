/**
 * Releases of the static site on disk: `<dir>/releases/<name>/` holds one complete build and
 * `<dir>/current` is a relative symlink to the live one. Switching is atomic — a new symlink is
 * made beside the old one and renamed over it (rename(2) replaces it in one step) — so a reader
 * always gets a whole release, the old or the new, never a half-written one.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const RELEASES = 'releases'
export const CURRENT = 'current'
/** Builds in progress: never listed as releases, removed when a build fails. */
const BUILDING_PREFIX = '.building-'

/** A sortable, filesystem-safe name for a release made now, e.g. 20261125T101502123Z. */
export function releaseName(now = new Date()): string {
  return now.toISOString().replace(/[-:.]/g, '')
}

/** Absolute path of the live release, or undefined before the first successful build. */
export function currentRelease(dir: string): string | undefined {
  try {
    return fs.realpathSync(path.join(dir, CURRENT))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** A fresh folder to build into (inside `releases/`, so the final rename stays on one filesystem). */
export function buildingDir(dir: string, name: string): string {
  const target = path.join(dir, RELEASES, `${BUILDING_PREFIX}${name}`)
  fs.rmSync(target, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(target), { recursive: true })
  return target
}

/** Makes a finished build the live release: rename into place, then swap the `current` symlink. */
export function publishRelease(dir: string, built: string, name: string): string {
  const release = path.join(dir, RELEASES, name)
  fs.renameSync(built, release)
  const temp = path.join(dir, `.${CURRENT}-${randomBytes(4).toString('hex')}`)
  // Relative, so the link also resolves where the folder is mounted elsewhere (nginx's container).
  fs.symlinkSync(path.join(RELEASES, name), temp)
  fs.renameSync(temp, path.join(dir, CURRENT))
  return release
}

/** Names of the finished releases, oldest first. */
export function listReleases(dir: string): string[] {
  const root = path.join(dir, RELEASES)
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
}

/** Deletes all but the newest `keep` releases besides the live one, and leftovers of interrupted builds. */
export function pruneReleases(dir: string, keep: number): string[] {
  const live = currentRelease(dir)
  const root = path.join(dir, RELEASES)
  const removed: string[] = []
  const old = listReleases(dir).filter((name) => path.join(root, name) !== live)
  for (const name of old.slice(0, Math.max(0, old.length - keep))) {
    fs.rmSync(path.join(root, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

/** Removes a failed build's folder. */
export function discardBuild(built: string): void {
  fs.rmSync(built, { recursive: true, force: true })
}

/** Leftovers of builds interrupted by a crash or a restart. */
export function removeInterruptedBuilds(dir: string): void {
  const root = path.join(dir, RELEASES)
  if (!fs.existsSync(root)) return
  for (const entry of fs.readdirSync(root)) if (entry.startsWith(BUILDING_PREFIX)) fs.rmSync(path.join(root, entry), { recursive: true, force: true })
}
