/**
 * A reader signs up for the newsletter on the built static site in Chromium, with and without
 * JavaScript, against the real CMS endpoint (Payload's routing over HTTP, a fresh database, mail to
 * an in-process SMTP server: `cms/tests/helpers/newsletterHarness.ts`); the link in the mail that
 * arrives confirms the subscription.
 *
 * The run's one build is made before any CMS exists, so its forms post to the build's default CMS
 * address. Rather than a second build per test, this file serves the same build from a server of
 * its own that rewrites the forms' `action` to the test CMS; the CMS allows that server's origin
 * (`SITE_URL`) and redirects readers back to it. Everything else (the page, its bundled script,
 * CORS, the 303 to the static "check your inbox" page) is what a reader gets in production.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { ParsedMail } from 'mailparser'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkIn, startNewsletterCms, type NewsletterCms } from '../../cms/tests/helpers/newsletterHarness'
import { launchChromium } from '../../scripts/lib/browser'
import { listenOnFirstFree, resolveFile } from '../scripts/lib/serveStatic'
import { site } from './helpers/site'

/** This file's own static server: ports agreed for the newsletter tests. */
const PORTS = [4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379]
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' }

let server: http.Server
let origin: string
let cms: NewsletterCms
let browser: Browser

beforeAll(async () => {
  const root = path.resolve(site().outDir)
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const found = resolveFile(root, url.pathname)
    if (found.redirect) return void res.writeHead(301, { location: found.redirect }).end()
    if (!found.file) return void res.writeHead(404).end()
    const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream'
    let body: string | Buffer = fs.readFileSync(found.file)
    if (type.startsWith('text/html')) {
      body = body.toString('utf8').replace(/action="[^"]*\/api\/newsletter\/subscribe"/g, `action="${cms.base}/api/newsletter/subscribe"`)
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
  })
  const port = await listenOnFirstFree(server, PORTS, '127.0.0.1')
  origin = `http://127.0.0.1:${port}`
  cms = await startNewsletterCms('newsletter-e2e', { SITE_URL: origin })
  // The CMS must expect the consent version the built page carries (a fresh database has the default).
  const page = fs.readFileSync(path.join(root, 'newsletter', 'index.html'), 'utf8')
  const consentVersion = /name="consentVersion" value="([^"]+)"/.exec(page)?.[1]
  expect(consentVersion, 'the built /newsletter/ page has no consent version').toBeTruthy()
  const settings = await cms.payload.findGlobal({ slug: 'site-settings', depth: 0 })
  await cms.payload.updateGlobal({ slug: 'site-settings', data: { newsletter: { ...settings.newsletter, consentVersion } } })
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await cms?.close()
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

const mailTo = (email: string) => cms.inbox.waitFor((m: ParsedMail) => !Array.isArray(m.to) && m.to?.text === email && m.subject?.startsWith('Confirm your subscription') === true)

/** Opens the confirmation link as the reader would: the CMS confirms and sends them to the static page. */
async function confirmFrom(mail: ParsedMail, page: Page, email: string) {
  const link = linkIn(mail, 'confirm')
  expect(link.startsWith(cms.base)).toBe(true)
  await page.goto(link)
  expect(page.url()).toBe(`${origin}/newsletter/confirmed/`)
  await expect.poll(() => page.locator('h1').textContent()).toMatch(/confirmed/i)
  const doc = (await cms.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, overrideAccess: true })).docs[0]
  expect(doc?.status).toBe('confirmed')
}

describe('newsletter signup on the static site', () => {
  it('with JavaScript: challenge, proof-of-work and submit in place; inline message; the mailed link confirms', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const posts: string[] = []
    page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())))
    await page.goto(`${origin}/newsletter/`)
    const form = page.locator('main form[data-newsletter]')
    const email = 'with.script@example.org'
    await form.getByLabel('E-mail address').fill(email)
    await form.getByRole('button', { name: 'Subscribe' }).click()
    const status = form.locator('[data-newsletter-status]')
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/check your inbox/i)
    // Submitted in place: still on the same page, the form emptied, one POST to the CMS.
    expect(page.url()).toBe(`${origin}/newsletter/`)
    expect(await form.getByLabel('E-mail address').inputValue()).toBe('')
    expect(posts).toEqual([`${cms.base}/api/newsletter/subscribe`])
    const pending = (await cms.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, overrideAccess: true })).docs[0]
    expect(pending).toMatchObject({ status: 'pending', consent: { sourcePage: '/newsletter/' } })
    await confirmFrom(await mailTo(email), page, email)
    await context.close()
  })

  it('without JavaScript: the form POSTs, the browser follows the 303 to "check your inbox"; the mailed link confirms', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })
    const page = await context.newPage()
    // The footer form, on an ordinary page.
    await page.goto(`${origin}/`)
    const form = page.locator('footer form[data-newsletter]')
    const email = 'no.script@example.org'
    await form.getByLabel('E-mail address').fill(email)
    await Promise.all([page.waitForURL(`${origin}/newsletter/check-your-inbox/`), form.getByRole('button', { name: 'Subscribe' }).click()])
    expect(await page.locator('h1').textContent()).toMatch(/check your inbox/i)
    const pending = (await cms.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, overrideAccess: true })).docs[0]
    expect(pending).toMatchObject({ status: 'pending', consent: { sourcePage: '/' } })
    await confirmFrom(await mailTo(email), page, email)
    await context.close()
  })
})
