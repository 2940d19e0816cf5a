/**
 * Page weight as a reader on a slow mobile link pays it: gzip bytes of the HTML (with its inline
 * CSS and scripts), linked stylesheets, and every script the page runs (inline, `src`, and the
 * chunks those import statically). JSON-LD is data, not script, and is counted in the HTML only.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { parse } from 'node-html-parser'

import { pagesByTextTemplate, listPages, type BuiltPage } from './sitePages'

export const BUDGETS = {
  /** HTML (including inline CSS) + linked CSS, gzip, per page. */
  htmlCssBytes: 30 * 1024,
  /** All JavaScript a page runs, gzip. */
  jsBytes: 4 * 1024,
}

const gz = (data: string | Buffer): number => zlib.gzipSync(data, { level: 9 }).length

export interface PageWeight {
  page: BuiltPage
  htmlGz: number
  /** Inline `<style>` plus linked stylesheets (informative: inline CSS is already in `htmlGz`). */
  cssGz: number
  /** What the HTML+CSS budget counts: the HTML file plus linked stylesheets. */
  htmlCssGz: number
  jsGz: number
  scripts: string[]
  /** Why the page looks like it ships framework (React/island) code; empty when it does not. */
  framework: string[]
}

const REACT_MARKERS = [/react\.dev\/errors/, /__SECRET_INTERNALS|__CLIENT_INTERNALS_DO_NOT_USE/, /react-dom/]

/** A script file and the chunks it imports statically, each once. */
function scriptClosure(outDir: string, urlPath: string, seen: Set<string>): string[] {
  const file = path.join(outDir, decodeURIComponent(urlPath.split(/[?#]/)[0] ?? ''))
  if (seen.has(file) || !fs.existsSync(file)) return []
  seen.add(file)
  const code = fs.readFileSync(file, 'utf8')
  const files = [file]
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.m?js)["']/g)) {
    const spec = m[1] ?? ''
    const next = spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(urlPath), spec)
    files.push(...scriptClosure(outDir, next, seen))
  }
  return files
}

export function measurePage(outDir: string, page: BuiltPage): PageWeight {
  const html = fs.readFileSync(path.join(outDir, page.file), 'utf8')
  const root = parse(html)
  const htmlGz = gz(html)
  let inlineCss = ''
  let linkedCssGz = 0
  for (const style of root.querySelectorAll('style')) inlineCss += style.textContent
  for (const link of root.querySelectorAll('link[rel~="stylesheet"]')) {
    const href = link.getAttribute('href') ?? ''
    const file = path.join(outDir, href.split(/[?#]/)[0] ?? '')
    if (href.startsWith('/') && fs.existsSync(file)) linkedCssGz += gz(fs.readFileSync(file))
  }
  const scripts: string[] = []
  const framework: string[] = []
  let jsGz = 0
  const seen = new Set<string>()
  for (const script of root.querySelectorAll('script')) {
    const type = script.getAttribute('type')
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue
    const src = script.getAttribute('src')
    if (src) {
      for (const file of scriptClosure(outDir, src, seen)) {
        const code = fs.readFileSync(file, 'utf8')
        const size = gz(code)
        jsGz += size
        const name = `/${path.relative(outDir, file).split(path.sep).join('/')}`
        scripts.push(`${name} (${size} B gz)`)
        if (REACT_MARKERS.some((re) => re.test(code))) framework.push(`${name} contains React`)
      }
    } else {
      const code = script.textContent
      const size = gz(code)
      jsGz += size
      scripts.push(`inline (${size} B gz): ${code.trim().replace(/\s+/g, ' ').slice(0, 50)}…`)
      if (REACT_MARKERS.some((re) => re.test(code))) framework.push('an inline script contains React')
    }
  }
  if (root.querySelector('astro-island')) framework.push('<astro-island> element (a hydrated framework component)')
  const cssGz = (inlineCss ? gz(inlineCss) : 0) + linkedCssGz
  return { page, htmlGz, cssGz, htmlCssGz: htmlGz + linkedCssGz, jsGz, scripts, framework }
}

export interface TemplateBudget {
  template: string
  pages: number
  /** The page with the largest HTML+CSS, and the one with the most JS (often the same). */
  heaviest: PageWeight
  mostJs: PageWeight
  /** Distinct scripts across the template's pages. */
  scripts: string[]
  failures: string[]
}

/** Measures every page of every text template; a template fails if any of its pages breaks a budget. */
export function checkBudgets(outDir: string): TemplateBudget[] {
  const rows: TemplateBudget[] = []
  for (const [template, pages] of pagesByTextTemplate(listPages(outDir))) {
    const weights = pages.map((p) => measurePage(outDir, p))
    const failures: string[] = []
    for (const w of weights) {
      if (w.htmlCssGz > BUDGETS.htmlCssBytes) failures.push(`${w.page.urlPath}: HTML+CSS ${kb(w.htmlCssGz)} > ${kb(BUDGETS.htmlCssBytes)}`)
      if (w.jsGz > BUDGETS.jsBytes) failures.push(`${w.page.urlPath}: JS ${kb(w.jsGz)} > ${kb(BUDGETS.jsBytes)} (${w.scripts.join('; ')})`)
      for (const reason of w.framework) failures.push(`${w.page.urlPath}: framework JS on a text page: ${reason}`)
    }
    const heaviest = weights.reduce((a, b) => (b.htmlCssGz > a.htmlCssGz ? b : a))
    const mostJs = weights.reduce((a, b) => (b.jsGz > a.jsGz ? b : a))
    const scripts = [...new Set(weights.flatMap((w) => w.scripts.map((s) => s.replace(/ \(\d+ B gz\)/, ''))))]
    rows.push({ template, pages: pages.length, heaviest, mostJs, scripts, failures })
  }
  return rows
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

export function formatBudgetTable(rows: TemplateBudget[]): string {
  const header = ['template', 'pages', 'HTML gz', 'CSS gz', 'HTML+CSS', 'JS gz', 'result', 'heaviest page']
  const lines = rows.map((r) => [
    r.template,
    String(r.pages),
    kb(r.heaviest.htmlGz),
    kb(r.heaviest.cssGz),
    kb(r.heaviest.htmlCssGz),
    kb(r.mostJs.jsGz),
    r.failures.length ? 'FAIL' : 'pass',
    r.heaviest.page.urlPath,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  const out = [fmt(header), ...lines.map(fmt), '', `Budgets per page: HTML+CSS ≤ ${kb(BUDGETS.htmlCssBytes)} gzip, JS ≤ ${kb(BUDGETS.jsBytes)} gzip, no framework JS.`, '', 'Scripts per template:']
  for (const r of rows) out.push(`  ${r.template}: ${r.scripts.length ? r.scripts.join(' | ') : 'none'}`)
  const failures = rows.flatMap((r) => r.failures)
  if (failures.length) out.push('', 'Over budget:', ...failures.map((f) => `  ${f}`))
  return out.join('\n')
}
