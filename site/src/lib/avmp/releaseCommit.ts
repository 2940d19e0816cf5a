/**
 * The last step of a data release: moving what the build staged into the registry. Only `fs`
 * here, no shared code, because astro.config imports it (the config is loaded by plain Node).
 */
import fs from 'node:fs'
import path from 'node:path'

export const INDEX = 'index.json'
export const LATEST = 'latest.fingerprints.json'
/** Per build process: the page renderer and astro:build:done share it, concurrent builds do not. */
export const PENDING = `.pending-${process.pid}`
export const changesFile = (id: string): string => `${id}.changes.json`

/** Moves a staged release into the registry (index last, so a crash leaves the old index in charge). */
export function commitRelease(dir: string): string | null {
  const pending = path.join(dir, PENDING)
  const file = path.join(pending, INDEX)
  if (!fs.existsSync(file)) return null
  const index = JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }[]
  const id = index.at(-1)?.id ?? ''
  fs.renameSync(path.join(pending, changesFile(id)), path.join(dir, changesFile(id)))
  fs.renameSync(path.join(pending, LATEST), path.join(dir, LATEST))
  fs.renameSync(path.join(pending, INDEX), path.join(dir, INDEX))
  fs.rmSync(pending, { recursive: true, force: true })
  return id
}
