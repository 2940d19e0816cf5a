import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

/** A file of a backup: its path relative to the backup folder (always with `/`), size and SHA-256. */
export interface FileEntry {
  path: string
  bytes: number
  sha256: string
}

/** SHA-256 of a file's content, hex, read as a stream (media files may be large PDFs). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}

/** Every regular file under `dir`, relative to it, sorted (so manifests are stable). Symlinks are skipped. */
export function listFiles(dir: string): string[] {
  const found: string[] = []
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) found.push(child)
    }
  }
  if (fs.existsSync(dir)) walk('')
  return found.sort()
}

/** Describes one file for the manifest: `rel` is its path inside the backup folder `root`. */
export async function describeFile(root: string, rel: string): Promise<FileEntry> {
  const abs = path.join(root, rel)
  return { path: rel, bytes: fs.statSync(abs).size, sha256: await sha256File(abs) }
}

/**
 * Copies every file of `from` into `to` (created), hashing each copy as it goes.
 * `prefix` is put before each path in the returned entries (e.g. `media/`).
 */
export async function copyTree(
  from: string,
  to: string,
  prefix: string,
  onProgress: (done: number, total: number) => void,
): Promise<FileEntry[]> {
  const files = listFiles(from)
  const entries: FileEntry[] = []
  fs.mkdirSync(to, { recursive: true })
  for (const [i, rel] of files.entries()) {
    const target = path.join(to, rel)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(from, rel), target)
    entries.push({ path: `${prefix}${rel}`, bytes: fs.statSync(target).size, sha256: await sha256File(target) })
    onProgress(i + 1, files.length)
  }
  return entries
}

/** The files whose size or hash differ from the manifest's entries (or that are missing). */
export async function mismatchedFiles(root: string, entries: readonly FileEntry[]): Promise<string[]> {
  const bad: string[] = []
  for (const entry of entries) {
    const abs = path.join(root, entry.path)
    if (!fs.existsSync(abs) || fs.statSync(abs).size !== entry.bytes || (await sha256File(abs)) !== entry.sha256)
      bad.push(entry.path)
  }
  return bad
}

/** Total size of a folder's files, in bytes. */
export const treeBytes = (dir: string): number =>
  listFiles(dir).reduce((sum, rel) => sum + fs.statSync(path.join(dir, rel)).size, 0)

/** `12.3 MiB`-style sizes for progress lines. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`
}
