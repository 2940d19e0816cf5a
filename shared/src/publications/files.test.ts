import { describe, expect, it } from 'vitest'

import { breakAfterSlashes } from './files'
import { toIndexEntry } from './indexEntry'

describe('toIndexEntry', () => {
  it('keeps what cards and filters need, with file languages and a short date', () => {
    const entry = toIndexEntry(
      {
        title: 'T',
        summary: null,
        date: '2025-03-05T12:00:00.000Z',
        type: 'study',
        theme: 'salw-control',
        jurisdictions: ['serbia', 'serbia'],
        languages: ['en'],
        files: [{ language: 'mk' }],
      },
      '/publications/t/',
      { src: '/_astro/c.webp', width: 192, height: 271 },
    )
    expect(entry).toEqual({
      url: '/publications/t/',
      title: 'T',
      summary: '',
      date: '2025-03-05',
      type: 'study',
      theme: 'salw-control',
      jurisdictions: ['serbia'],
      languages: ['en', 'mk'],
      cover: { src: '/_astro/c.webp', width: 192, height: 271 },
    })
  })
  it('has no cover key without a cover', () => {
    expect('cover' in toIndexEntry({ title: 'T', date: '2025-01-01', type: 'study', theme: 'salw-control' }, '/p/')).toBe(false)
  })
})

describe('breakAfterSlashes', () => {
  it('adds a break opportunity after each slash and changes nothing else', () => {
    const out = breakAfterSlashes('Bosnian/Croatian/Serbian')
    expect(out).toBe('Bosnian/\u200BCroatian/\u200BSerbian')
    expect(out.replace(/\u200B/g, '')).toBe('Bosnian/Croatian/Serbian')
  })
})
