/**
 * The incident list in Chromium against the served test build: the first page is in the HTML,
 * the shared filter panel drives the list and the URL, permalinks open their incident, and the
 * CSV of a filtered view has exactly the matching rows.
 */
import fs from 'node:fs'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/lib/browser'
import { content, dom, pages, site } from './helpers/site'

let browser: Browser
let context: BrowserContext
let noJs: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  noJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })
})
afterAll(async () => {
  await browser?.close()
})

const LIST = '/avmp/incidents/'
const url = (path: string) => `${site().url}${path}`

/** The verified incidents the build published (anonymous reads see no others). */
const verified = () => content().collections.incidents.filter((i) => i.verified !== false)

/** The jurisdiction with the most incidents, so the filtered view is neither empty nor everything. */
function busiestJurisdiction(): { value: string; count: number } {
  const counts = new Map<string, number>()
  for (const i of verified()) counts.set(i.jurisdiction, (counts.get(i.jurisdiction) ?? 0) + 1)
  const [value, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  return { value, count }
}

/** The live count once the data are loaded. */
async function shownCount(page: Page): Promise<number> {
  const count = page.getByTestId('avmp-count')
  await expect.poll(() => count.getAttribute('data-count'), { timeout: 15_000 }).not.toBeNull()
  return Number(await count.getAttribute('data-count'))
}

describe('/avmp/incidents/', () => {
  it('renders the latest 50 incidents into the HTML, readable without JavaScript', async () => {
    const page = await noJs.newPage()
    expect((await page.goto(url(LIST)))?.status()).toBe(200)
    const items = page.locator('.avmp-incident')
    const all = verified()
    expect(await items.count()).toBe(Math.min(50, all.length))
    const latest = all.map((i) => i.date.slice(0, 10)).sort().at(-1)
    expect(await items.first().locator('time').getAttribute('datetime')).toBe(latest)
    // Each entry opens natively (<details>) to its description and source.
    await items.first().locator('summary').click()
    const first = all.filter((i) => i.date.slice(0, 10) === latest).map((i) => i.description)
    expect(first).toContain((await items.first().locator('.avmp-incident-body p').first().textContent())?.trim())
    await page.close()
  })

  it('the jurisdiction filter sets the count, the URL and the list; reload keeps it, back restores', async () => {
    const { value, count } = busiestJurisdiction()
    expect(count).toBeGreaterThan(0)
    const page = await context.newPage()
    await page.goto(url(LIST))
    expect(await shownCount(page)).toBe(verified().length)

    await page.locator(`#list-jurisdiction-${value}`).check()
    await expect.poll(() => shownCount(page)).toBe(count)
    expect(new URL(page.url()).searchParams.getAll('jurisdiction')).toEqual([value])
    await expect.poll(() => page.locator('[data-ready] .avmp-incident').count()).toBe(Math.min(50, count))
    const jurisdictions = await page.$$eval('[data-ready] .avmp-incident-place', (els) => els.map((e) => e.textContent ?? ''))
    const label = (await page.locator(`label[for="list-jurisdiction-${value}"]`).textContent())?.trim() ?? ''
    expect(jurisdictions.every((t) => t.endsWith(`, ${label}`)), jurisdictions.join('\n')).toBe(true)

    await page.reload()
    expect(await shownCount(page)).toBe(count)
    expect(await page.locator(`#list-jurisdiction-${value}`).isChecked()).toBe(true)

    await page.goBack()
    await expect.poll(() => shownCount(page)).toBe(verified().length)
    expect(new URL(page.url()).searchParams.has('jurisdiction')).toBe(false)
    await page.close()
  })

  it('keeps the order and the page in the URL: reload and back restore them', async () => {
    const all = verified()
    const page = await context.newPage()
    await page.goto(url(`${LIST}?sort=oldest&page=2`))
    expect(await shownCount(page)).toBe(all.length)
    await expect.poll(() => page.getByTestId('avmp-list-range').textContent()).toContain(`Incidents 51–${Math.min(100, all.length)} of`)
    // The 51st oldest incident heads page 2 in oldest-first order.
    const oldest = all.map((i) => i.date.slice(0, 10)).sort()
    expect(await page.locator('[data-ready] .avmp-incident time').first().getAttribute('datetime')).toBe(oldest[50])

    await page.getByRole('button', { name: 'Next →' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('3')
    await page.reload()
    await expect.poll(() => page.getByTestId('avmp-list-range').textContent(), { timeout: 15_000 }).toContain('Incidents 101–')
    await page.goBack()
    await expect.poll(() => page.getByTestId('avmp-list-range').textContent()).toContain('Incidents 51–')
    expect(new URL(page.url()).searchParams.get('sort')).toBe('oldest')

    // A new order starts again at page 1.
    await page.getByLabel('Sort').selectOption('killed')
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBeNull()
    expect(new URL(page.url()).searchParams.get('sort')).toBe('killed')
    await page.close()
  })

  it('a permalink ?incident=<id> opens that incident and scrolls to it', async () => {
    // The oldest incident is never on the first page, so the list must find its page.
    const target = [...verified()].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)[0]
    if (!target?.externalId) throw new Error('the seed has no incidents with external ids')
    const page = await context.newPage()
    await page.goto(url(`${LIST}?incident=${target.externalId}`))
    const item = page.locator(`#incident-${target.externalId}`)
    await expect.poll(() => item.locator('details').getAttribute('open'), { timeout: 15_000 }).not.toBeNull()
    await expect.poll(() => item.locator('.avmp-incident-body p').first().textContent(), { timeout: 15_000 }).toBe(target.description)
    expect(await item.isVisible()).toBe(true)
    const box = await item.boundingBox()
    expect(box && box.y >= 0 && box.y < 900, `incident at y=${box?.y}`).toBe(true)
    await page.close()
  })

  it('downloads the CSV of the filtered view with one row per matching incident', async () => {
    const { value, count } = busiestJurisdiction()
    const page = await context.newPage()
    await page.goto(url(`${LIST}?jurisdiction=${value}`))
    expect(await shownCount(page)).toBe(count)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV of this view' }).click()])
    const file = await download.path()
    const text = fs.readFileSync(file, 'utf8')
    const lines = text.split('\r\n').filter(Boolean)
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['id', 'external_id', 'date', 'jurisdiction'])
    expect(lines.length - 1).toBe(count)
    expect(lines.slice(1).every((l) => l.split(',')[3] === value)).toBe(true)
    await page.close()
  })
})

describe('the monitor’s JavaScript stays on the monitor', () => {
  const islandsOf = (file: string) => dom(file).querySelectorAll('astro-island').map((el) => el.getAttribute('component-url') ?? '')

  it('the list page hydrates exactly the filter panel and the list', () => {
    const islands = islandsOf('avmp/incidents/index.html')
    expect(islands.map((u) => /\/(\w+)\.[\w-]+\.js$/.exec(u)?.[1]).sort()).toEqual(['FilterPanel', 'IncidentList'])
  })

  it('no page outside /avmp/ has an island', () => {
    const outside = pages().filter((p) => !p.urlPath.startsWith('/avmp/') && islandsOf(p.file).length > 0)
    expect(outside.map((p) => p.urlPath)).toEqual([])
  })
})
