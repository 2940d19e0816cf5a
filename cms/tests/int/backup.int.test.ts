import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CMS_DIR, ROOT } from '../../../scripts/lib/cmsBuild'
import { integrityProblems, readManifest, restore, sqliteStats, type Manifest } from '../../src/backup'
import { listFiles, sha256File } from '../../src/backup/files'
import { createImage, createPdf, validData } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testPayload'

/**
 * The restore drill: back up a CMS (through the CLI, in its own process) while this process keeps
 * writing incidents, restore into a fresh folder, and compare. This is the procedure SECURITY.md
 * describes; its timings are printed.
 */
let cms: TestCms
let payload: Payload
let backupDir: string
let manifest: Manifest
let writesDuringBackup = 0
let incidentsBefore = 0
let incidentsAfter = 0
let backupOutput = ''
let backupMs = 0

const BIN = path.join(ROOT, 'node_modules', '.bin')

/** Runs `npm run backup|restore` the way an operator would (tsx, own process), capturing output. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('tsx', ['src/backup/cli.ts', ...args], {
      cwd: CMS_DIR,
      env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, out }))
  })
}

beforeAll(async () => {
  cms = await startTestCms('backup')
  payload = cms.payload
  await createImage(payload)
  await createPdf(payload)
  await payload.create({ collection: 'news', data: (await validData(payload, 'news')) as never })
  for (let i = 0; i < 100; i++)
    await payload.create({ collection: 'incidents', data: (await validData(payload, 'incidents')) as never })
  incidentsBefore = (await payload.count({ collection: 'incidents' })).totalDocs

  // The write load: incidents created through the Local API, in this process, for as long as the
  // backup runs in its own. Paced and capped: libSQL keeps each finished transaction's connection
  // (two file descriptors) open until a full garbage collection, so an unbounded loop runs into
  // the open-files limit.
  let writing = true
  let backupRunning = false
  const writer = (async () => {
    for (let i = 0; writing && i < 1000; i++) {
      await payload.create({ collection: 'incidents', data: (await validData(payload, 'incidents')) as never })
      if (backupRunning) writesDuringBackup++
      await new Promise((r) => setTimeout(r, 20))
    }
  })()
  const started = performance.now()
  backupRunning = true
  const run = await cli(['backup', '--out', path.join(cms.dir, 'backups')], {
    DATABASE_URI: process.env.DATABASE_URI ?? '',
    MEDIA_DIR: process.env.MEDIA_DIR ?? '',
  })
  backupRunning = false
  backupMs = performance.now() - started
  writing = false
  await writer
  backupOutput = run.out
  if (run.code !== 0) throw new Error(`npm run backup failed:\n${run.out}`)
  incidentsAfter = (await payload.count({ collection: 'incidents' })).totalDocs
  const [folder] = fs.readdirSync(path.join(cms.dir, 'backups'))
  backupDir = path.join(cms.dir, 'backups', folder ?? '')
  manifest = readManifest(backupDir)
}, 180_000)

afterAll(async () => {
  await cms?.close()
})

describe('backup under write load', () => {
  it('ran while incidents were being written, and shows its progress', () => {
    expect(writesDuringBackup).toBeGreaterThan(0)
    expect(backupOutput).toMatch(/VACUUM INTO snapshot/)
    expect(backupOutput).toMatch(/integrity_check: ok/)
    expect(backupOutput).toContain(`${manifest.media.length}/${manifest.media.length} files`)
    expect(backupOutput).toMatch(/✓ Backup .* in \d+\.\d+ s/)
  })

  it('is one moment taken in the middle of the writes', async () => {
    expect(path.basename(backupDir)).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-sqlite$/)
    expect(manifest.kind).toBe('sqlite')
    // Writes landed both before and after the snapshot: it was taken under load.
    expect(manifest.counts.incidents).toBeGreaterThan(incidentsBefore)
    expect(manifest.counts.incidents).toBeLessThan(incidentsAfter)
    expect(manifest.counts.media).toBe(2)
    // The manifest describes the file it sits beside.
    expect(await sqliteStats(path.join(backupDir, 'db.sqlite'))).toEqual({
      counts: manifest.counts,
      contentHash: manifest.contentHash,
    })
  })

  it('lists every file with its SHA-256: the database and each upload (with its image sizes)', async () => {
    expect(manifest.database.map((f) => f.path)).toEqual(['db.sqlite'])
    expect(manifest.media.map((f) => f.path)).toEqual(listFiles(path.join(cms.dir, 'media')).map((f) => `media/${f}`))
    expect(manifest.media.length).toBeGreaterThanOrEqual(2)
    for (const f of [...manifest.database, ...manifest.media])
      expect(await sha256File(path.join(backupDir, f.path))).toBe(f.sha256)
  })
})

describe('restore drill into a fresh instance', () => {
  let fresh: string
  let restoreOutput = ''
  let restoreMs = 0

  beforeAll(async () => {
    fresh = fs.mkdtempSync(path.join(cms.dir, 'fresh-'))
    const started = performance.now()
    const run = await cli(
      [
        'restore',
        backupDir,
        '--database',
        `file:${path.join(fresh, 'db.sqlite')}`,
        '--media-dir',
        path.join(fresh, 'media'),
      ],
      {
        DATABASE_URI: process.env.DATABASE_URI ?? '',
        MEDIA_DIR: process.env.MEDIA_DIR ?? '',
      },
    )
    restoreMs = performance.now() - started
    restoreOutput = run.out
    if (run.code !== 0) throw new Error(`npm run restore failed:\n${run.out}`)
  }, 120_000)

  it('restores equal row counts and an equal content hash, integrity-checked, and prints the RTO', async () => {
    const restored = path.join(fresh, 'db.sqlite')
    expect(await integrityProblems(restored)).toEqual([])
    const stats = await sqliteStats(restored)
    expect(stats.counts).toEqual(manifest.counts)
    expect(stats.contentHash).toBe(manifest.contentHash)
    expect(restoreOutput).toMatch(/all hashes match/)
    const rto = /✓ Restored .* in (\d+\.\d+) s \(RTO\)/.exec(restoreOutput)
    expect(rto).not.toBeNull()
    const dbBytes = fs.statSync(path.join(backupDir, 'db.sqlite')).size
    console.log(
      `[restore drill] ${manifest.counts.incidents} incidents (${writesDuringBackup} written during the backup), db ${(dbBytes / 1024 / 1024).toFixed(2)} MiB, ` +
        `${manifest.media.length} media files; backup ${(backupMs / 1000).toFixed(2)} s wall (${(manifest.durationMs / 1000).toFixed(2)} s inside); ` +
        `restore ${(restoreMs / 1000).toFixed(2)} s wall, RTO ${rto?.[1]} s`,
    )
  })

  it('restores every upload byte for byte', async () => {
    const files = listFiles(path.join(fresh, 'media'))
    expect(files.map((f) => `media/${f}`)).toEqual(manifest.media.map((m) => m.path))
    for (const m of manifest.media) expect(await sha256File(path.join(fresh, m.path))).toBe(m.sha256)
  })

  it('leaves no temporary files behind', () => {
    expect(fs.readdirSync(fresh).filter((f) => f.includes('.restoring-'))).toEqual([])
  })

  it('refuses to replace an existing database without --force', async () => {
    const before = await sqliteStats(path.join(fresh, 'db.sqlite'))
    await expect(
      restore({
        from: backupDir,
        databaseUri: `file:${path.join(fresh, 'db.sqlite')}`,
        mediaDir: path.join(fresh, 'other-media'),
      }),
    ).rejects.toThrow(/already exists: stop the CMS and pass --force/)
    expect(await sqliteStats(path.join(fresh, 'db.sqlite'))).toEqual(before)
  })

  it('with --force, swaps the backup in and keeps the replaced database and media aside', async () => {
    const result = await restore({
      from: backupDir,
      databaseUri: `file:${path.join(fresh, 'db.sqlite')}`,
      mediaDir: path.join(fresh, 'media'),
      force: true,
    })
    expect(result.contentHash).toBe(manifest.contentHash)
    expect(result.setAside.map((p) => path.basename(p))).toEqual([
      expect.stringMatching(/^db\.sqlite\.before-restore-/),
      expect.stringMatching(/^media\.before-restore-/),
    ])
    for (const p of result.setAside) expect(fs.existsSync(p)).toBe(true)
  })
})

describe('a damaged backup', () => {
  it.each([
    ['an upload', (m: Manifest) => m.media[0]?.path ?? ''],
    ['the database', () => 'db.sqlite'],
  ])('with one changed byte in %s is refused before anything is written', async (_what, pick) => {
    const copy = fs.mkdtempSync(path.join(cms.dir, 'damaged-'))
    fs.cpSync(backupDir, copy, { recursive: true })
    const victim = path.join(copy, pick(manifest))
    const bytes = fs.readFileSync(victim)
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff
    fs.writeFileSync(victim, bytes)
    const target = fs.mkdtempSync(path.join(cms.dir, 'target-'))
    await expect(
      restore({
        from: copy,
        databaseUri: `file:${path.join(target, 'db.sqlite')}`,
        mediaDir: path.join(target, 'media'),
      }),
    ).rejects.toThrow(new RegExp(`do not match their SHA-256[\\s\\S]*${pick(manifest).replace(/\./g, '\\.')}`))
    expect(fs.readdirSync(target)).toEqual([])
  })

  it('without a manifest (an unfinished backup) is refused', async () => {
    const empty = fs.mkdtempSync(path.join(cms.dir, 'unfinished-'))
    await expect(
      restore({
        from: empty,
        databaseUri: `file:${path.join(empty, 'db.sqlite')}`,
        mediaDir: path.join(empty, 'media'),
      }),
    ).rejects.toThrow(/not a finished backup/)
  })
})

describe('the CLI', () => {
  it('explains itself with --help', async () => {
    const { code, out } = await cli(['--help'], {})
    expect(code).toBe(0)
    expect(out).toMatch(/npm run backup/)
    expect(out).toMatch(/npm run restore -- <backup-folder>/)
  })
})
