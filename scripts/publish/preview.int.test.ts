/**
 * Draft preview: the CMS (Payload's request router over HTTP, seeded copy) and the preview server
 * (`astro dev` with SITE_PREVIEW, as `npm start` runs it). The admin's Preview URL opens the draft
 * in the site's real templates; without a valid token nothing is shown; a public build has no
 * preview route (the integration refuses to run in a build).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROOT } from '../lib/cmsBuild'
import { startCmsHttpServer, type CmsHttpServer } from '../lib/cmsHttpServer'
import { freePort } from '../lib/webRequest'
import { makeSeededSnapshot } from '../lib/siteBuild'
import { buildEnvironment } from './siteBuild'

const TODAY = new Date().toISOString().slice(0, 10)

let tmp: string
let cms: CmsHttpServer
let payload: Payload
let previewServer: ChildProcess
let previewOrigin: string
let editor: Record<string, unknown>
let serverLog = ''

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (res.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the preview server did not start:\n${serverLog.slice(-3000)}`)
}

/** What the admin's Preview button links to for this user (the collection's `admin.preview`). */
async function previewLink(collection: 'news' | 'publications' | 'laws' | 'pages', doc: Record<string, unknown>, user: unknown): Promise<string | null> {
  const preview = payload.collections[collection as CollectionSlug].config.admin.preview
  if (!preview) throw new Error(`${collection} has no preview`)
  const link = await preview(doc, { locale: 'en', req: { user, payload } as unknown as PayloadRequest, token: null })
  return link ?? null
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-preview-'))
  const seeded = await makeSeededSnapshot({ dir: path.join(tmp, 'seed'), incidents: 50, now: TODAY })
  const port = await freePort()
  previewOrigin = `http://127.0.0.1:${port}`
  cms = await startCmsHttpServer({ database: seeded.database, mediaDir: path.join(tmp, 'seed', 'media'), dir: path.join(tmp, 'cms'), env: { SITE_PREVIEW_URL: previewOrigin }, key: 'preview' })
  payload = cms.payload
  editor = { ...(await payload.create({ collection: 'users', data: { email: 'preview-editor@example.org', password: 'a-long-test-password-1', name: 'Editor', role: 'editor' } })), collection: 'users' }
  previewServer = spawn('npm', ['run', 'dev', '-w', 'site', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: buildEnvironment(process.env, { NODE_ENV: 'development', SITE_PREVIEW: '1', CMS_URL: cms.url, SITE_PORT: String(port), BUILD_DATE: TODAY, AVMP_RELEASES_DIR: path.join(tmp, 'data-releases') }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  previewServer.stdout?.on('data', (c: Buffer) => (serverLog += c.toString()))
  previewServer.stderr?.on('data', (c: Buffer) => (serverLog += c.toString()))
  await waitFor(`${previewOrigin}/preview/news/0/`, 180_000)
}, 240_000)

afterAll(async () => {
  if (previewServer?.pid) process.kill(-previewServer.pid, 'SIGTERM')
  await cms?.close()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

const lexical = (text: string) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] } })

