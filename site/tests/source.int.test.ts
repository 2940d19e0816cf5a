/**
 * The site's content source (site/src/lib/cms/source.ts) against the CMS's real REST handlers on the
 * seeded test database, and against the snapshot the test build was made from.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildQuery, CmsUnreachableError, httpSource, openContentSource, snapshotSource } from '../src/lib/cms/source'
import { closedPort, startCmsServer, type TestCmsServer } from './helpers/cmsServer'
import { content, site } from './helpers/site'

let cms: TestCmsServer

beforeAll(async () => {
  cms = await startCmsServer('source')
})
afterAll(async () => {
  await cms?.close()
})

describe('HTTP content source', () => {
  it('pages through a collection: pageSize 7 returns every published document, once', async () => {
    const total = content().collections.laws.length
    expect(total).toBeGreaterThan(14)
    cms.requests.length = 0
    const laws = await httpSource(cms.url).findAll('laws', { pageSize: 7, select: ['slug'] })
    expect(laws).toHaveLength(total)
    expect(new Set(laws.map((l) => l.id)).size).toBe(total)
    expect(cms.requests.filter((r) => r.startsWith('GET /api/laws?'))).toHaveLength(Math.ceil(total / 7))
  })

  it('returns only the selected fields (and the ID)', async () => {
    const news = await httpSource(cms.url).findAll('news', { select: ['title', 'slug'] })
    expect(news.length).toBe(content().collections.news.length)
    for (const item of news) expect(Object.keys(item).sort()).toEqual(['id', 'slug', 'title'])
  })

  it('never returns a draft to the anonymous build', async () => {
    const draft = await cms.payload.create({
      collection: 'news',
      draft: true,
      data: { ...content().collections.news[0], id: undefined, slug: 'unpublished-draft-for-site-tests', title: 'Unpublished draft for site tests', _status: 'draft' } as never,
    })
    const { totalDocs } = await cms.payload.count({ collection: 'news', where: { slug: { equals: draft.slug } } })
    expect(totalDocs).toBe(1)
    const news = await httpSource(cms.url).findAll('news', { select: ['slug', '_status'] })
    expect(news.map((n) => n.slug)).not.toContain(draft.slug)
    expect(new Set(news.map((n) => n._status))).toEqual(new Set(['published']))
  })

  it('filters and sorts on the server with the query string buildQuery writes', async () => {
    const target = content().collections.publications[3]
    const byslug = await httpSource(cms.url).findAll('publications', { where: { slug: { equals: target?.slug ?? '' } }, select: ['slug'] })
    expect(byslug.map((p) => p.slug)).toEqual([target?.slug])
    const since = '2026-01-01'
    const recent = await httpSource(cms.url).findAll('news', { where: { date: { greater_than_equal: since } }, sort: '-date', select: ['date'] })
    const expected = content().collections.news.filter((n) => n.date >= since).length
    expect(recent).toHaveLength(expected)
    expect(recent.map((n) => n.date)).toEqual([...recent.map((n) => n.date)].sort().reverse())
  })

  it('serves the same documents as the snapshot the site was built from', async () => {
    const fields = ['title', 'slug', 'date', 'type', 'files'] as const
    const fromHttp = await httpSource(cms.url).findAll('publications', { select: fields, sort: 'slug' })
    const fromSnapshot = await (await snapshotSource(site().snapshot)).findAll('publications', { select: fields, sort: 'slug' })
    expect(fromHttp).toEqual(fromSnapshot)
    const settingsHttp = await httpSource(cms.url).findGlobal('site-settings')
    const settingsSnapshot = await (await snapshotSource(site().snapshot)).findGlobal('site-settings')
    expect(settingsHttp.navigation).toEqual(settingsSnapshot.navigation)
  })

  it('downloads an uploaded PDF byte for byte', async () => {
    const source = httpSource(cms.url)
    const media = await source.findAll('media', { select: ['filename', 'url', 'mimeType'] })
    const pdf = media.find((m) => m.mimeType === 'application/pdf')
    expect(pdf?.url).toMatch(/\.pdf$/)
    const bytes = await source.readMediaFile({ filename: pdf?.filename, url: pdf?.url })
    const expected = fs.readFileSync(path.join(site().snapshot, 'media', pdf?.filename ?? ''))
    expect(Buffer.from(bytes).equals(expected)).toBe(true)
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-')
  })
})

describe('buildQuery', () => {
  it('writes Payload’s bracket syntax, percent-encoded', () => {
    const query = buildQuery({ select: ['title', 'slug'], where: { slug: { equals: 'a b&c=d' }, date: { greater_than_equal: '2026-01-01' } }, sort: '-date', limit: 7, page: 2 })
    const params = new URLSearchParams(query)
    expect(Object.fromEntries(params)).toEqual({
      depth: '0',
      limit: '7',
      page: '2',
      sort: '-date',
      'select[title]': 'true',
      'select[slug]': 'true',
      'where[slug][equals]': 'a b&c=d',
      'where[date][greater_than_equal]': '2026-01-01',
    })
    expect(query).toContain('where%5Bslug%5D%5Bequals%5D=a+b%26c%3Dd')
  })
})

describe('an unreachable CMS', () => {
  it('fails fast with CmsUnreachableError naming the URL and the fix', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const started = Date.now()
    const error = await httpSource(url).findAll('news').catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(error).toBeInstanceOf(CmsUnreachableError)
    const message = (error as Error).message
    expect(message).toContain(`cannot reach the CMS at ${url}`)
    expect(message).toMatch(/Fix: start the CMS/)
    expect(message).toContain('CMS_SNAPSHOT=')
  })

  it('is detected when the source is opened, before any collection is loaded', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const started = Date.now()
    await expect(openContentSource({ cmsUrl: url, timeoutSeconds: 15 })).rejects.toThrow(CmsUnreachableError)
    expect(Date.now() - started).toBeLessThan(3000)
  })
})
