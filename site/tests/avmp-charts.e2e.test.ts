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
  // Charts on screen are drawn at once, the others when scrolled to ("deferred" until then).
  await page.waitForFunction(
    (n) => document.querySelectorAll('section[data-chart][data-state]').length === n,
    CHARTS.length,
    { timeout: 20_000 },
  )
  return page
}

/** A table renders when its <details> opens; this leaves room for a machine running several browsers at once (a 5-s wait once timed out there). */
const TABLE_WAIT_MS = 15_000

/** The number in the Total column of a table's footer (the last cell). */
async function tableTotal(page: Page, chart: string): Promise<number> {
  // Tables are rendered when their <details> is opened.
  const details = page.locator(`section[data-chart="${chart}"] details`)
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click()
  const text = await page.locator(`table[data-table="${chart}"] tfoot td`).last().textContent({ timeout: TABLE_WAIT_MS })
  return Number((text ?? '').replace(/,/g, ''))
}

describe('charts', () => {
  it('draws every chart as it comes into view, and the by-jurisdiction total equals the verified incidents', async () => {
    const page = await openCharts()
    // The last chart is far below the filters: not drawn until the reader gets there.
    expect(await page.locator('section[data-chart="rates"]').getAttribute('data-state')).toBe('deferred')
    expect(await page.locator('section[data-chart="rates"]').getAttribute('data-rendered')).toBeNull()
    for (const id of CHARTS) {
      const section = page.locator(`section[data-chart="${id}"]`)
      await section.scrollIntoViewIfNeeded()
      await expect.poll(() => section.getAttribute('data-state'), { timeout: 10_000 }).toBe('drawn')
      expect(await section.locator('canvas').count(), id).toBe(1)
    }
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
    await section.locator('table td').first().waitFor({ timeout: TABLE_WAIT_MS })
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

  it('draws in the chart worker: hovering shows a tooltip, "Download PNG" gives the picture at the device\'s resolution', async () => {
    const page = await openCharts()
    const section = page.locator('section[data-chart="per-month"]')
    await section.scrollIntoViewIfNeeded()
    await expect.poll(() => section.getAttribute('data-state'), { timeout: 10_000 }).toBe('drawn')
    const canvas = section.locator('canvas')
    // The canvas was handed to the worker: the page itself can no longer draw on it.
    expect(await canvas.evaluate((c) => { try { (c as HTMLCanvasElement).getContext('2d'); return 'main thread' } catch { return 'worker' } })).toBe('worker')
    // The keyboard, not the mouse: moving the pointer off the chart would hide its tooltip.
    const png = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /Download PNG/ }).press('Enter')])
      return fs.readFileSync(await download.path())
    }
    const before = await png()
    expect(before.subarray(1, 4).toString('latin1')).toBe('PNG')
    const box = (await canvas.boundingBox())!
    // IHDR: width and height in pixels, big-endian, at bytes 16 and 20.
    expect(before.readUInt32BE(16)).toBe(Math.floor(box.width))
    expect(before.readUInt32BE(20)).toBe(Math.floor(box.height))
    // Hovering a bar (the pointer is forwarded to the worker) draws its tooltip: the picture changes.
    await canvas.hover({ position: { x: box.width / 2, y: box.height * 0.6 } })
    await page.waitForTimeout(300)
    const after = await png()
    expect(after.equals(before)).toBe(false)
    await page.close()
  })

  it('protects small cells: one municipality in one month shows "< 3" by sex and draws no chart of it', async () => {
    // A one-word place whose name, searched within its month and jurisdiction, finds only its own incidents.
    const all = verified()
    const fold = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    const candidate = all.find((i) => {
      if (!/^[A-Za-z]{4,}$/.test(i.place)) return false
      const name = fold(i.place)
      const hits = all.filter(
        (j) =>
          j.jurisdiction === i.jurisdiction &&
          j.date.slice(0, 7) === i.date.slice(0, 7) &&
          (fold(j.place).includes(name) || fold(j.description ?? '').includes(name)),
      )
      return hits.length > 0 && hits.every((j) => j.place === i.place)
    })
    if (!candidate) throw new Error('no single-municipality month in the seed')
    const expected = all.filter(
      (j) => j.jurisdiction === candidate.jurisdiction && j.date.slice(0, 7) === candidate.date.slice(0, 7) && j.place === candidate.place,
    ).length
    const [year, month] = candidate.date.slice(0, 7).split('-')
    const page = await openCharts(`?year=${year}&month=${Number(month)}&jurisdiction=${candidate.jurisdiction}&q=${candidate.place}`)
    await expect.poll(() => page.locator('[data-matching]').getAttribute('data-matching'), { timeout: 5_000 }).toBe(String(expected))
    for (const id of ['victims', 'perpetrators']) {
      const section = page.locator(`section[data-chart="${id}"]`)
      // Charts compute their numbers as they come near the screen.
      await section.scrollIntoViewIfNeeded()
      await expect.poll(() => section.locator('[data-protected]').count()).toBe(1)
      expect(await section.locator('canvas').count()).toBe(0)
      await section.locator('summary').click()
      // The table renders once its <details> is open: wait for it before reading every cell.
      await section.locator('table td').first().waitFor({ timeout: TABLE_WAIT_MS })
      const cells = await section.locator('td').allTextContents()
      expect(cells.length).toBeGreaterThan(0)
      expect(cells.every((c) => c === '< 3' || Number(c.replace(/,/g, '')) >= 3), cells.join(' ')).toBe(true)
    }
    // Breakdowns that are not by sex keep their chart.
    expect(await page.locator('section[data-chart="by-context"] canvas').count()).toBe(1)
    await page.close()
  })
})
