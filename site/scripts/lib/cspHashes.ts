/**
 * The inline scripts and stylesheets of a built site, by CSP hash, and the list of allowed hashes
 * kept in the nginx template (deploy/nginx/site.conf.template). The live release switches without
 * an nginx reload, so the policy cannot be computed per release: the list is checked in, a site test
 * fails when a build emits something not on it, and `npm run csp:hashes -w site` rewrites it.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'node-html-parser'

import { listPages } from './sitePages'

export const NGINX_TEMPLATE = path.resolve(import.meta.dirname, '../../../deploy/nginx/site.conf.template')
export const REGENERATE_COMMAND = 'npm run csp:hashes -w site -- --dir <build folder>'

/** `'sha256-…'`, as a CSP source expression, of an inline element's exact text. */
export const cspHash = (text: string): string => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * Script types the browser runs (and CSP checks). Anything else, such as `application/ld+json`, is
 * a data block: never executed, so it needs no hash.
 */
const RUNNABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript|importmap)$/i

export interface InlineBlock {
  kind: 'script' | 'style'
  hash: string
  /** The first page it appears on, and how it starts: for messages a developer can act on. */
  file: string
  excerpt: string
}

export interface InlineScan {
  scripts: InlineBlock[]
  styles: InlineBlock[]
  /** Markup a hash cannot allow (inline event handlers, `style` attributes, `javascript:` URLs). */
  unhashable: string[]
  /** Data blocks seen (JSON-LD and the like): skipped, since the browser never runs them. */
  dataBlocks: number
}

/** Every distinct inline script and `<style>` of the built pages in `outDir`. */
export function scanInline(outDir: string): InlineScan {
  const found = new Map<string, InlineBlock>()
  const unhashable: string[] = []
  let dataBlocks = 0
  for (const page of listPages(outDir)) {
    const html = fs.readFileSync(path.join(outDir, page.file), 'utf8')
    const add = (kind: InlineBlock['kind'], text: string) => {
      const hash = cspHash(text)
      if (!found.has(`${kind} ${hash}`)) found.set(`${kind} ${hash}`, { kind, hash, file: page.file, excerpt: text.trim().replace(/\s+/g, ' ').slice(0, 60) })
    }
    // Built HTML: a script's text cannot contain `</script`, nor a style's `</style`.
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      const attrs = m[1] ?? ''
      const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? ''
      if (/\bsrc\s*=/i.test(attrs)) continue
      if (!RUNNABLE_SCRIPT.test(type)) {
        dataBlocks++
        continue
      }
      add('script', m[2] ?? '')
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) add('style', m[1] ?? '')
    for (const el of parse(html).querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        const attr = name.toLowerCase()
        if (attr === 'style' || /^on[a-z]+$/.test(attr) || (['href', 'src', 'action', 'formaction'].includes(attr) && /^\s*javascript:/i.test(value))) {
          unhashable.push(`${page.file}: <${el.rawTagName} ${attr}="${value.slice(0, 60)}">`)
        }
      }
    }
  }
  const all = [...found.values()]
  return { scripts: all.filter((b) => b.kind === 'script'), styles: all.filter((b) => b.kind === 'style'), unhashable, dataBlocks }
}

/** The two hash lists as the template holds them: `set $csp_script_hashes "…";` and `set $csp_style_hashes "…";`. */
const LIST_LINE = (name: 'script' | 'style') => new RegExp(`(set \\$csp_${name}_hashes ")([^"]*)(";)`)

export function readAllowedHashes(template = fs.readFileSync(NGINX_TEMPLATE, 'utf8')): { scripts: string[]; styles: string[] } {
  const list = (name: 'script' | 'style') => {
    const m = LIST_LINE(name).exec(template)
    if (!m) throw new Error(`${NGINX_TEMPLATE} has no \`set $csp_${name}_hashes "…";\` line`)
    return (m[2] ?? '').split(/\s+/).filter(Boolean)
  }
  return { scripts: list('script'), styles: list('style') }
}

/** The template with its hash lists replaced (sorted, so a regeneration shows as a small diff). */
export function writeAllowedHashes(template: string, lists: { scripts: string[]; styles: string[] }): string {
  const line = (hashes: string[]) => [...new Set(hashes)].sort().join(' ')
  return template.replace(LIST_LINE('script'), (_, a: string, _old: string, b: string) => `${a}${line(lists.scripts)}${b}`).replace(LIST_LINE('style'), (_, a: string, _old: string, b: string) => `${a}${line(lists.styles)}${b}`)
}
