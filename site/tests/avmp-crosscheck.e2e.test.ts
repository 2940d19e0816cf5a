/**
 * The monitor's three views against the CMS itself: for one jurisdiction, the anonymous REST API's
 * count of incidents equals the map's cluster total, the charts' table total and the list's count
 * in Chromium (the built site reads the same database through its snapshot).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/lib/browser'
import { startCmsServer, type TestCmsServer } from './helpers/cmsServer'
import { site } from './helpers/site'

let browser: Browser
let cms: TestCmsServer

beforeAll(async () => {
  ;[browser, cms] = await Promise.all([launchChromium(), startCmsServer('avmp-crosscheck')])
})
afterAll(async () => {
  await Promise.all([browser?.close(), cms?.close()])
})

/** What an anonymous reader of the API counts (verified incidents only, by the collection's access rules). */
async function apiCount(query: string): Promise<number> {
  const response = await fetch(`${cms.url}/api/incidents?${query}&limit=1&depth=0`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  expect((await page.goto(`${site().url}${path}`))?.status()).toBe(200)
  return page
}

describe('map, charts and list agree with the CMS API', () => {
  it.each(['serbia', 'moldova'])('for %s', async (jurisdiction) => {
    const expected = await apiCount(`where[jurisdiction][equals]=${jurisdiction}`)
    expect(expected).toBeGreaterThan(0)

    const map = await open(`/avmp/map/?jurisdiction=${jurisdiction}`)
    await map.waitForSelector('[data-testid="incident-map"][data-rendered]', { timeout: 20_000 })
    const clustered = await map.$$eval('[data-testid="incident-map"] [data-count]', (els) => els.reduce((s, el) => s + Number(el.getAttribute('data-count')), 0))
    expect(clustered).toBe(expected)
    await map.close()

    const charts = await open(`/avmp/charts/?jurisdiction=${jurisdiction}`)
    const section = charts.locator('section[data-chart="by-jurisdiction"]')
    await section.scrollIntoViewIfNeeded()
    await expect.poll(() => section.getAttribute('data-rows'), { timeout: 15_000 }).toBe(String(expected))
    await section.locator('summary').click()
    expect(Number(((await section.locator('tfoot td').last().textContent()) ?? '').replace(/,/g, ''))).toBe(expected)
    await charts.close()

    const list = await open(`/avmp/incidents/?jurisdiction=${jurisdiction}`)
    const count = list.getByTestId('avmp-count')
    await expect.poll(() => count.getAttribute('data-count'), { timeout: 15_000 }).toBe(String(expected))
    await list.close()
  })
})
