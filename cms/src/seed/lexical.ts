/**
 * Turns simple content blocks into the serialized editor state that Payload's Lexical rich-text
 * field stores (root → paragraph / heading / list / quote → text), so seed content can be written
 * as plain data.
 */

export type RichBlock =
  { h2: string } | { h3: string } | { p: string } | { ul: string[] } | { ol: string[] } | { quote: string }

interface BaseNode {
  type: string
  version: 1
  // Lexical nodes carry type-specific properties (tag, listType, value…); Payload types them so too.
  [key: string]: unknown
}

export interface LexicalTextNode extends BaseNode {
  type: 'text'
  text: string
  format: 0
  style: ''
  mode: 'normal'
  detail: 0
}

export interface LexicalElementNode extends BaseNode {
  children: (LexicalElementNode | LexicalTextNode)[]
  direction: 'ltr'
  format: ''
  indent: 0
}

export interface LexicalState {
  root: LexicalElementNode & { type: 'root' }
  [key: string]: unknown
}

const text = (value: string): LexicalTextNode => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const element = (
  type: string,
  children: LexicalElementNode['children'],
  extra: Record<string, unknown> = {},
): LexicalElementNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

function list(items: string[], ordered: boolean): LexicalElementNode {
  return element(
    'list',
    items.map((item, i) => element('listitem', [text(item)], { value: i + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )
}

function toNode(block: RichBlock): LexicalElementNode {
  if ('h2' in block) return element('heading', [text(block.h2)], { tag: 'h2' })
  if ('h3' in block) return element('heading', [text(block.h3)], { tag: 'h3' })
  if ('p' in block) return element('paragraph', [text(block.p)], { textFormat: 0, textStyle: '' })
  if ('ul' in block) return list(block.ul, false)
  if ('ol' in block) return list(block.ol, true)
  return element('quote', [text(block.quote)])
}

/**
 * Lexical editor state for a list of blocks.
 * @example richText([{ h2: 'Background' }, { p: 'The meeting took place in Belgrade.' }, { ul: ['One', 'Two'] }])
 */
export function richText(blocks: readonly RichBlock[]): LexicalState {
  return { root: { ...element('root', blocks.map(toNode)), type: 'root' } }
}

/** The plain text of an editor state, paragraphs separated by blank lines (for PDFs and summaries). */
export function plainText(state: LexicalState): string {
  const walk = (node: LexicalElementNode | LexicalTextNode): string =>
    node.type === 'text'
      ? (node as LexicalTextNode).text
      : (node as LexicalElementNode).children.map(walk).join(node.type === 'list' ? '\n' : '')
  return state.root.children.map(walk).join('\n\n')
}
