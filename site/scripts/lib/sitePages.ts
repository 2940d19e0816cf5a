/** The pages of a built site and the page templates the checks measure, from the output folder alone. */
import fs from 'node:fs'
import path from 'node:path'

export interface BuiltPage {
  /** Path inside the output folder, with forward slashes: `news/some-slug/index.html`. */
  file: string
  /** The URL path it is served at: `/news/some-slug/`. */
  urlPath: string
}

export function fileToUrlPath(file: string): string {
  if (file === 'index.html') return '/'
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`
  return `/${file}`
}

/** Every HTML file of the build, sorted by URL path (so "the first page" is stable between runs). */
export function listPages(outDir: string): BuiltPage[] {
  const pages: BuiltPage[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(abs)
      else if (entry.name.endsWith('.html')) {
        const file = path.relative(outDir, abs).split(path.sep).join('/')
        pages.push({ file, urlPath: fileToUrlPath(file) })
      }
    }
  }
  walk(outDir)
  return pages.sort((a, b) => a.urlPath.localeCompare(b.urlPath))
}

export interface TextTemplate {
  name: string
  /** URL paths of this template's pages; the first matching template wins. */
  match: RegExp
}

/**
 * The text templates that carry performance budgets (≤ 30 KB HTML+CSS, ≤ 4 KB JS, no framework JS)
 * and Lighthouse runs. Add a line when a new text template appears; the monitor's map and charts
 * are interactive pages with their own budgets and are deliberately not listed.
 */
export const TEXT_TEMPLATES: TextTemplate[] = [
  { name: 'home', match: /^\/$/ },
  { name: 'news index', match: /^\/news\/$/ },
  { name: 'news listing pages', match: /^\/news\/(page|topic|year)\// },
  { name: 'news article', match: /^\/news\/[^/]+\/$/ },
  { name: 'publications index', match: /^\/publications\/$/ },
  { name: 'publication filters', match: /^\/publications\/(type|theme|page|language|jurisdiction|year)\// },
  { name: 'publication', match: /^\/publications\/[^/]+\/$/ },
  { name: 'laws index', match: /^\/laws\/$/ },
  { name: 'law listings', match: /^\/laws\/(jurisdiction|subject)\/[^/]+\/$/ },
  // The compendium search (/laws/search/) is an application page, not a text page.
  { name: 'law', match: /^\/laws\/(?!search\/)[^/]+\/$/ },
  { name: 'content page', match: /^\/(who-we-are|about|salw-control|salw-control-roadmap|gender-and-security|regional-ssr-platform|resources|contact|disclaimer|cookie-policy|privacy-policy)\/$/ },
]

/** Pages grouped by text template (templates without built pages are left out). */
export function pagesByTextTemplate(pages: BuiltPage[]): Map<string, BuiltPage[]> {
  const groups = new Map<string, BuiltPage[]>()
  for (const page of pages) {
    const template = TEXT_TEMPLATES.find((t) => t.match.test(page.urlPath))
    if (!template) continue
    groups.set(template.name, [...(groups.get(template.name) ?? []), page])
  }
  return new Map(TEXT_TEMPLATES.filter((t) => groups.has(t.name)).map((t) => [t.name, groups.get(t.name) ?? []]))
}
