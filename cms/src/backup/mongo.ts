import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import {
  BSON,
  MongoClient,
  type ClientSession,
  type Db,
  type Document,
  type IndexDescription,
  type IndexDescriptionInfo,
} from 'mongodb'

import type { FileEntry } from './files'
import { describeFile } from './files'
import type { DatabaseStats } from './sqlite'

/**
 * MongoDB backups: one file per collection of canonical Extended JSON, one document a line,
 * in `_id` order, plus its index definitions. Canonical EJSON keeps every BSON type (ObjectId,
 * dates, decimals) exactly, and a line-per-document file can be streamed both ways.
 * Not runnable on the development machines (no MongoDB server there); type-checked, and the same
 * manifest and verification as SQLite.
 */

const EJSON_OPTIONS = { relaxed: false } as const
const INSERT_BATCH = 1000

/** Collections to back up: everything but MongoDB's own `system.*`, by name. */
async function userCollections(db: Db): Promise<string[]> {
  const list = await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray()
  return list
    .map((c) => c.name)
    .filter((name) => !name.startsWith('system.'))
    .sort()
}

/**
 * A snapshot session when the server is a replica set (reads of every collection then see one
 * moment); a standalone server has no snapshots, so collections are read one after another.
 */
async function snapshotSession(client: MongoClient): Promise<ClientSession | undefined> {
  const hello = await client.db('admin').command({ hello: 1 })
  return typeof hello.setName === 'string' ? client.startSession({ snapshot: true }) : undefined
}

const lineOf = (doc: Document): string => BSON.EJSON.stringify(doc, EJSON_OPTIONS)

/** Documents per collection and a SHA-256 over every document, collections by name, `_id` order. */
export async function mongoStats(uri: string): Promise<DatabaseStats> {
  const client = await MongoClient.connect(uri)
  try {
    const db = client.db()
    const session = await snapshotSession(client)
    const hash = createHash('sha256')
    const counts: Record<string, number> = {}
    for (const name of await userCollections(db)) {
      hash.update(`collection ${name}\n`)
      let count = 0
      for await (const doc of db.collection(name).find({}, { sort: { _id: 1 }, ...(session ? { session } : {}) })) {
        hash.update(`${lineOf(doc)}\n`)
        count++
      }
      counts[name] = count
    }
    await session?.endSession()
    return { counts, contentHash: hash.digest('hex') }
  } finally {
    await client.close()
  }
}

export interface MongoDump extends DatabaseStats {
  files: FileEntry[]
}

/** Dumps every collection of the URI's database into `<root>/db/`. */
export async function dumpMongo(uri: string, root: string, log: (line: string) => void): Promise<MongoDump> {
  const client = await MongoClient.connect(uri)
  try {
    const db = client.db()
    const session = await snapshotSession(client)
    if (!session) log('  (standalone server: collections are read one after another, not as one snapshot)')
    fs.mkdirSync(path.join(root, 'db'), { recursive: true })
    const hash = createHash('sha256')
    const counts: Record<string, number> = {}
    const files: FileEntry[] = []
    for (const name of await userCollections(db)) {
      const rel = `db/${name}.ejson`
      const out = fs.createWriteStream(path.join(root, rel))
      hash.update(`collection ${name}\n`)
      let count = 0
      for await (const doc of db.collection(name).find({}, { sort: { _id: 1 }, ...(session ? { session } : {}) })) {
        const line = `${lineOf(doc)}\n`
        hash.update(line)
        if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
        count++
      }
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
      counts[name] = count
      files.push(await describeFile(root, rel))
      const indexes = await db.collection(name).indexes()
      const indexRel = `db/${name}.indexes.json`
      fs.writeFileSync(path.join(root, indexRel), BSON.EJSON.stringify(indexes, EJSON_OPTIONS))
      files.push(await describeFile(root, indexRel))
      log(`  ${name}: ${count} documents`)
    }
    await session?.endSession()
    return { counts, contentHash: hash.digest('hex'), files }
  } finally {
    await client.close()
  }
}

/** An index as `indexes()` listed it, minus the fields `createIndexes` does not take back. */
function indexSpec(index: IndexDescriptionInfo): IndexDescription {
  const { v: _version, ns: _namespace, ...spec } = index
  return spec
}

/**
 * Loads a dump into the URI's database, which must be empty: there is no atomic swap of MongoDB
 * databases, so a restore goes into a fresh database that the CMS is pointed at (DATABASE_URI)
 * only after it was verified. On any failure the half-filled database is dropped again.
 */
export async function loadMongo(
  uri: string,
  root: string,
  files: readonly FileEntry[],
  log: (line: string) => void,
): Promise<void> {
  const client = await MongoClient.connect(uri)
  const db = client.db()
  try {
    const existing = await userCollections(db)
    if (existing.length > 0) {
      throw new Error(
        `The database "${db.databaseName}" is not empty (${existing.length} collections). Restore into a new database name and point DATABASE_URI at it once verified.`,
      )
    }
    try {
      for (const file of files.filter((f) => f.path.endsWith('.ejson'))) {
        const name = path.basename(file.path, '.ejson')
        const collection = db.collection(name)
        await db.createCollection(name)
        let batch: Document[] = []
        let count = 0
        const lines = readline.createInterface({
          input: fs.createReadStream(path.join(root, file.path)),
          crlfDelay: Infinity,
        })
        for await (const line of lines) {
          if (!line) continue
          batch.push(BSON.EJSON.parse(line, EJSON_OPTIONS) as Document)
          if (batch.length >= INSERT_BATCH) {
            await collection.insertMany(batch, { ordered: true })
            count += batch.length
            batch = []
          }
        }
        if (batch.length > 0) await collection.insertMany(batch, { ordered: true })
        count += batch.length
        const indexFile = path.join(root, `db/${name}.indexes.json`)
        const indexes = (
          BSON.EJSON.parse(fs.readFileSync(indexFile, 'utf8'), EJSON_OPTIONS) as IndexDescriptionInfo[]
        ).filter((i) => i.name !== '_id_')
        if (indexes.length > 0) await collection.createIndexes(indexes.map(indexSpec))
        log(`  ${name}: ${count} documents, ${indexes.length} indexes`)
      }
    } catch (err) {
      await db.dropDatabase()
      throw err
    }
  } finally {
    await client.close()
  }
}

/** Drops the URI's database: used only on a database that a failed restore just filled. */
export async function dropMongoDatabase(uri: string): Promise<void> {
  const client = await MongoClient.connect(uri)
  try {
    await client.db().dropDatabase()
  } finally {
    await client.close()
  }
}
