/**
 * One built page per template through the W3C Nu HTML checker (vnu.jar; Java is installed by
 * .ci/run). The whole build can be checked with `npm run validate:html -w site`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { validateHtml } from '../scripts/validateHtml'
import { site, templates } from './helpers/site'

describe('W3C Nu HTML checker', () => {
  it('finds no errors on any page template', { timeout: 300_000 }, async () => {
    const files = templates().map((t) => path.join(site().outDir, t.page.file))
    const errors = await validateHtml(files)
    const lines = errors.map((e) => `${path.relative(site().outDir, new URL(e.url).pathname)}:${e.lastLine ?? '?'} ${e.message}`)
    expect(files.length).toBeGreaterThan(20)
    expect(lines, lines.slice(0, 40).join('\n')).toEqual([])
  })

  it('reports an error in a broken page (the check itself works)', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nu-check-'))
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><title>x</title><h1><div>bad</div></h1>')
    const errors = await validateHtml(dir)
    fs.rmSync(dir, { recursive: true })
    expect(errors.some((e) => /not allowed as child of element/.test(e.message))).toBe(true)
  })
})
