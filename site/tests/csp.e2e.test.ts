/**
 * The site's Content-Security-Policy as production sends it: the test build served by a real nginx
 * running deploy/nginx/site.conf.template, one page of every page template visited in Chromium
 * with zero CSP violations, and every interactive part seen working under the policy: map tiles
 * from another origin, charts drawn, an incident's description loaded, Pagefind results, the
 * newsletter form talking to the CMS origin (by fetch and by a plain form POST). A control shows
 * that a violation would be caught.
 *
 * The build was made for its default CMS and tile addresses; the policy is filled in with those
 * origins (as docker-compose fills it from .env), and Chromium's requests to them are answered by
 * local servers: the CSP check happens in the page, on the URL the page asked for, before that.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser, BrowserContext, Page, Route } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/lib/browser'
import { content, site, templates } from './helpers/site'
import { startSiteNginx, type SiteNginx } from './helpers/nginx'

// A 1×1 PNG: every tile.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=', 'base64')

let nginx: SiteNginx
let browser: Browser
let context: BrowserContext
let cmsOrigin: string
let tileOrigin: string
let standIns: http.Server[] = []
/** What the CMS and tile stand-ins were asked, e.g. `GET /api/newsletter/challenge`. */
const served: string[] = []
const violations: string[] = []
const pageErrors: string[] = []

const html = (file: string) => fs.readFileSync(path.join(site().outDir, file), 'utf8')
const decode = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&amp;', '&')

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler)
  standIns.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Answers Chromium's requests to `origin` from the local server at `local`, unchanged otherwise. */
async function forward(ctx: BrowserContext, origin: string, local: string) {
  await ctx.route(
    (url) => url.origin === origin,
    async (route: Route) => {
      const url = new URL(route.request().url())
      const response = await route.fetch({ url: `${local}${url.pathname}${url.search}`, maxRedirects: 0 })
      await route.fulfill({ response })
    },
  )
}

