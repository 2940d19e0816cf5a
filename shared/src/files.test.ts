import { describe, expect, it } from 'vitest'

import { downloadText, fileFormat } from './files'

describe.each([
  ['application/pdf', 'law.pdf', 'PDF'],
  ['application/pdf; charset=binary', null, 'PDF'],
  ['APPLICATION/PDF', null, 'PDF'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'law.docx', 'Word'],
  ['text/csv', 'data.csv', 'CSV'],
  ['application/octet-stream', 'law.odt', 'ODT'],
  [null, 'scan.tiff', 'TIFF'],
  [null, null, 'file'],
  ['application/x-unknown', 'no-extension', 'file'],
])('fileFormat(%j, %j)', (mime, name, expected) => {
  it(`is ${expected}`, () => expect(fileFormat(mime, name)).toBe(expected))
})

describe('downloadText', () => {
  it.each([
    [['English', 'PDF', '1.4 MB'], 'Download (English, PDF, 1.4 MB)'],
    [['English', '', null], 'Download (English)'],
    [[], 'Download'],
  ])('%j', (details, text) => expect(downloadText(details)).toBe(text))
})
