/**
 * WCAG 2.1 A/AA with axe-core in headless Chromium, on one page per page template (from the build's
 * route manifest, so new templates are covered as soon as they are built), at desktop and phone
 * widths; and no sideways scrolling on a 360 px wide phone.
 */
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/lib/browser'
import { site, templates } from './helpers/site'

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: string[]; failureSummary?: string; html: string }[]
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function openPage(urlPath: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  const response = await page.goto(`${site().url}${urlPath}`, { waitUntil: 'load' })
  expect(response?.status(), `${urlPath} answered ${response?.status()}`).toBeLessThan(400)
  return page
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH })
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html })) }))
  }, WCAG_TAGS)
}

function describeViolations(urlPath: string, width: number, violations: AxeViolation[]): string {
  return [
    `${violations.length} WCAG 2.1 AA violation(s) on ${urlPath} at ${width} px:`,
    ...violations.map((v) =>
      [
        `• [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`),
        v.nodes.length > 5 ? `    … and ${v.nodes.length - 5} more` : '',
      ].join('\n'),
    ),
  ].join('\n')
}

async function overflowAt360(page: Page): Promise<string | undefined> {
  await page.setViewportSize({ width: 360, height: 800 })
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    // Name the element reaching furthest right, so a failure says what to fix.
    let widest = ''
    let max = 0
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const right = el.getBoundingClientRect().right
      if (right > max) {
        max = right
        const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : ''
        widest = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls} (right edge ${Math.round(right)} px)`
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest }
  })
  return scrollWidth > innerWidth ? `${scrollWidth} px of content in a ${innerWidth} px viewport; widest element: ${widest}` : undefined
}

describe('accessibility of every page template', () => {
  it('has templates to check, the home page among them', () => {
    expect(templates().map((t) => t.route)).toContain('/')
  })

  // One page load per template: axe at desktop width, then the same page narrowed to a phone.
  it.each(templates())('$route ($page.urlPath): axe WCAG 2.1 A/AA at 1280 and 360 px, no sideways scroll at 360 px', async ({ page: built }) => {
    const page = await openPage(built.urlPath, 1280)
    try {
      const desktop = await axe(page)
      const overflow = await overflowAt360(page)
      const phone = await axe(page)
      expect(desktop, describeViolations(built.urlPath, 1280, desktop)).toEqual([])
      expect(phone, describeViolations(built.urlPath, 360, phone)).toEqual([])
      expect(overflow, `${built.urlPath} scrolls sideways at 360 px: ${overflow}`).toBeUndefined()
    } finally {
      await page.close()
    }
  })

  it('the check itself reports a page with an unlabelled image and link, and one that overflows', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    try {
      await page.setContent('<html><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="/"></a><div style="width:600px">wide</div></main></body></html>')
      const ids = (await axe(page)).map((v) => v.id)
      expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'html-has-lang']))
      expect(await overflowAt360(page)).toMatch(/^\d+ px of content in a 360 px viewport; widest element: div \(right edge \d+ px\)/)
    } finally {
      await page.close()
    }
  })
})
