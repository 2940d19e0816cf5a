import { describe, expect, it } from 'vitest'
import { escapeHtml, lexicalToHtml, lexicalToText, safeHref, type LexicalNode } from './lexicalToHtml'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const root = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

describe('lexicalToHtml', () => {
  it.each([
    ['paragraph', root({ type: 'paragraph', children: [text('Hello')] }), '<p>Hello</p>'],
    ['bold + italic', root({ type: 'paragraph', children: [text('x', 3)] }), '<p><em><strong>x</strong></em></p>'],
    ['heading kept at h2', root({ type: 'heading', tag: 'h2', children: [text('T')] }), '<h2>T</h2>'],
    ['h1 shifted to h2', root({ type: 'heading', tag: 'h1', children: [text('T')] }), '<h2>T</h2>'],
    [
      'bullet list',
      root({ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('a')] }] }),
      '<ul><li>a</li></ul>',
    ],
    [
      'numbered list',
      root({ type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('a')] }] }),
      '<ol><li>a</li></ol>',
    ],
    ['quote', root({ type: 'quote', children: [text('q')] }), '<blockquote>q</blockquote>'],
    ['empty paragraph dropped', root({ type: 'paragraph', children: [] }), ''],
    ['unknown node keeps children', root({ type: 'mystery', children: [text('kept')] }), 'kept'],
  ])('%s', (_name, state, html) => {
    expect(lexicalToHtml(state)).toBe(html)
  })

  it('escapes text so markup typed by an editor is shown, not run', () => {
    expect(lexicalToHtml(root({ type: 'paragraph', children: [text('<script>alert("x")</script>')] }))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    )
  })

  it('renders safe links and drops javascript: links but keeps their text', () => {
    const good = root({ type: 'link', fields: { url: 'https://example.org/a?b=1&c=2' }, children: [text('site')] })
    expect(lexicalToHtml(good)).toBe('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener">site</a>')
    const bad = root({ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('click')] })
    expect(lexicalToHtml(bad)).toBe('click')
  })

  it('accepts null', () => {
    expect(lexicalToHtml(null)).toBe('')
    expect(lexicalToText(undefined)).toBe('')
  })
})

describe('lexicalToText', () => {
  it('joins blocks with newlines', () => {
    const state = root(
      { type: 'heading', tag: 'h2', children: [text('Title')] },
      { type: 'paragraph', children: [text('One '), text('two', 1)] },
    )
    expect(lexicalToText(state)).toBe('Title\nOne two')
  })
})

describe('helpers', () => {
  it.each([
    ['https://a.org', 'https://a.org'],
    ['/news/', '/news/'],
    ['mailto:x@y.org', 'mailto:x@y.org'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    [undefined, null],
  ])('safeHref(%s)', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })
  it('escapeHtml', () => expect(escapeHtml(`a&b<"'>`)).toBe('a&amp;b&lt;&quot;&#39;&gt;'))
})
