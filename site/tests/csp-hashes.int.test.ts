/**
 * The CSP's hash lists (deploy/nginx/site.conf.template) cover the test build: every inline script
 * and `<style>` the build emits is listed, and nothing in the markup needs what a hash cannot allow.
 * Releases switch without an nginx reload, so a script missing here would be blocked in production.
 */
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cspHash, NGINX_TEMPLATE, readAllowedHashes, REGENERATE_COMMAND, scanInline, type InlineScan } from '../scripts/lib/cspHashes'
import { site } from './helpers/site'

describe('the CSP hash lists of the nginx template', () => {
  let scanned: InlineScan | undefined
  const scan = () => (scanned ??= scanInline(site().outDir))
  const allowed = readAllowedHashes()
  const template = path.relative(process.cwd(), NGINX_TEMPLATE)
  const fix = `Add them with \`${REGENERATE_COMMAND.replace('<build folder>', site().outDir)}\` (any build: \`npm run build -w site && npm run csp:hashes -w site\`).`

  it('list every inline script the build emits (JSON-LD is data, not script, and is not listed)', () => {
    const { scripts, dataBlocks } = scan()
    // The cookie notice is on every page: the scan does see inline scripts.
    expect(scripts.some((s) => s.excerpt.includes('cookie-consent'))).toBe(true)
    // Pages carry JSON-LD, and none of it is taken for a script.
    expect(dataBlocks).toBeGreaterThan(0)
    expect(scripts.filter((s) => s.excerpt.startsWith('{'))).toEqual([])
    const missing = scripts.filter((s) => !allowed.scripts.includes(s.hash))
    expect(missing.map((s) => `${s.hash} (first in ${s.file}: ${s.excerpt}…)`), `Inline scripts not allowed by ${template}. ${fix}`).toEqual([])
  })

  it('list every inline stylesheet the build emits', () => {
    const { styles } = scan()
    expect(styles.length).toBeGreaterThan(0)
    const missing = styles.filter((s) => !allowed.styles.includes(s.hash))
    expect(missing.map((s) => `${s.hash} (first in ${s.file}: ${s.excerpt}…)`), `Inline styles not allowed by ${template}. ${fix}`).toEqual([])
  })

  it('find no style attributes, inline event handlers or javascript: URLs (no hash can allow them)', () => {
    expect(scan().unhashable, 'Use a class (or an SVG attribute) instead of style="…", and a script file instead of on…="…"').toEqual([])
  })

  it('hash exactly what the browser hashes: the text between the tags, UTF-8', () => {
    // The example of the CSP specification (https://w3c.github.io/webappsec-csp/#grammardef-hash-source).
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='")
  })
})
