import { describe, expect, it } from 'vitest'

import { ROOT } from '../lib/cmsBuild'
import {
  compareVersions,
  declaredPayloadPackages,
  installedPayloadPackages,
  lockedPayloadPackages,
  payloadVersionProblems,
  readPayloadFloor,
  type InstalledPackage,
} from '../lib/dependencyFloor'

const floor = readPayloadFloor(ROOT)

describe('the Payload dependency floor (package.json config.payloadFloor)', () => {
  it('is a plain major.minor.patch version', () => {
    expect(floor).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('every installed payload and @payloadcms/* package is on one version, at or above the floor', () => {
    const installed = installedPayloadPackages(ROOT)
    // Fewer would mean the scan missed node_modules (the CMS uses at least these).
    for (const name of ['payload', '@payloadcms/next', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb']) {
      expect(installed.map((p) => p.name)).toContain(name)
    }
    expect(payloadVersionProblems(installed, floor)).toEqual([])
  })

  it('the lock file pins the same single version, at or above the floor', () => {
    const locked = lockedPayloadPackages(ROOT)
    expect(locked.length).toBeGreaterThanOrEqual(4)
    expect(payloadVersionProblems(locked, floor)).toEqual([])
    const installedVersion = installedPayloadPackages(ROOT).find((p) => p.name === 'payload')?.version
    expect(new Set(locked.map((p) => p.version))).toEqual(new Set([installedVersion]))
  })

  it('the workspaces ask for exact versions, equal to the installed one', () => {
    const declared = declaredPayloadPackages(ROOT)
    expect(declared.length).toBeGreaterThan(0)
    for (const p of declared) expect(p.version, p.where).toMatch(/^\d+\.\d+\.\d+$/)
    expect(payloadVersionProblems(declared, floor)).toEqual([])
  })
})

describe('payloadVersionProblems', () => {
  const pkg = (name: string, version: string): InstalledPackage => ({ name, version, where: `node_modules/${name}` })

  it.each([
    ['all on the floor', 0, [pkg('payload', '3.90.1'), pkg('@payloadcms/next', '3.90.1')]],
    ['all above the floor', 0, [pkg('payload', '3.100.0'), pkg('@payloadcms/next', '3.100.0')]],
    ['one package on another version', 1, [pkg('payload', '3.90.2'), pkg('@payloadcms/next', '3.90.1')]],
    ['all below the floor', 2, [pkg('payload', '3.89.0'), pkg('@payloadcms/next', '3.89.0')]],
    ['a canary of the floor version', 1, [pkg('payload', '3.90.1-canary.3')]],
    ['no payload at all', 1, [pkg('@payloadcms/next', '3.90.1')]],
    ['unrelated packages are ignored', 0, [pkg('payload', '3.90.1'), pkg('next', '16.4.6')]],
  ])('%s → %i problem(s)', (_case, count, installed) => {
    expect(payloadVersionProblems(installed, '3.90.1')).toHaveLength(count)
  })

  it('names the packages on each version, so the fix is obvious', () => {
    const [problem] = payloadVersionProblems([pkg('payload', '3.90.2'), pkg('@payloadcms/ui', '3.90.1')], '3.90.1')
    expect(problem).toContain('3.90.1: node_modules/@payloadcms/ui')
    expect(problem).toContain('3.90.2: node_modules/payload')
  })

  it.each([
    ['3.90.1', '3.90.1', 0],
    ['3.90.1', '3.100.0', -1],
    ['4.0.0', '3.99.99', 1],
    ['3.90.1-canary.1', '3.90.1', -1],
  ])('compareVersions(%s, %s) has the sign of %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })
})
