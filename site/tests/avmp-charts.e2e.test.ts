/**
 * The charts page in Chromium against the served test build: every chart draws, the data tables
 * agree with a brute-force count of the snapshot, and "Download CSV" gives the table's rows.
 */
import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/lib/browser'
import { content, site } from './helpers/site'

const CHARTS = ['per-month', 'by-context', 'by-weapon', 'victims', 'perpetrators', 'by-jurisdiction', 'rates']

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const verified = () => content().collections.incidents.filter((i) => i.verified !== false)

async function openCharts(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  expect((await page.goto(`${site().url}/avmp/charts/${query}`))?.status()).toBe(200)
  await page.waitForFunction(
    (n) => document.querySelectorAll('section[data-chart][data-rendered]').length === n,
    CHARTS.length,
    { timeout: 20_000 },
  )
  return page
}

/** The number in the Total column of a table's footer (the last cell). */
async function tableTotal(page: Page, chart: string): Promise<number> {
  // Tables are rendered when their <details> is opened.
  const details = page.locator(`section[data-chart="${chart}"] details`)
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click()
  const text = await page.locator(`table[data-table="${chart}"] tfoot td`).last().textContent({ timeout: 5_000 })
  return Number((text ?? '').replace(/,/g, ''))
}

describe('charts', () => {
  it('draws every chart, and the by-jurisdiction total equals the verified incidents', async () => {
    const page = await openCharts()
    for (const id of CHARTS) expect(await page.locator(`section[data-chart="${id}"] canvas`).count(), id).toBe(1)
    expect(await tableTotal(page, 'by-jurisdiction')).toBe(verified().length)
    expect(await tableTotal(page, 'per-month')).toBe(verified().length)
    await page.close()
  })

  it('with ?context=domestic-violence the per-month total equals that count', async () => {
    const expected = verified().filter((i) => i.context === 'domestic-violence').length
    const page = await openCharts('?context=domestic-violence')
    expect(await tableTotal(page, 'per-month')).toBe(expected)
    await page.close()
  })

  it('"Download CSV" gives the rows of the data table', async () => {
    const page = await openCharts()
    const section = page.locator('section[data-chart="by-jurisdiction"]')
    await section.locator('summary').click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: /Download CSV/ }).click(),
    ])
    const file = await download.path()
    const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/)
    const rows = await section
      .locator('table tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/,/g, ''))))
    expect(lines.map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')))).toEqual(rows)
    await page.close()
  })
})
