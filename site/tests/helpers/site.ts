/** Reading the test build: pages, their parsed HTML, the content it was built from, its templates. */
import fs from 'node:fs'
import path from 'node:path'

import { SNAPSHOT_CONTENT_FILE, type ContentSnapshot } from '@clearinghouse/shared/snapshot'
import { parse, type HTMLElement } from 'node-html-parser'
import { inject } from 'vitest'

import { listPages, type BuiltPage } from '../../scripts/lib/sitePages'
import type { SiteFixture } from '../setup/fixture'

export const site = (): SiteFixture => inject('site')

let pagesCache: BuiltPage[] | undefined
export function pages(): BuiltPage[] {
  pagesCache ??= listPages(site().outDir)
  return pagesCache
}

const parsed = new Map<string, HTMLElement>()
/** The parsed HTML of a built page (by its file inside the output folder). */
export function dom(file: string): HTMLElement {
  let root = parsed.get(file)
  if (!root) {
    root = parse(fs.readFileSync(path.join(site().outDir, file), 'utf8'), { comment: false })
    parsed.set(file, root)
  }
  return root
}

let contentCache: ContentSnapshot | undefined
/** The content the test build was made from. */
export function content(): ContentSnapshot {
  contentCache ??= JSON.parse(fs.readFileSync(path.join(site().snapshot, SNAPSHOT_CONTENT_FILE), 'utf8')) as ContentSnapshot
  return contentCache
}

/** The built file a site path is served from, or undefined (directories serve their index.html). */
export function fileForPath(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/')
  const abs = path.join(site().outDir, clean)
  const stat = fs.statSync(abs, { throwIfNoEntry: false })
  if (stat?.isFile()) return path.relative(site().outDir, abs).split(path.sep).join('/')
  if (stat?.isDirectory() && fs.existsSync(path.join(abs, 'index.html'))) return path.relative(site().outDir, path.join(abs, 'index.html')).split(path.sep).join('/')
  return undefined
}

/** True when the build has this page (e.g. `/news/`), so steps needing it run as soon as it exists. */
export const hasPage = (urlPath: string): boolean => fileForPath(urlPath)?.endsWith('.html') ?? false

export interface Template {
  /** Astro route pattern, e.g. `/news/[slug]`. */
  route: string
  /** The first page it built (sorted), checked on behalf of the template. */
  page: BuiltPage
  pages: number
}

/** One page per page template, from the route manifest the build wrote. */
export function templates(): Template[] {
  const routes = JSON.parse(fs.readFileSync(site().routesFile, 'utf8')) as Record<string, string[]>
  return Object.entries(routes)
    .map(([route, files]) => {
      const html = files.filter((f) => f.endsWith('.html')).sort()
      const first = html[0]
      return first ? { route, page: pages().find((p) => p.file === first) ?? { file: first, urlPath: `/${first}` }, pages: html.length } : undefined
    })
    .filter((t): t is Template => t !== undefined)
    .sort((a, b) => a.route.localeCompare(b.route))
}

/** Short, readable description of an element for failure lists: `<img src="/x.jpg">`. */
export function describeElement(el: HTMLElement): string {
  const attrs = ['id', 'href', 'src', 'srcset', 'rel', 'name', 'type']
    .map((a) => (el.getAttribute(a) !== undefined ? `${a}="${String(el.getAttribute(a)).slice(0, 80)}"` : ''))
    .filter(Boolean)
  return `<${el.rawTagName}${attrs.length ? ' ' + attrs.join(' ') : ''}>`
}
