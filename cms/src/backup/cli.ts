/**
 * npm run backup  [-- --out DIR]
 * npm run restore -- <backup-folder> [--force] [--database URI] [--media-dir DIR]
 * Backs up or restores the database named by DATABASE_URI (SQLite or MongoDB) and MEDIA_DIR.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { env } from '../env'
import { backup, restore } from './index'

const HELP = `Usage:
  npm run backup [-- --out DIR]
  npm run restore -- <backup-folder> [--force] [--database URI] [--media-dir DIR]

backup   Copies the database (DATABASE_URI) and the uploaded files (MEDIA_DIR) into a new folder
         <out>/<time>-<sqlite|mongodb>/ with a manifest.json: time, database kind, rows per table,
         a content hash, and the SHA-256 of every file. The CMS may keep running.
           SQLite:  VACUUM INTO (one consistent snapshot), then PRAGMA integrity_check.
           MongoDB: one canonical EJSON file per collection, plus its indexes.
         --out DIR   where backups go (default BACKUP_DIR, ${env.BACKUP_DIR})

restore  Checks every file against the manifest, rebuilds the database under a temporary name,
         runs PRAGMA integrity_check and compares row counts and the content hash with the
         manifest; only then swaps the database and the media folder in. Stop the CMS first.
         Prints the time it took (the recovery time objective this backup gives).
           --force         replace an existing database and media folder (moved aside as
                           *.before-restore-<time>, never deleted)
           --database URI  restore into this database instead of DATABASE_URI (MongoDB: it must
                           be a new, empty database; point DATABASE_URI at it afterwards)
           --media-dir DIR restore the files here instead of MEDIA_DIR`

/** `npm run -w cms` runs in cms/: paths typed on the command line are relative to where npm was started. */
const fromCaller = (p: string): string => path.resolve(env.INIT_CWD ?? process.cwd(), p)

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2)
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      database: { type: 'string' },
      'media-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const log = (line: string) => console.log(line)
  if (values.help || command === '--help' || command === '-h' || !command) {
    console.log(HELP)
    return
  }
  if (command === 'backup') {
    await backup({
      databaseUri: env.DATABASE_URI,
      mediaDir: env.MEDIA_DIR,
      backupDir: values.out ? fromCaller(values.out) : env.BACKUP_DIR,
      log,
    })
    return
  }
  if (command === 'restore') {
    const from = positionals[0]
    if (!from) throw new Error(`restore needs the backup folder.\n\n${HELP}`)
    const database = values.database
    await restore({
      from: fromCaller(from),
      databaseUri: database
        ? database.startsWith('file:')
          ? `file:${fromCaller(database.slice('file:'.length))}`
          : database
        : env.DATABASE_URI,
      mediaDir: values['media-dir'] ? fromCaller(values['media-dir']) : env.MEDIA_DIR,
      force: values.force,
      log,
    })
    return
  }
  throw new Error(`Unknown command "${command}".\n\n${HELP}`)
}

main().catch((err: unknown) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
