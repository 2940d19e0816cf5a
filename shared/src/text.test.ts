import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { containsAll, findRanges, fold, foldText, parseTerms } from './text'

describe.each([
  ['Oružje i municija', 'oruzje i municija'],
  ['ĐORĐE Đinđić', 'dorde dindic'],
  ['Ligji për armët, çështje', 'ligji per armet, ceshtje'],
  ['Legea privind armele, Bălți și Chișinău', 'legea privind armele, balti si chisinau'],
  ['Вогнепальна ЗБРОЯ та боєприпаси', 'vognepalna zbroja ta boepripasi'],
  ['Закон за оружјето', 'zakon za oruzjeto'],
  ['Огнено оружје, ќе се издаде', 'ogneno oruzje, ke se izdade'],
  ['Отчёт, Україна, Беларусь', 'otcet, ukraina, belarus'],
  ['Ђорђе, Љиљана, Џеп, Шабац', 'dorde, ljiljana, dzep, sabac'],
  ['Straße', 'strasse'],
])('fold(%j)', (input, expected) => {
  it(`is ${expected}`, () => expect(fold(input)).toBe(expected))
})

describe('foldText', () => {
  it('maps every folded character back into the source, also where folding changes the length', () => {
    const source = 'aßc \u0110'
    const { text, starts } = foldText(source)
    expect(text).toBe('assc d')
    expect(starts).toEqual([0, 1, 1, 2, 3, 4, 5])
  })
  it('maps a Cyrillic letter that folds to two Latin letters to one source position', () => {
    expect(foldText('Љуб')).toEqual({ text: 'ljub', starts: [0, 0, 1, 2, 3] })
  })
  it('keeps positions of characters outside the Basic Multilingual Plane', () => {
    const { text, starts } = foldText('😀Ab')
    expect(text).toBe('😀ab')
    expect(starts.at(-1)).toBe(4)
  })
})

describe.each([
  ['safe storage', ['safe', 'storage']],
  ['  Safe   STORAGE safe ', ['safe', 'storage']],
  ['Directive 2021/555', ['directive', '2021', '555']],
  ['Čuvanje oružja', ['cuvanje', 'oruzja']],
  ['зброя, боєприпаси', ['zbroja', 'boepripasi']],
  ['', []],
  ['  -- / ', []],
  ['a b c d e f g h i j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
])('parseTerms(%j)', (query, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(parseTerms(query)).toEqual(expected))
})

describe('findRanges', () => {
  it.each([
    ['Oružje se čuva u sefu', ['oruzje'], ['Oružje']],
    ['Holders shall keep firearms', ['fire', 'arms'], ['firearms']],
    ['weapons and WEAPON parts', ['weapon'], ['weapon', 'WEAPON']],
    ['Фізична особа може придбати вогнепальну зброю', ['zbroju', 'osoba'], ['особа', 'зброю']],
    ['Ђорђе', ['dorde'], ['Ђорђе']],
    ['чувају ватрено оружје', ['oruzje', 'cuvaju'], ['чувају', 'оружје']],
    ['Љубав', ['ljub'], ['Љуб']],
    ['nothing here', ['absent'], []],
  ])('in %j for %j covers %j', (source, terms, expected) => {
    expect(findRanges(source, terms).map((r) => source.slice(r.start, r.end))).toEqual(expected)
  })
  it('merges overlapping matches', () => {
    expect(findRanges('ammunition', ['ammun', 'munition'])).toEqual([{ start: 0, end: 10 }])
  })
  it('always returns ordered, disjoint ranges inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }), (text, words) => {
        const ranges = findRanges(text, words.map(fold))
        let end = 0
        for (const r of ranges) {
          expect(r.start).toBeGreaterThanOrEqual(end)
          expect(r.end).toBeGreaterThan(r.start)
          expect(r.end).toBeLessThanOrEqual(text.length)
          end = r.end
        }
      }),
    )
  })
})

describe('containsAll', () => {
  it.each([
    ['Čuvanje oružja i municije', ['cuvanje', 'municije'], true],
    ['Čuvanje oružja i municije', ['cuvanje', 'explosives'], false],
    ['Зберігання зброї', ['zbroi'], true],
    ['Zakon o oružju', ['закон'].map(fold), true],
    ['anything', [], true],
  ])('%j has all of %j: %s', (text, terms, expected) => expect(containsAll(text, terms)).toBe(expected))
})