beforeAll(async () => {
  // The origins the build points readers' browsers at: the form's action and the map's tile URL.
  const action = /<form class="newsletter-form" action="([^"]+)"/.exec(html('newsletter/index.html'))?.[1]
  const tileUrl = /"tileUrl":\[0,"([^"]+)"\]/.exec(decode(html('avmp/map/index.html')))?.[1]
  if (!action || !tileUrl) throw new Error('the build has no newsletter form action or no map tile URL')
  cmsOrigin = new URL(action).origin
  tileOrigin = new URL(tileUrl.replace(/\{\w\}/g, '0')).origin

  nginx = await startSiteNginx(site().outDir, { SITE_CSP_CMS_ORIGIN: cmsOrigin, SITE_CSP_TILE_ORIGIN: tileOrigin })
  const tiles = await listen((req, res) => {
    served.push(`${req.method} tile ${req.url}`)
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(TILE)
  })
  // The CMS's newsletter endpoints as the site's script and form use them (CORS for the site's origin).
  const cms = await listen((req, res) => {
    served.push(`${req.method} ${req.url}`)
    const cors = { 'access-control-allow-origin': nginx.url, vary: 'Origin' }
    if (req.url === '/api/newsletter/challenge') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ challenge: 'test-challenge', bits: 1, minFillMs: 0 }))
    } else if (req.url === '/api/newsletter/subscribe' && req.method === 'POST') {
      req.resume()
      req.on('end', () => {
        if (/json/.test(req.headers.accept ?? '')) res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Almost done: check your inbox.' }))
        else res.writeHead(303, { location: `${nginx.url}/newsletter/check-your-inbox/` }).end()
      })
    } else res.writeHead(404).end()
  })

  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await forward(context, cmsOrigin, cms)
  await forward(context, tileOrigin, tiles)
  // Nothing else may be requested at all: a request to any other host fails the test.
  await context.route(
    (url) => ![new URL(nginx.url).origin, cmsOrigin, tileOrigin].includes(url.origin) && !['data:', 'blob:'].includes(url.protocol),
    async (route) => {
      violations.push(`request to an unexpected host: ${route.request().url()}`)
      await route.abort()
    },
  )
  await context.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation
      report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname} (${e.sourceFile}:${e.lineNumber} ${e.sample})`)
    })
  })
  context.on('console', (msg) => {
    // Chromium also logs each violation (the policy itself makes the line long: keep its start).
    if (/Content Security Policy/i.test(msg.text())) violations.push(`console on ${msg.page()?.url()}: ${msg.text().slice(0, 160)}…`)
  })
  context.on('weberror', (err) => pageErrors.push(`${err.page()?.url()}: ${err.error().message}`))
}, 60_000)

afterAll(async () => {
  await browser?.close()
  for (const server of standIns) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  standIns = []
  await nginx?.close()
})

/** Opens a page through nginx and waits until its islands have hydrated. */
async function open(urlPath: string, expectStatus = 200): Promise<Page> {
  const page = await context.newPage()
  const response = await page.goto(`${nginx.url}${urlPath}`, { waitUntil: 'load' })
  expect(response?.status(), `${urlPath} answered ${response?.status()}`).toBe(expectStatus)
  // Islands hydrate when the browser is idle: wait until none is left unhydrated (Astro drops `ssr`).
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 })
  return page
}

const noViolations = (where: string) => expect(violations, `CSP violations (${where})`).toEqual([])

// Each test answers for its own pages.
beforeEach(({ onTestFailed }) => {
  violations.length = 0
  pageErrors.length = 0
  // A blocked script shows up as a page that never works: a failed wait then names what was blocked.
  onTestFailed(() => console.error(`CSP violations before the failure: ${JSON.stringify(violations, null, 1)}\nScript errors: ${JSON.stringify(pageErrors, null, 1)}`))
})

describe('the CSP header nginx sends', () => {
  it('is on pages, hashed assets and the 404 page, with the other headers and the caching designed for each', async () => {
    const home = await fetch(`${nginx.url}/`)
    const asset = html('index.html').match(/\/_astro\/[^"'\s)]+\.(?:css|js)/)?.[0] ?? fs.readdirSync(path.join(site().outDir, '_astro')).map((f) => `/_astro/${f}`)[0]
    const hashed = await fetch(`${nginx.url}${asset}`)
    const missing = await fetch(`${nginx.url}/no-such-page/`)
    expect([home.status, hashed.status, missing.status]).toEqual([200, 200, 404])
    expect(await missing.text()).toContain('<h1')
    for (const res of [home, hashed, missing]) {
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, res.url).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=')+; style-src 'self'( 'sha256-[A-Za-z0-9+/]+=')+;/)
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).toContain(`img-src 'self' data: ${tileOrigin};`)
      expect(csp).toContain(`connect-src 'self' ${cmsOrigin};`)
      expect(csp).toContain(`form-action 'self' ${cmsOrigin};`)
      expect(csp).toContain("frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('permissions-policy')).toContain('camera=()')
    }
    expect(home.headers.get('cache-control')).toBe('public, max-age=300')
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    // A missing page must not be cached as if it were content.
    expect(missing.headers.get('cache-control')).toBeNull()
    // A folder without its slash: redirected relatively (behind the TLS proxy an absolute URL would say http://).
    const folder = await fetch(`${nginx.url}/news`, { redirect: 'manual' })
    expect([folder.status, folder.headers.get('location')]).toEqual([301, '/news/'])
    expect(folder.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
})

describe('every page template under the policy, in Chromium', () => {
  it('loads one page of each template with zero CSP violations and no script errors', async () => {
    const pages = templates().filter((t) => t.page.file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(30)
    const visited: string[] = []
    const noticeHidden: string[] = []
    // Four tabs at a time: the templates are independent, and the machine is shared.
    for (let i = 0; i < pages.length; i += 4) {
      await Promise.all(
        pages.slice(i, i + 4).map(async (t) => {
          // The 404 template as readers meet it: nginx's error page for a path that does not exist.
          const page = t.route === '/404' ? await open('/no-such-page/', 404) : await open(t.page.urlPath)
          // The cookie notice is shown by an inline script (allowed by its hash): proof it ran.
          if (!(await page.locator('#cookie-notice').isVisible())) noticeHidden.push(t.page.urlPath)
          visited.push(t.route)
          await page.close()
        }),
      )
    }
    expect(visited).toHaveLength(pages.length)
    expect(noticeHidden, 'pages whose cookie notice script did not run').toEqual([])
    noViolations('templates')
    expect(pageErrors).toEqual([])
  }, 90_000)

  it('the map: clusters drawn, and the tiles load from the tile origin once asked for', async () => {
    const page = await open('/avmp/map/')
    await page.waitForSelector('[data-testid="incident-map"][data-rendered]', { timeout: 20_000 })
    expect(await page.locator('.avmp-cluster').count()).toBeGreaterThan(0)
    await page.getByRole('button', { name: /Show map tiles/ }).click()
    await page.waitForSelector('.leaflet-tile-loaded', { timeout: 10_000 })
    expect(served.some((s) => s.startsWith('GET tile /'))).toBe(true)
    noViolations('map')
    await page.close()
  })

  it('the charts: every chart drawn', async () => {
    const page = await open('/avmp/charts/')
    // The island renders its chart sections once the data are in.
    const sections = page.locator('section[data-chart][data-state]')
    await sections.first().waitFor({ timeout: 20_000 })
    const count = await sections.count()
    for (let i = 0; i < count; i++) {
      await sections.nth(i).scrollIntoViewIfNeeded()
      await expect.poll(() => sections.nth(i).getAttribute('data-state'), { timeout: 10_000 }).toBe('drawn')
    }
    // Pixels were painted (by the chart worker, a script from the site's origin; the container's
    // height is set through the CSSOM, which CSP allows): the first chart on screen is not blank.
    const shot = await sections.first().locator('canvas').screenshot()
    const { channels } = await sharp(shot).stats()
    expect(channels.some((c) => c.stdev > 0)).toBe(true)
    noViolations('charts')
    await page.close()
  })

  it('the incident list: an incident opens to its description, loaded on demand', async () => {
    const target = [...content().collections.incidents].filter((i) => i.verified !== false && i.externalId && i.description).sort((a, b) => a.date.localeCompare(b.date))[0]
    if (!target?.externalId) throw new Error('the seed has no incident with an external id and a description')
    const page = await open(`/avmp/incidents/?incident=${target.externalId}`)
    const item = page.locator(`#incident-${target.externalId}`)
    await expect.poll(() => item.locator('.avmp-incident-body p').first().textContent(), { timeout: 15_000 }).toBe(target.description)
    noViolations('incident list')
    await page.close()
  })

  it('the search page: Pagefind (WebAssembly) returns results for a query', async () => {
    const word = content().collections.news[0]?.title.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w)) ?? 'firearms'
    const page = await open(`/search/?q=${encodeURIComponent(word)}`)
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 })
    expect(await page.locator('.pagefind-ui__result').count()).toBeGreaterThan(0)
    noViolations('search')
    await page.close()
  })

  it('the newsletter form: the script talks to the CMS origin, and the plain POST goes there too', async () => {
    const page = await open('/newsletter/')
    const form = page.locator('main form[data-newsletter]')
    await form.locator('input[name="email"]').fill('reader@example.org')
    await form.getByRole('button', { name: 'Subscribe' }).click()
    await expect.poll(() => form.locator('[data-newsletter-status]').textContent(), { timeout: 15_000 }).toBe('Almost done: check your inbox.')
    expect(served).toEqual(expect.arrayContaining(['GET /api/newsletter/challenge', 'POST /api/newsletter/subscribe']))
    // Without the script (or when it fails): the browser's own form submission, then the CMS's redirect back.
    await form.locator('input[name="email"]').fill('reader@example.org')
    await Promise.all([page.waitForURL(`${nginx.url}/newsletter/check-your-inbox/`), form.evaluate((f) => (f as HTMLFormElement).submit())])
    noViolations('newsletter')
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('catches a violation when there is one: an injected inline script, image and fetch are blocked and reported', async () => {
    const page = await open('/')
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.injectedRan = true'
      document.body.append(script)
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => violations.some((v) => v.startsWith('script-src-elem blocked inline on /'))).toBe(true)
    // So is an image from a host the policy does not name.
    await page.evaluate(() => {
      const img = document.createElement('img')
      img.src = 'https://images.invalid/x.png'
      document.body.append(img)
    })
    await expect.poll(() => violations.some((v) => v.startsWith('img-src blocked https://images.invalid/x.png'))).toBe(true)
    // And a request to an API the policy does not name.
    const fetched = await page.evaluate(() => fetch('https://api.invalid/data.json').then(() => 'fetched', () => 'refused'))
    expect(fetched).toBe('refused')
    await expect.poll(() => violations.some((v) => v.startsWith('connect-src blocked https://api.invalid/data.json'))).toBe(true)
    // Nothing but the three controls (each reported as an event and logged to the console).
    expect(violations.every((v) => /inline|images\.invalid|api\.invalid|injectedRan/.test(v)), JSON.stringify(violations)).toBe(true)
    await page.close()
  })
})