describe('draft preview in the site’s real layout', () => {
  it('shows a never-published news item to the editor who follows the Preview link, in the site’s header, footer and article template', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Preview only: draft on marking of weapons', date: new Date().toISOString(), topic: 'salw-control', summary: 'A draft summary for the preview.', body: lexical('Draft body text seen only in preview.'), _status: 'draft' } as never,
      draft: true,
    })
    const link = await previewLink('news', draft as unknown as Record<string, unknown>, editor)
    expect(link).toMatch(new RegExp(`^${previewOrigin}/preview/news/${draft.id}/\\?token=\\d{13}\\.[\\w-]{43}$`))
    const res = await fetch(link ?? '')
    const html = await res.text()
    expect(res.status, html.slice(0, 2000)).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/)
    expect(html).toMatch(/<h1[^>]*>Preview only: draft on marking of weapons<\/h1>/)
    expect(html).toContain('Draft body text seen only in preview.')
    // The site's own layout: skip link, header navigation, footer with the address.
    expect(html).toContain('Skip to main content')
    expect(html).toMatch(/Bulevar Zorana Đinđića 64/)
    // …and the draft is still invisible to the public.
    expect((await fetch(`${cms.url}/api/news/${draft.id}`)).status).toBe(404)
  })

  it('shows the draft, not the published text, of a published document being reworked', async () => {
    const { docs } = await payload.find({ collection: 'publications', limit: 1, where: { _status: { equals: 'published' } }, depth: 0 })
    const pub = docs[0]
    if (!pub) throw new Error('no publication in the seed')
    await payload.update({ collection: 'publications', id: pub.id, data: { title: 'Reworked title, not yet published' }, draft: true })
    const html = await (await fetch((await previewLink('publications', pub as unknown as Record<string, unknown>, editor)) ?? '')).text()
    expect(html).toContain('Reworked title, not yet published')
    const published = (await (await fetch(`${cms.url}/api/publications/${pub.id}?depth=0`)).json()) as { title: string }
    expect(published.title).toBe(pub.title)
  })

  it.each(['laws', 'pages'] as const)('renders a %s draft in its template', async (collection) => {
    const { docs } = await payload.find({ collection, limit: 1, depth: 0, where: { _status: { equals: 'published' } } })
    const doc = docs[0]
    if (!doc) throw new Error(`no ${collection} in the seed`)
    await payload.update({ collection, id: doc.id, data: { title: `Draft ${collection} title for preview` } as never, draft: true })
    const res = await fetch((await previewLink(collection, doc as unknown as Record<string, unknown>, editor)) ?? '')
    const html = await res.text()
    expect(res.status, html.slice(0, 2000)).toBe(200)
    expect(html).toContain(`Draft ${collection} title for preview`)
  })

  it('gives no Preview link to anyone but staff, and shows nothing without a valid, unexpired token', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Secret draft', date: new Date().toISOString(), topic: 'salw-control', summary: 'Not for readers.', body: lexical('Not for readers.'), _status: 'draft' } as never,
      draft: true,
    })
    expect(await previewLink('news', draft as unknown as Record<string, unknown>, null)).toBeNull()
    const link = new URL((await previewLink('news', draft as unknown as Record<string, unknown>, editor)) ?? '')
    const token = link.searchParams.get('token') ?? ''
    const attempt = async (pathname: string, t?: string) => {
      const res = await fetch(`${previewOrigin}${pathname}${t === undefined ? '' : `?token=${encodeURIComponent(t)}`}`)
      return { status: res.status, text: await res.text() }
    }
    const { signPreviewToken } = await import('../../cms/src/publishing/previewToken')
    const other = await payload.find({ collection: 'news', limit: 1, depth: 0, where: { id: { not_equals: draft.id } } })
    const cases = [
      await attempt(link.pathname),
      await attempt(link.pathname, `${token.slice(0, -2)}xx`),
      await attempt(`/preview/news/${String(other.docs[0]?.id)}/`, token),
      await attempt(`/preview/publications/${draft.id}/`, token),
      await attempt(link.pathname, signPreviewToken('news', draft.id, Date.now() - 1_000)),
    ]
    expect(cases.map((c) => c.status)).toEqual([401, 403, 403, 403, 403])
    for (const c of cases) expect(c.text).not.toContain('Not for readers.')
    expect(cases[4]?.text).toMatch(/expired/)
  })
})

describe('a public build', () => {
  it('refuses to run with the preview route switched on', async () => {
    const out = path.join(tmp, 'never-built')
    const child = spawn('npm', ['exec', '-w', 'site', '--', 'astro', 'build'], {
      cwd: ROOT,
      env: buildEnvironment(process.env, { SITE_PREVIEW: '1', CMS_URL: cms.url, SITE_OUT_DIR: out, AVMP_RELEASES_DIR: path.join(tmp, 'data-releases') }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).not.toBe(0)
    expect(output).toMatch(/never for a build: drafts would be published/)
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(false)
  })
})
