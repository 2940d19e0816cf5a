/**
 * The incident map in Chromium against the served test build: cluster counts add up to the
 * verified incidents (all, and per jurisdiction), a permalink opens its popup, and no request
 * leaves the local server until the reader asks for the map tiles.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { coversMonth, monitorPeriod } from '@clearinghouse/shared/publications'

import { launchChromium } from '../../scripts/lib/browser'
import { content, site } from './helpers/site'

let browser: Browser
let context: BrowserContext
const outside: string[] = []

// A 1×1 PNG stands in for the tile server once tiles are requested.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
)

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  context.on('request', (r) => {
    const { hostname } = new URL(r.url())
    if (!['127.0.0.1', 'localhost'].includes(hostname) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      outside.push(r.url())
  })
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: TILE }),
  )
})
afterAll(async () => {
  await browser?.close()
})

const verified = () => content().collections.incidents.filter((i) => i.verified !== false)

async function openMap(query = ''): Promise<Page> {
  const page = await context.newPage()
  const response = await page.goto(`${site().url}/avmp/map/${query}`)
  expect(response?.status()).toBe(200)
  await page.waitForSelector('[data-testid="incident-map"][data-rendered]', { timeout: 20_000 })
  return page
}

async function markerSum(page: Page): Promise<number> {
  return page.$$eval('[data-testid="incident-map"] [data-count]', (els) =>
    els.reduce((s, el) => s + Number(el.getAttribute('data-count')), 0),
  )
}

describe('incident map', () => {
  it('decodes the data in a worker, and on the main thread when the worker cannot load', async () => {
    const workers: string[] = []
    const page = await context.newPage()
    page.on('worker', (w) => workers.push(w.url()))
    await page.goto(`${site().url}/avmp/map/`)
    await page.waitForSelector('[data-testid="incident-map"][data-rendered]', { timeout: 20_000 })
    expect(workers.some((url) => /dataWorker/.test(url))).toBe(true)
    const withWorker = await markerSum(page)
    expect(withWorker).toBe(verified().length)
    await page.close()

    const blocked = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await blocked.route(/dataWorker[^/]*\.js/, (route) => route.fulfill({ status: 404, body: 'gone' }))
    await blocked.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort())
    const fallback = await blocked.newPage()
    await fallback.goto(`${site().url}/avmp/map/`)
    await fallback.waitForSelector('[data-testid="incident-map"][data-rendered]', { timeout: 20_000 })
    expect(await markerSum(fallback)).toBe(withWorker)
    await blocked.close()
  })

  it('shows cluster markers whose counts add up to the verified incidents', async () => {
    const page = await openMap()
    expect(await page.locator('.avmp-cluster').count()).toBeGreaterThan(0)
    expect(await markerSum(page)).toBe(verified().length)
    await page.close()
  })

  it('with ?jurisdiction= counts only that jurisdiction', async () => {
    const counts = new Map<string, number>()
    for (const i of verified()) counts.set(i.jurisdiction, (counts.get(i.jurisdiction) ?? 0) + 1)
    const [jurisdiction, expected] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['serbia', 0]
    const page = await openMap(`?jurisdiction=${jurisdiction}`)
    expect(await markerSum(page)).toBe(expected)
    await page.close()
  })

  it('opens the popup of a permalinked incident', async () => {
    const incident = verified().find((i) => i.externalId)
    expect(incident, 'the seed has incidents with external ids').toBeDefined()
    const page = await openMap(`?incident=${encodeURIComponent(incident?.externalId ?? '')}`)
    const popup = page.locator('.leaflet-popup-content')
    await popup.waitFor({ timeout: 10_000 })
    expect(await popup.textContent()).toContain(incident?.place ?? '')
    expect(await popup.locator('a', { hasText: 'Permalink' }).getAttribute('href')).toBe(
      `?incident=${encodeURIComponent(incident?.externalId ?? '')}`,
    )
    await page.close()
  })

  it("links a popup to the laws of the incident's jurisdiction and to the monitor reports on its month", async () => {
    // The latest incident in a month a published monthly monitor covers.
    const reports = content().collections.publications.flatMap((p) => {
      const period = p.slug ? monitorPeriod(p.type, p.date) : null
      return period ? [{ href: `/publications/${p.slug}/`, ...period }] : []
    })
    const incident = [...verified()]
      .sort((a, b) => b.date.localeCompare(a.date))
      .find((i) => i.externalId && reports.some((r) => coversMonth(r, i.date.slice(0, 7))))
    if (!incident) throw new Error('no incident in a month covered by a monitor report')
    const month = incident.date.slice(0, 7)
    const page = await openMap(`?incident=${encodeURIComponent(incident.externalId ?? '')}`)
    const popup = page.locator('.leaflet-popup-content')
    await popup.waitFor({ timeout: 10_000 })
    const links = await popup.locator('.avmp-popup-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toContain(`/laws/jurisdiction/${incident.jurisdiction}/`)
    expect(links).toContain(`/avmp/month/${month}/`)
    for (const r of reports.filter((x) => coversMonth(x, month))) expect(links).toContain(r.href)
    expect(await popup.locator('.avmp-popup-links a').first().textContent()).toMatch(/\(\d+ in force\)$/)
    await page.close()
  })

  it('requests nothing outside the local server until tiles are asked for', async () => {
    outside.length = 0
    const page = await openMap()
    await page.waitForTimeout(500)
    expect(outside, 'requests before consent').toEqual([])
    await page.getByRole('button', { name: /Show map tiles/ }).click()
    await page.waitForSelector('.leaflet-tile-loaded', { timeout: 10_000 })
    expect(outside.length).toBeGreaterThan(0)
    await page.close()
  })
})
