/**
 * Every built HTML page, checked statically: the things a reader, a screen reader or a search engine
 * notices when they are wrong. Failures list the page and the offending element.
 */
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'

import { SITE_URL } from './setup/fixture'
import { describeElement, dom, fileForPath, pages, site } from './helpers/site'

/**
 * Sections being built on other branches at the time of writing. While NOT ONE page of such a
 * section is in the build, links into it are listed in a skipped test instead of failing; as soon as
 * the section has a page, every link into it is checked strictly. Unknown sections always fail.
 */
const fail = (list: string[]) => (list.length ? `${list.length} problem(s):\n  ${list.join('\n  ')}` : '')

describe('every built page', () => {
  it('the build has pages', () => {
    expect(pages().map((p) => p.urlPath)).toContain('/')
  })

  it('has exactly one <h1>, a language, a title and a meta description', () => {
    const problems: string[] = []
    for (const page of pages()) {
      const root = dom(page.file)
      const h1 = root.querySelectorAll('h1')
      if (h1.length !== 1) problems.push(`${page.urlPath}: ${h1.length} <h1> elements${h1.length ? ': ' + h1.map((h) => `"${h.text.trim()}"`).join(', ') : ''}`)
      if (!root.querySelector('html')?.getAttribute('lang')?.trim()) problems.push(`${page.urlPath}: <html> without lang`)
      if (!root.querySelector('head > title')?.text.trim()) problems.push(`${page.urlPath}: empty or missing <title>`)
      if (!root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()) problems.push(`${page.urlPath}: empty or missing meta description`)
    }
    expect(problems, fail(problems)).toEqual([])
  })

  it('has an absolute canonical URL on the public origin, matching its own path', () => {
    const problems: string[] = []
    for (const page of pages()) {
      const links = dom(page.file).querySelectorAll('link[rel="canonical"]')
      if (links.length !== 1) {
        problems.push(`${page.urlPath}: ${links.length} <link rel="canonical">`)
        continue
      }
      const href = links[0]?.getAttribute('href') ?? ''
      let url: URL
      try {
        url = new URL(href)
      } catch {
        problems.push(`${page.urlPath}: canonical "${href}" is not an absolute URL`)
        continue
      }
      if (url.origin !== SITE_URL) problems.push(`${page.urlPath}: canonical ${href} is not on ${SITE_URL}`)
      // The 404 page is served at every unknown path; it has no path of its own to match.
      if (page.file !== '404.html' && url.pathname !== page.urlPath) problems.push(`${page.urlPath}: canonical ${href} names another path`)
    }
    expect(problems, fail(problems)).toEqual([])
  })

  it('has structured data (JSON-LD) that parses and names @context and @type', () => {
    const problems: string[] = []
    let blocks = 0
    for (const page of pages()) {
      for (const script of dom(page.file).querySelectorAll('script[type="application/ld+json"]')) {
        blocks++
        let data: unknown
        try {
          data = JSON.parse(script.textContent)
        } catch (error) {
          problems.push(`${page.urlPath}: JSON-LD does not parse (${(error as Error).message}): ${script.textContent.slice(0, 80)}`)
          continue
        }
        for (const item of Array.isArray(data) ? data : [data]) {
          const record = item as Record<string, unknown>
          if (typeof record !== 'object' || record === null || !record['@context'] || !record['@type'])
            problems.push(`${page.urlPath}: JSON-LD without @context or @type: ${JSON.stringify(item).slice(0, 100)}`)
        }
      }
    }
    expect(blocks).toBeGreaterThan(0)
    expect(problems, fail(problems)).toEqual([])
  })

  it('gives every image alt text, a width and a height (no layout shift)', () => {
    const problems: string[] = []
    for (const page of pages()) {
      for (const img of dom(page.file).querySelectorAll('img')) {
        if (img.getAttribute('alt') === undefined) problems.push(`${page.urlPath}: ${describeElement(img)} has no alt`)
        for (const dim of ['width', 'height']) {
          if (!/^\d+$/.test(img.getAttribute(dim) ?? '')) problems.push(`${page.urlPath}: ${describeElement(img)} has no numeric ${dim}`)
        }
      }
    }
    expect(problems, fail(problems)).toEqual([])
  })

  // Internal references: href/src/srcset/action starting with "/", and same-page fragments.
  const broken: string[] = []
  let checked = 0
  const collect = () => {
    if (checked) return
    const idsByFile = new Map<string, Set<string>>()
    const ids = (file: string) => {
      let set = idsByFile.get(file)
      if (!set) {
        set = new Set(dom(file).querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''))
        idsByFile.set(file, set)
      }
      return set
    }
    for (const page of pages()) {
      const root = dom(page.file)
      for (const el of root.querySelectorAll('[href], [src], [srcset], form[action]')) {
        const refs = [el.getAttribute('href'), el.getAttribute('src'), el.getAttribute('action'), ...(el.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])]
        for (const ref of refs) {
          if (!ref) continue
          if (ref.startsWith('#')) {
            checked++
            if (ref.length > 1 && !ids(page.file).has(decodeURIComponent(ref.slice(1)))) broken.push(`${page.urlPath}: ${describeElement(el)} points to #${ref.slice(1)}, which is not on the page`)
            continue
          }
          if (!ref.startsWith('/') || ref.startsWith('//')) continue
          checked++
          const [target = '/', fragment] = ref.split('#')
          const targetPath = target.split('?')[0] ?? '/'
          const file = fileForPath(targetPath)
          if (!file) {
            broken.push(`${page.urlPath}: ${describeElement(el)} → ${targetPath} does not exist in the build`)
          } else if (fragment && file.endsWith('.html') && !ids(file).has(decodeURIComponent(fragment))) {
            broken.push(`${page.urlPath}: ${describeElement(el)} → #${fragment} is not on ${targetPath}`)
          }
        }
      }
    }
  }

  it('links only to files and fragments that exist in the build', () => {
    collect()
    expect(checked).toBeGreaterThan(0)
    expect(broken, fail(broken)).toEqual([])
    // Listed, not failed, until the section has its first page in the build.
  })
})

