/**
 * A reader's journey through the served build in Chromium; a step whose page is missing fails
 * naming that page.
 * Every request of the journey is recorded: nothing may leave the local server.
 */
import { PUBLICATION_TYPES } from '@clearinghouse/shared/vocab'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/lib/browser'
import { content, hasPage, site } from './helpers/site'

let browser: Browser
let context: BrowserContext
let noJs: BrowserContext
const requested: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  noJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })
  for (const c of [context, noJs]) c.on('request', (r: Request) => void requested.push(r.url()))
})
afterAll(async () => {
  await browser?.close()
})

const url = (path: string) => `${site().url}${path}`
/** Last path segment of a site link: the slug of `/news/<slug>/`, the type of `/publications/type/<type>/`. */
const slugOf = (href: string | null) => /\/([^/?#]+)\/(?:[?#].*)?$/.exec(href ?? '')?.[1]

async function open(path: string, ctx = context): Promise<Page> {
  const page = await ctx.newPage()
  const response = await page.goto(url(path))
  expect(response?.status(), `${path} answered ${response?.status()}`).toBe(200)
  return page
}

/** hrefs of the links inside <main> that start with `prefix`. */
async function mainLinks(page: Page, prefix: string, visibleOnly = false): Promise<string[]> {
  return page.$$eval(
    'main a[href]',
    (links, [p, visible]) =>
      links
        .filter((a) => !visible || (a as HTMLElement).offsetParent !== null)
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h) => h.startsWith(p as string)),
    [prefix, visibleOnly] as const,
  )
}

