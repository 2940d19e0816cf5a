import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { CsvError, csvCell, csvLine, parseCsv, unescapeCsvCell } from './csv'

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+381 11', "'+381 11"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'quoted'", "''quoted'"],
    [null, ''],
    [12, '12'],
    [false, 'false'],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe('unescapeCsvCell', () => {
  it.each([
    ["'=1+1", '=1+1'],
    ["'-2", '-2'],
    ["''quoted'", "'quoted'"],
    ["'Twas", "'Twas"],
    ["'", "'"],
    ['plain', 'plain'],
  ])('%j → %j', (cell, text) => {
    expect(unescapeCsvCell(cell)).toBe(text)
  })
})

describe('parseCsv', () => {
  it.each([
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['LF, no final break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['old Mac CR', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['a byte-order mark', '\uFEFFa,b\r\n', [['a', 'b']]],
    ['quotes, commas and line breaks inside a cell', '"x, ""y""\r\nz",2\r\n', [['x, "y"\r\nz', '2']]],
    ['empty cells and an empty line', ',\r\n\r\n"",x\r\n', [['', ''], [''], ['', 'x']]],
    ['a stray quote inside a cell', 'O"Neil,2\r\n', [['O"Neil', '2']]],
  ])('reads %s', (_name, text, records) => {
    expect(parseCsv(text)).toEqual(records)
  })

  it.each([
    ['semicolons (Excel, European locales)', 'a;b;c\r\n"1,5";2;3\r\n', [['a', 'b', 'c'], ['1,5', '2', '3']]],
    ['tabs', 'a\tb\r\n1\t2\r\n', [['a', 'b'], ['1', '2']]],
    ['commas, ignoring separators inside quotes', '"a;b;c",d\r\n', [['a;b;c', 'd']]],
  ])('guesses %s from the first record', (_name, text, records) => {
    expect(parseCsv(text, { delimiter: 'auto' })).toEqual(records)
  })

  it('names the row of a quote that is never closed', () => {
    const attempt = () => parseCsv('a,b\r\n1,2\r\n3,"four\r\n5,6\r\n')
    expect(attempt).toThrow(CsvError)
    expect(attempt).toThrow(/row 3/)
  })

  it('reads back exactly what csvLine wrote, once unescaped (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme-composite' }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map(csvLine).join('\r\n') + '\r\n'
        expect(parseCsv(text).map((r) => r.map(unescapeCsvCell))).toEqual(rows)
      }),
    )
  })

  it('puts an apostrophe before formula characters, visibly to a spreadsheet (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const [row] = parseCsv(`${csvLine(cells)}\r\n`)
        expect(row).toEqual(cells.map((c) => (/^[=+\-@\t\r']/.test(c) ? `'${c}` : c)))
      }),
    )
  })
})
