import { describe, expect, it } from 'vitest'

import { fileFormatLabel } from './fileFormat'

describe.each([
  ['application/pdf', 'law.pdf', 'PDF'],
  ['application/pdf; charset=binary', null, 'PDF'],
  ['APPLICATION/PDF', null, 'PDF'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'law.docx', 'Word'],
  ['application/octet-stream', 'law.odt', 'ODT'],
  [null, 'scan.tiff', 'TIFF'],
  [null, null, 'file'],
  ['application/x-unknown', 'no-extension', 'file'],
])('fileFormatLabel(%j, %j)', (mime, name, expected) => {
  it(`is ${expected}`, () => expect(fileFormatLabel(mime, name)).toBe(expected))
})