describe('a reader’s journey', () => {
  it('home → news → an article → a related publication → its PDF', async () => {
    const news = content().collections.news
    const publications = content().collections.publications
    const withRelated = news.filter((n) => (n.relatedPublications ?? []).some((id) => publications.some((p) => p.id === id)))
    expect(hasPage('/news/'), '/news/ is not built').toBe(true)
    expect(withRelated.some((n) => hasPage(`/news/${n.slug}/`)), 'news article pages are not built').toBe(true)
    expect(publications.some((p) => hasPage(`/publications/${p.slug}/`)), 'publication pages are not built').toBe(true)

    const page = await open('/')
    await page.locator('main a[href="/news/"]').first().click()
    await page.waitForURL(url('/news/'))
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toMatch(/news/i)

    // An article with related publications, reached from the index if it is listed on its first page.
    const listed = new Set<string | null | undefined>((await mainLinks(page, '/news/')).map(slugOf))
    const article = withRelated.find((n) => listed.has(n.slug)) ?? withRelated[0]
    if (!article) throw new Error('the seed has no news item with related publications')
    if (listed.has(article.slug)) await page.locator(`main a[href="/news/${article.slug}/"]`).first().click()
    else await page.goto(url(`/news/${article.slug}/`))
    await page.waitForURL(url(`/news/${article.slug}/`))
    expect((await page.locator('h1').textContent())?.trim()).toBe(article.title)

    const related = publications.filter((p) => (article.relatedPublications ?? []).includes(p.id))
    const relatedLink = page.locator(related.map((p) => `main a[href="/publications/${p.slug}/"]`).join(', ')).first()
    await relatedLink.click()
    await page.waitForURL(/\/publications\/[^/]+\/$/)
    const publication = related.find((p) => page.url().endsWith(`/publications/${p.slug}/`))
    expect(publication, `landed on ${page.url()}`).toBeDefined()
    expect((await page.locator('h1').textContent())?.trim()).toBe(publication?.title)

    const downloads = (await mainLinks(page, '/files/')).filter((h) => /\.pdf$/i.test(h))
    expect(downloads.length, 'the publication page offers no PDF under /files/').toBeGreaterThan(0)
    const pdf = await page.request.get(url(downloads[0] ?? ''))
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })

  // A type with several publications but not all of them, so filtering visibly changes the list.
  const counts = () => {
    const byType = new Map<string, number>()
    for (const p of content().collections.publications) byType.set(p.type, (byType.get(p.type) ?? 0) + 1)
    return byType
  }
  const typeOf = (slug: string | undefined) => content().collections.publications.find((p) => p.slug === slug)?.type

  it('filters publications by type without JavaScript (a link to a page per type)', async () => {
    expect(hasPage('/publications/'), '/publications/ is not built').toBe(true)
    const page = await open('/publications/', noJs)
    const filters = (await mainLinks(page, '/publications/type/')).filter((h) => /^\/publications\/type\/[^/]+\/$/.test(h))
    expect(filters.length, '/publications/ has no /publications/type/<type>/ filter links').toBeGreaterThan(0)
    const [first] = filters.sort((a, b) => (counts().get(slugOf(b) ?? '') ?? 0) - (counts().get(slugOf(a) ?? '') ?? 0))
    const type = slugOf(first ?? '') ?? ''
    expect(PUBLICATION_TYPES.map((t) => t.value)).toContain(type)
    await page.locator(`main a[href="${first}"]`).first().click()
    await page.waitForURL(url(`/publications/type/${type}/`))
    const items = (await mainLinks(page, '/publications/')).map(slugOf).filter((s) => typeOf(s) !== undefined)
    expect(items.length, `no publications listed on /publications/type/${type}/`).toBeGreaterThan(0)
    expect(items.filter((s) => typeOf(s) !== type), 'publications of another type are listed').toEqual([])
    await page.close()
  })

  it('filters publications by type with JavaScript (select → list, count and URL update)', async () => {
    expect(hasPage('/publications/'), '/publications/ is not built').toBe(true)
    const page = await open('/publications/')
    const values = PUBLICATION_TYPES.map((t) => t.value)
    const select = page.locator('main select').filter({ has: page.locator(`option[value="${values[0]}"], option[value="${values[1]}"]`) }).first()
    expect(await select.count(), '/publications/ has no type <select> filter').toBeGreaterThan(0)
    const [type, expected] = [...counts()].filter(([, n]) => n < content().collections.publications.length).sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
    await select.selectOption(type)
    await page.waitForURL((u) => u.href.includes(type))
    await expect.poll(async () => (await mainLinks(page, '/publications/', true)).map(slugOf).filter((s) => typeOf(s) !== undefined && typeOf(s) !== type), { timeout: 10_000 }).toEqual([])
    const shown = (await mainLinks(page, '/publications/', true)).map(slugOf).filter((s) => typeOf(s) === type)
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThanOrEqual(expected)
    expect(await page.locator('main').innerText(), `the count of ${type} publications (${expected}) is not shown`).toMatch(new RegExp(`\\b${expected}\\b`))
    // The filtered view is addressable: reloading its URL shows the same selection.
    await page.reload()
    await expect.poll(() => select.inputValue(), { timeout: 10_000 }).toBe(type)
    await page.close()
  })

  it('finds a law by a word of its title through the search page (Pagefind)', async () => {
    expect(hasPage('/search/'), '/search/ is not built').toBe(true)
    const laws = content().collections.laws
    expect(laws.some((l) => hasPage(`/laws/${l.slug}/`)), 'law pages are not built').toBe(true)
    // A word that appears in exactly one law's title and in no other title or summary.
    const others = [...content().collections.news, ...content().collections.publications].map((d) => `${d.title} ${d.summary ?? ''}`.toLowerCase())
    const words = (s: string): string[] => s.toLowerCase().match(/\p{L}{7,}/gu) ?? []
    const pick = laws
      .flatMap((law) => words(law.title).map((word) => ({ law, word })))
      .find(({ law, word }) => laws.filter((l) => l !== law && words(l.title).includes(word)).length === 0 && !others.some((o) => o.includes(word)))
    if (!pick) throw new Error('no law title has a distinctive word')
    const page = await open('/')
    await page.locator('#site-search').fill(pick.word)
    await page.locator('#site-search').press('Enter')
    await page.waitForURL(/\/search\/\?q=/)
    const result = page.locator(`main a[href*="/laws/${pick.law.slug}/"]`).first()
    await result.waitFor({ timeout: 15_000 })
    await result.click()
    await page.waitForURL(new RegExp(`/laws/${pick.law.slug}/`))
    expect(await page.locator('h1').textContent()).toContain(pick.law.title)
    await page.close()
  })

  it('answers an unknown URL with the 404 page (status 404) that links home', async () => {
    expect(hasPage('/404.html'), 'src/pages/404.astro is not built').toBe(true)
    const page = await context.newPage()
    const response = await page.goto(url('/no-such-page-anywhere/'))
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.locator('main a[href="/"]').count(), 'the 404 page has no link to the home page in <main>').toBeGreaterThan(0)
    await page.close()
  })

  it('hides the cookie notice once accepted, also after a reload', async () => {
    const page = await open('/')
    const notice = page.getByRole('region', { name: /cookie/i })
    await notice.waitFor({ state: 'visible', timeout: 10_000 })
    await notice.getByRole('button', { name: /accept/i }).click()
    await notice.waitFor({ state: 'hidden', timeout: 10_000 })
    await page.reload({ waitUntil: 'load' })
    expect(await notice.isVisible()).toBe(false)
    expect(await page.evaluate(() => localStorage.getItem('cookie-consent'))).toBe('accepted')
    await page.close()
  })

  it('made no request to any other host during the journey', () => {
    expect(requested.length).toBeGreaterThan(0)
    const local = new URL(site().url).host
    const elsewhere = requested.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && new URL(r).host !== local)
    expect(elsewhere, `requests left the local server:\n  ${[...new Set(elsewhere)].join('\n  ')}`).toEqual([])
  })
})
