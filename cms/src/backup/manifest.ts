import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 'clearinghouse-backup'

const fileEntry = z.object({
  path: z.string().min(1),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

/**
 * What a backup folder holds, written last (a folder without a manifest is an unfinished backup)
 * and checked first by a restore. Validated with zod when read: a manifest is input from disk.
 */
export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  /** ISO time at which the database snapshot was taken. */
  createdAt: z.iso.datetime(),
  kind: z.enum(['sqlite', 'mongodb']),
  /** The source database without credentials, for people reading the manifest. */
  source: z.string(),
  /** Rows per table (SQLite) or documents per collection (MongoDB), in the snapshot. */
  counts: z.record(z.string(), z.number().int().min(0)),
  /** SHA-256 over every table's rows in a canonical order: equal content ⇔ equal hash. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The database files of the backup (db.sqlite, or one dump file per collection). */
  database: z.array(fileEntry),
  /** Uploaded files, under media/ in the backup. */
  media: z.array(fileEntry),
  /** How long the backup took, for the backup policy's figures. */
  durationMs: z.number().min(0),
})

export type Manifest = z.output<typeof manifestSchema>

export function writeManifest(dir: string, manifest: Manifest): void {
  const file = path.join(dir, MANIFEST_FILE)
  // Written to a temporary name and renamed, so a crash never leaves a truncated manifest.
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`)
  fs.renameSync(`${file}.tmp`, file)
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE)
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a finished backup: it has no ${MANIFEST_FILE}.`)
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success)
    throw new Error(
      `${file} is not a valid backup manifest:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    )
  return parsed.data
}

/** The database URI as it may be shown: without user name and password. */
export function redactUri(uri: string): string {
  return uri.replace(/^(mongodb(?:\+srv)?:\/\/)[^@/]*@/, '$1***@')
}
