/**
 * The month view chosen in the URL (`/avmp/?year=&month=&jurisdiction=&context=`) in Chromium: a
 * whole month goes to its static page; a jurisdiction and context are computed in the page and
 * agree with a count of the snapshot; a bad link says what is wrong.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/lib/browser'
import { content, site } from './helpers/site'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const verified = () => content().collections.incidents.filter((i) => i.verified !== false)

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  expect((await page.goto(`${site().url}/avmp/${query}`))?.status()).toBe(200)
  return page
}

describe('month view from the URL', () => {
  it('sends a plain month to its page, rendered at build time', async () => {
    const page = await open('?year=2025&month=9')
    await page.waitForURL('**/avmp/month/2025-09/')
    expect(await page.locator('h1').textContent()).toBe('Firearm incidents in September 2025')
    const expected = verified().filter((i) => i.date.startsWith('2025-09')).length
    expect(await page.locator('[data-glance-count]').getAttribute('data-glance-count')).toBe(String(expected))
    await page.close()
  })

  it('computes a jurisdiction and context view that agrees with the data', async () => {
    const page = await open('?year=2025&month=9&jurisdiction=serbia&context=domestic-violence')
    await expect.poll(() => page.locator('[data-glance-page]').getAttribute('data-glance-view'), { timeout: 15_000 }).toBe('2025-09|serbia|domestic-violence')
    expect(await page.locator('h1').textContent()).toBe('Firearm incidents in September 2025: Serbia, domestic violence')
    const expected = verified().filter((i) => i.date.startsWith('2025-09') && i.jurisdiction === 'serbia' && i.context === 'domestic-violence').length
    expect(await page.locator('[data-glance-count]').getAttribute('data-glance-count')).toBe(String(expected))
    // The form shows the chosen view, so it can be changed from there.
    expect(await page.locator('select[name="jurisdiction"]').inputValue()).toBe('serbia')
    expect(await page.locator('select[name="context"]').inputValue()).toBe('domestic-violence')
    await page.close()
  })

  it('says what is wrong with a bad link and keeps the page usable', async () => {
    const page = await open('?year=2025&month=9&jurisdiction=narnia')
    await expect.poll(() => page.locator('[data-glance-status]').textContent()).toContain('does not cover “narnia”')
    expect(await page.locator('[data-glance-count]').count()).toBe(1)
    await page.close()
  })
})
