/**
 * Renders the Lexical editor state that Payload stores for rich-text fields into HTML, for the
 * static site. Written here rather than imported from `@payloadcms/richtext-lexical` so the site
 * build does not load the editor (and React/Payload) just to print paragraphs. Unknown nodes
 * render their children, so content never silently disappears; every text and attribute is escaped.
 */

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  url?: string
  fields?: { url?: string; newTab?: boolean; linkType?: string } | null
  [key: string]: unknown
}

export interface LexicalState {
  root: LexicalNode
}

export interface LexicalHtmlOptions {
  /** Shift heading levels so a body's `h2` never competes with the page's single `h1`. */
  minHeadingLevel?: number
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
}

// Lexical's text format bit flags.
const FORMAT_TAGS: [number, string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

/** Only web and mail links survive: a `javascript:` URL typed into the editor must not reach readers. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null
  const trimmed = url.trim()
  if (/^(https?:|mailto:|tel:)/i.test(trimmed) || trimmed.startsWith('/') || trimmed.startsWith('#')) return trimmed
  return null
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of FORMAT_TAGS) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

function renderNode(node: LexicalNode, options: Required<LexicalHtmlOptions>): string {
  const children = (node.children ?? []).map((child) => renderNode(child, options)).join('')
  switch (node.type) {
    case 'root':
      return children
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph':
      return children ? `<p>${children}</p>` : ''
    case 'heading': {
      const level = Number((node.tag ?? 'h2').replace(/\D/g, '')) || 2
      const shifted = Math.min(6, Math.max(options.minHeadingLevel, level))
      return `<h${shifted}>${children}</h${shifted}>`
    }
    case 'quote':
      return `<blockquote>${children}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children}</${tag}>`
    }
    case 'listitem':
      return `<li>${children}</li>`
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      if (!href) return children
      const external = /^https?:/i.test(href)
      const rel = external ? ' rel="noopener"' : ''
      return `<a href="${escapeHtml(href)}"${rel}>${children}</a>`
    }
    case 'horizontalrule':
      return '<hr>'
    default:
      return children
  }
}

/** Converts a Payload Lexical value to HTML; `null`/empty input gives an empty string. */
export function lexicalToHtml(state: LexicalState | null | undefined, options: LexicalHtmlOptions = {}): string {
  if (!state?.root) return ''
  return renderNode(state.root, { minHeadingLevel: options.minHeadingLevel ?? 2 })
}

/** Plain text of a Lexical value (for descriptions, search extracts and reading time). */
export function lexicalToText(state: LexicalState | null | undefined): string {
  if (!state?.root) return ''
  const parts: string[] = []
  const walk = (node: LexicalNode): void => {
    if (node.type === 'text' && node.text) parts.push(node.text)
    node.children?.forEach(walk)
    if (['paragraph', 'heading', 'listitem', 'quote'].includes(node.type)) parts.push('\n')
  }
  walk(state.root)
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim()
}
