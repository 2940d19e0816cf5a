import fs from 'node:fs'
import path from 'node:path'

import { copyTree, describeFile, formatBytes, mismatchedFiles, treeBytes } from './files'
import { MANIFEST_FORMAT, readManifest, redactUri, writeManifest, type Manifest } from './manifest'
import { dropMongoDatabase, dumpMongo, loadMongo, mongoStats } from './mongo'
import {
  integrityProblems,
  snapshotSqlite,
  sqlitePath,
  sqliteSidecars,
  sqliteStats,
  type DatabaseStats,
} from './sqlite'

export { readManifest, type Manifest } from './manifest'
export { sqliteStats, integrityProblems } from './sqlite'

/** Where progress lines go (the CLI prints them; tests collect or drop them). */
export type Log = (line: string) => void

export type DatabaseKind = Manifest['kind']

/** SQLite for `file:` URIs, MongoDB for `mongodb://` and `mongodb+srv://`. */
export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(`Cannot back up ${redactUri(uri)}: only file: (SQLite) and mongodb:// URIs are supported.`)
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** `2026-11-25T15-40-02-123Z`: an ISO time that is a valid file name everywhere and sorts by time. */
const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-')

export interface BackupOptions {
  databaseUri: string
  mediaDir: string
  /** The folder that holds backups; each backup is a new sub-folder. */
  backupDir: string
  log?: Log
}

export interface BackupResult {
  dir: string
  manifest: Manifest
}

/**
 * Backs up the database and the uploaded files into a new folder `<backupDir>/<time>-<kind>/`:
 *   manifest.json    what is inside: time, kind, counts, content hash, every file's SHA-256
 *   db.sqlite        SQLite: a VACUUM INTO snapshot (integrity-checked)
 *   db/*.ejson       MongoDB: one canonical EJSON dump per collection (+ *.indexes.json)
 *   media/…          a copy of MEDIA_DIR
 * The folder is built as `….partial` and renamed once the manifest is written, so a backup
 * that did not finish never looks like one that did.
 */
export async function backup({
  databaseUri,
  mediaDir,
  backupDir,
  log = () => {},
}: BackupOptions): Promise<BackupResult> {
  const started = performance.now()
  const kind = databaseKind(databaseUri)
  const createdAt = new Date()
  const dir = path.join(backupDir, `${stamp(createdAt)}-${kind}`)
  const work = `${dir}.partial`
  fs.mkdirSync(work, { recursive: true })
  try {
    // The database first, then the files: Payload writes an upload's file before its row, so
    // every media row in the snapshot has its file on disk when the copy starts.
    let stats: DatabaseStats
    let database: Manifest['database']
    if (kind === 'sqlite') {
      const source = sqlitePath(databaseUri)
      log(`› Database: VACUUM INTO snapshot of ${source}`)
      const t = performance.now()
      await snapshotSqlite(source, path.join(work, 'db.sqlite'))
      log(`  ${formatBytes(fs.statSync(path.join(work, 'db.sqlite')).size)} in ${seconds(performance.now() - t)}`)
      const problems = await integrityProblems(path.join(work, 'db.sqlite'))
      if (problems.length > 0)
        throw new Error(`The snapshot failed PRAGMA integrity_check:\n  ${problems.join('\n  ')}`)
      log('  integrity_check: ok')
      stats = await sqliteStats(path.join(work, 'db.sqlite'))
      database = [await describeFile(work, 'db.sqlite')]
    } else {
      log(`› Database: dumping ${redactUri(databaseUri)}`)
      const dump = await dumpMongo(databaseUri, work, log)
      stats = dump
      database = dump.files
    }
    log(
      `  ${Object.keys(stats.counts).length} tables, ${Object.values(stats.counts).reduce((a, b) => a + b, 0)} rows, content ${stats.contentHash.slice(0, 12)}…`,
    )

    log(`› Media: copying ${mediaDir}`)
    let reported = 0
    const media = await copyTree(mediaDir, path.join(work, 'media'), 'media/', (done, total) => {
      // A line every 10 % (and the last), not one per file.
      if (done === total || done - reported >= Math.max(1, Math.ceil(total / 10))) {
        reported = done
        log(`  ${done}/${total} files`)
      }
    })
    if (media.length === 0) log('  (no uploaded files)')

    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      version: 1,
      createdAt: createdAt.toISOString(),
      kind,
      source: redactUri(databaseUri),
      counts: stats.counts,
      contentHash: stats.contentHash,
      database,
      media,
      durationMs: Math.round(performance.now() - started),
    }
    writeManifest(work, manifest)
    fs.renameSync(work, dir)
    log(`✓ Backup ${dir} (${formatBytes(treeBytes(dir))}) in ${seconds(manifest.durationMs)}`)
    return { dir, manifest }
  } catch (err) {
    fs.rmSync(work, { recursive: true, force: true })
    throw err
  }
}

export interface RestoreOptions {
  /** A backup folder (the one holding manifest.json). */
  from: string
  /** The instance to restore into. */
  databaseUri: string
  mediaDir: string
  /** Replace an existing database and media folder (they are kept aside, never deleted). */
  force?: boolean
  log?: Log
}

export interface RestoreResult extends DatabaseStats {
  /** Wall time of the whole restore: the recovery time this backup gives. */
  durationMs: number
  /** Where the replaced database and media folder were moved, if any. */
  setAside: string[]
}

