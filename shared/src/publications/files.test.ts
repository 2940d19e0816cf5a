import { describe, expect, it } from 'vitest'

import { breakAfterSlashes, downloadText, fileFormat, languageTag } from './files'
import { toIndexEntry } from './indexEntry'

describe.each([
  ['application/pdf', 'report.pdf', 'PDF'],
  ['application/PDF; charset=binary', null, 'PDF'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx', 'Word'],
  ['application/octet-stream', 'data.xlsx', 'XLSX'],
  [null, null, 'File'],
])('fileFormat(%s, %s)', (mime, name, format) => {
  it(`is ${format}`, () => expect(fileFormat(mime, name)).toBe(format))
})

describe('downloadText', () => {
  it('names language, format and size', () => expect(downloadText(['English', 'PDF', '1.4 MB'])).toBe('Download (English, PDF, 1.4 MB)'))
  it('skips what is unknown', () => expect(downloadText(['Albanian', 'PDF', ''])).toBe('Download (Albanian, PDF)'))
  it('is plain "Download" with nothing known', () => expect(downloadText([null, undefined])).toBe('Download'))
})

describe('languageTag', () => {
  it('keeps ISO codes and tags BCMS as hbs', () => {
    expect(languageTag('sq')).toBe('sq')
    expect(languageTag('bcms')).toBe('hbs')
  })
})

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
