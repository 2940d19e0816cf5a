import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const CMS_DIR = path.join(ROOT, 'cms')

/** Newest modification time of the files under the given folders, skipping build output and data. */
export function newestMtime(dirs: string[]): number {
  let newest = 0
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (['node_modules', '.next', 'data', 'media'].includes(entry.name)) continue
      const p = path.join(d, entry.name)
      if (entry.isDirectory()) walk(p)
      else newest = Math.max(newest, fs.statSync(p).mtimeMs)
    }
  }
  dirs.filter((d) => fs.existsSync(d)).forEach(walk)
  return newest
}

/** True when the CMS has never been built or its sources (or shared/) changed since. */
export function isCmsBuildStale(): boolean {
  const buildId = path.join(CMS_DIR, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const sources = [path.join(CMS_DIR, 'src'), path.join(ROOT, 'shared', 'src'), path.join(CMS_DIR, 'next.config.ts')]
  return newestMtime(sources.filter((s) => fs.existsSync(s) && fs.statSync(s).isDirectory())) > fs.statSync(buildId).mtimeMs
}
