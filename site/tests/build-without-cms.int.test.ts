/** A build with no CMS and no snapshot must stop at once and say what to do, not hang or half-build. */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cleanEnv, run } from '../../scripts/lib/siteBuild'
import { closedPort } from './helpers/cmsServer'
import { site } from './helpers/site'

describe('astro build without a CMS', () => {
  it('exits non-zero within seconds, naming the CMS URL and the fix', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const outDir = fs.mkdtempSync(path.join(site().tmp, 'no-cms-'))
    const astro = path.resolve(import.meta.dirname, '../../node_modules/.bin/astro')
    const result = await run(astro, ['build'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: cleanEnv({ CMS_URL: url, SITE_OUT_DIR: outDir, NODE_ENV: 'production' }),
      timeoutMs: 60_000,
    })
    expect(result.code, result.output).not.toBe(0)
    expect(result.ms, result.output).toBeLessThan(20_000)
    expect(result.output).toContain(`cannot reach the CMS at ${url}`)
    expect(result.output).toContain('Fix: start the CMS')
    expect(result.output).toContain('CMS_SNAPSHOT=<dir> npm run build -w site')
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false)
  })
})
