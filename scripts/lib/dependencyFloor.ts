import fs from 'node:fs'
import path from 'node:path'

/** One installed copy of a package: where it sits and which version it is. */
export interface InstalledPackage {
  name: string
  version: string
  /** Where it was found: a node_modules path, a lock-file key or a manifest's dependency list. */
  where: string
}

/** Whether a package belongs to the set that must move together: `payload` and `@payloadcms/*`. */
export const isPayloadPackage = (name: string): boolean => name === 'payload' || name.startsWith('@payloadcms/')

/**
 * Compares two `major.minor.patch` versions; a pre-release (`3.91.0-canary.1`) sorts below its
 * release, as in semver. Returns a negative number, 0 or a positive number.
 * @example compareVersions('3.90.1', '3.100.0') < 0
 */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(v.trim())
    if (!m) throw new Error(`"${v}" is not a version of the form major.minor.patch`)
    return { nums: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] }
  }
  const pa = parse(a)
  const pb = parse(b)
  for (let i = 0; i < 3; i++) {
    const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0)
    if (d !== 0) return d
  }
  if (pa.pre === pb.pre) return 0
  if (pa.pre === undefined) return 1
  if (pb.pre === undefined) return -1
  return pa.pre < pb.pre ? -1 : 1
}

/**
 * The problems with a set of installed Payload packages: more than one version, or a version
 * below the floor. An empty list means the set is consistent.
 */
export function payloadVersionProblems(installed: readonly InstalledPackage[], floor: string): string[] {
  const problems: string[] = []
  const relevant = installed.filter((p) => isPayloadPackage(p.name))
  if (!relevant.some((p) => p.name === 'payload')) problems.push('payload is not installed')
  const versions = [...new Set(relevant.map((p) => p.version))].sort(compareVersions)
  if (versions.length > 1) {
    const list = versions.map(
      (v) =>
        `${v}: ${relevant
          .filter((p) => p.version === v)
          .map((p) => p.where)
          .join(', ')}`,
    )
    problems.push(
      `payload and @payloadcms/* are on ${versions.length} versions (pin them all to one exact version):\n  ${list.join('\n  ')}`,
    )
  }
  for (const p of relevant) {
    if (compareVersions(p.version, floor) < 0)
      problems.push(`${p.name} ${p.version} (${p.where}) is below the floor ${floor}`)
  }
  return problems
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'))

/** The floor, kept in one place: `config.payloadFloor` in the root package.json. */
export function readPayloadFloor(root: string): string {
  const pkg = readJson(path.join(root, 'package.json')) as { config?: { payloadFloor?: unknown } }
  const floor = pkg.config?.payloadFloor
  if (typeof floor !== 'string') throw new Error('package.json has no "config": { "payloadFloor": "x.y.z" }')
  return floor
}

/** Every copy of payload and @payloadcms/* on disk, at any depth of node_modules. */
export function installedPayloadPackages(root: string): InstalledPackage[] {
  const found: InstalledPackage[] = []
  const visit = (nodeModules: string) => {
    if (!fs.existsSync(nodeModules)) return
    const candidates: string[] = [path.join(nodeModules, 'payload')]
    const scope = path.join(nodeModules, '@payloadcms')
    if (fs.existsSync(scope)) for (const name of fs.readdirSync(scope)) candidates.push(path.join(scope, name))
    for (const dir of candidates) {
      const manifest = path.join(dir, 'package.json')
      if (!fs.existsSync(manifest)) continue
      const { name, version } = readJson(manifest) as { name: string; version: string }
      found.push({ name, version, where: path.relative(root, dir) })
      visit(path.join(dir, 'node_modules'))
    }
  }
  visit(path.join(root, 'node_modules'))
  for (const workspace of ['cms', 'site', 'shared']) visit(path.join(root, workspace, 'node_modules'))
  return found
}

/** Every payload and @payloadcms/* entry of package-lock.json (what `npm ci` will install). */
export function lockedPayloadPackages(root: string): InstalledPackage[] {
  const lock = readJson(path.join(root, 'package-lock.json')) as {
    packages?: Record<string, { version?: string; link?: boolean }>
  }
  const found: InstalledPackage[] = []
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)
    if (!key.includes('node_modules/') || !isPayloadPackage(name) || entry.link) continue
    if (entry.version) found.push({ name, version: entry.version, where: `package-lock.json "${key}"` })
  }
  return found
}

/**
 * The versions each workspace's package.json asks for. Only exact pins are accepted: a range
 * would let two installs of the same commit differ.
 */
export function declaredPayloadPackages(root: string): InstalledPackage[] {
  const found: InstalledPackage[] = []
  for (const workspace of ['.', 'cms', 'site', 'shared']) {
    const file = path.join(root, workspace, 'package.json')
    if (!fs.existsSync(file)) continue
    const pkg = readJson(file) as Record<string, Record<string, string> | undefined>
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [name, version] of Object.entries(pkg[field] ?? {})) {
        if (isPayloadPackage(name))
          found.push({ name, version, where: `${path.join(workspace, 'package.json')} ${field}` })
      }
    }
  }
  return found
}