describe('sitemap and robots.txt', () => {
  const read = (file: string) => fs.readFileSync(path.join(site().outDir, file), 'utf8')
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '')

  it('robots.txt names the sitemap on the public origin', () => {
    const robots = read('robots.txt')
    const sitemap = /^Sitemap:\s*(\S+)$/m.exec(robots)?.[1]
    expect(sitemap, robots).toBeDefined()
    expect(new URL(sitemap ?? '').origin).toBe(SITE_URL)
    expect(fileForPath(new URL(sitemap ?? '').pathname), `${sitemap} is not in the build`).toBeDefined()
  })

  it('the sitemap lists every indexable page, and only pages that exist', () => {
    const index = /^Sitemap:\s*(\S+)$/m.exec(read('robots.txt'))?.[1] ?? `${SITE_URL}/sitemap-index.xml`
    const indexXml = read(new URL(index).pathname.slice(1))
    const children = indexXml.includes('<sitemapindex') ? locs(indexXml) : [index]
    const listed = children.flatMap((child) => locs(read(new URL(child).pathname.slice(1))))
    const listedPaths = listed.map((u) => new URL(u).pathname)
    expect(listed.every((u) => u.startsWith(`${SITE_URL}/`)), listed.join('\n')).toBe(true)
    const indexable = pages()
      .filter((p) => p.file !== '404.html')
      .filter((p) => !/noindex/.test(dom(p.file).querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''))
      .map((p) => p.urlPath)
    const missing = indexable.filter((p) => !listedPaths.includes(p))
    const extra = listedPaths.filter((p) => !fileForPath(p))
    expect(missing, fail(missing.map((p) => `${p} is not in the sitemap`))).toEqual([])
    expect(extra, fail(extra.map((p) => `${p} is in the sitemap but not in the build`))).toEqual([])
  })
})

// Guard the checker itself: a page with known problems must produce them.
describe('the HTML checks themselves', () => {
  it('see a second <h1> and a missing alt in a page fragment', () => {
    const root = parse('<html lang="en"><body><h1>A</h1><h1>B</h1><img src="/x.png"></body></html>')
    expect(root.querySelectorAll('h1')).toHaveLength(2)
    expect(root.querySelector('img')?.getAttribute('alt')).toBeUndefined()
  })
})