function differences(expected: DatabaseStats, actual: DatabaseStats): string[] {
  const names = [...new Set([...Object.keys(expected.counts), ...Object.keys(actual.counts)])].sort()
  const diffs = names
    .filter((n) => expected.counts[n] !== actual.counts[n])
    .map((n) => `${n}: ${expected.counts[n] ?? 'absent'} in the backup, ${actual.counts[n] ?? 'absent'} restored`)
  if (diffs.length === 0 && expected.contentHash !== actual.contentHash)
    diffs.push('same row counts but different content (content hash)')
  return diffs
}

/** Moves `target` aside as `<target>.before-restore-<time>` and returns the new name. */
function setAside(target: string, when: string): string {
  const aside = `${target}.before-restore-${when}`
  fs.renameSync(target, aside)
  return aside
}

/**
 * Restores a backup into an instance. Nothing is touched until everything checked out: every
 * file's SHA-256 against the manifest, then (SQLite) a copy under a temporary name passes
 * `PRAGMA integrity_check` and has the manifest's row counts and content hash; the media are
 * staged beside MEDIA_DIR. Only then are the database and the media folder swapped in by renames.
 * The CMS must be stopped meanwhile (it would keep the replaced file open).
 */
export async function restore({
  from,
  databaseUri,
  mediaDir,
  force = false,
  log = () => {},
}: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now()
  const manifest = readManifest(from)
  const kind = databaseKind(databaseUri)
  if (manifest.kind !== kind)
    throw new Error(`This is a ${manifest.kind} backup; ${redactUri(databaseUri)} is ${kind}.`)
  const when = stamp(new Date())
  const staged: string[] = []
  const cleanUp = () => staged.forEach((p) => fs.rmSync(p, { recursive: true, force: true }))

  try {
    log(
      `› Checking ${manifest.database.length + manifest.media.length} files against ${path.join(from, 'manifest.json')}`,
    )
    const bad = await mismatchedFiles(from, [...manifest.database, ...manifest.media])
    if (bad.length > 0)
      throw new Error(
        `The backup is damaged: these files do not match their SHA-256 in the manifest:\n  ${bad.join('\n  ')}`,
      )
    log('  all hashes match')

    const mediaExists = fs.existsSync(mediaDir) && fs.readdirSync(mediaDir).length > 0
    if (mediaExists && !force)
      throw new Error(
        `${mediaDir} already has files: stop the CMS and pass --force to replace them (they are kept aside).`,
      )

    let swapDatabase = (): string[] => []
    let stats: DatabaseStats
    if (kind === 'sqlite') {
      const target = sqlitePath(databaseUri)
      if (fs.existsSync(target) && !force)
        throw new Error(`${target} already exists: stop the CMS and pass --force to replace it (it is kept aside).`)
      const temp = `${target}.restoring-${process.pid}`
      fs.mkdirSync(path.dirname(target), { recursive: true })
      staged.push(temp, ...sqliteSidecars(temp))
      log(`› Database: copying into ${temp}`)
      fs.copyFileSync(path.join(from, 'db.sqlite'), temp)
      const problems = await integrityProblems(temp)
      if (problems.length > 0)
        throw new Error(`The restored database failed PRAGMA integrity_check:\n  ${problems.join('\n  ')}`)
      log('  integrity_check: ok')
      stats = await sqliteStats(temp)
      swapDatabase = () => {
        const aside: string[] = []
        if (fs.existsSync(target)) aside.push(setAside(target, when))
        // An old -wal beside the new file would be replayed into it: move the old ones away too.
        for (const sidecar of sqliteSidecars(target)) if (fs.existsSync(sidecar)) aside.push(setAside(sidecar, when))
        fs.renameSync(temp, target)
        return aside
      }
    } else {
      log(`› Database: loading into ${redactUri(databaseUri)}`)
      await loadMongo(databaseUri, from, manifest.database, log)
      stats = await mongoStats(databaseUri)
    }
    const diffs = differences(manifest, stats)
    if (diffs.length > 0 && kind === 'mongodb') await dropMongoDatabase(databaseUri)
    if (diffs.length > 0) throw new Error(`The restored database differs from the backup:\n  ${diffs.join('\n  ')}`)
    log(
      `  ${Object.values(stats.counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(stats.counts).length} tables, content hash matches`,
    )

    const mediaTemp = `${mediaDir}.restoring-${process.pid}`
    staged.push(mediaTemp)
    log(`› Media: staging ${manifest.media.length} files in ${mediaTemp}`)
    await copyTree(path.join(from, 'media'), mediaTemp, 'media/', () => {})
    const badMedia = await mismatchedFiles(
      mediaTemp,
      manifest.media.map((m) => ({ ...m, path: m.path.slice('media/'.length) })),
    )
    if (badMedia.length > 0) throw new Error(`Copying the media failed for:\n  ${badMedia.join('\n  ')}`)

    // Everything is verified: swap in. Renames on one file system; nothing is deleted.
    const aside = swapDatabase()
    if (fs.existsSync(mediaDir)) aside.push(setAside(mediaDir, when))
    fs.renameSync(mediaTemp, mediaDir)
    const durationMs = Math.round(performance.now() - started)
    for (const a of aside) log(`  kept the replaced ${a}`)
    log(`✓ Restored ${from} in ${seconds(durationMs)} (RTO)`)
    return { ...stats, durationMs, setAside: aside }
  } catch (err) {
    cleanUp()
    throw err
  }
}
