import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { buildExtract, ELLIPSIS, highlight, segmentsToString } from './extract'
import { fold } from '../text'

const LONG_EN =
  'A natural person may acquire a firearm only on the basis of an authorisation issued by the competent police authority. ' +
  'The authorisation is valid for six months. Holders shall keep firearms and ammunition separately, in a locked cabinet or safe, ' +
  'so that they cannot be reached by children or other unauthorised persons. Inspections may be carried out at any time. ' +
  'Records of firearms are kept for thirty years after the destruction of the firearm, in a computerised data-filing system.'
const LONG_UK =
  'Фізична особа може придбати вогнепальну зброю лише на підставі дозволу, виданого уповноваженим органом поліції. ' +
  'Власники зберігають вогнепальну зброю та боєприпаси окремо, у замкненій шафі або сейфі, так щоб вони не були доступні дітям.'

describe('highlight', () => {
  it.each([
    ['Law on Weapons', ['weapon'], 'Law on [Weapon]s'],
    ['Zakon o oružju', ['oruzju'], 'Zakon o [oružju]'],
    ['Закон України про зброю', ['zbroju', 'ukraini'], 'Закон [України] про [зброю]'],
    ['Nothing', ['x'], 'Nothing'],
    ['', ['x'], ''],
  ])('%j with %j is %j', (text, terms, expected) => expect(segmentsToString(highlight(text, terms))).toBe(expected))
})

describe('buildExtract', () => {
  it('is null without a match', () => expect(buildExtract(LONG_EN, ['explosives'])).toBeNull())

  it('returns a short text whole, every match marked', () => {
    expect(segmentsToString(buildExtract('Safe storage of weapons and weapon parts.', ['weapon']) ?? [])).toBe(
      'Safe storage of [weapon]s and [weapon] parts.',
    )
  })

  it('cuts a long text around the first match, at word boundaries, with ellipses', () => {
    const text = segmentsToString(buildExtract(LONG_EN, ['locked', 'cabinet']) ?? [])
    expect(text.startsWith(ELLIPSIS)).toBe(true)
    expect(text.endsWith(ELLIPSIS)).toBe(true)
    expect(text).toContain('[locked] [cabinet]')
    const inner = text.slice(1, -1)
    expect(LONG_EN).toContain(inner.replace(/[[\]]/g, ''))
    // Whole words at both ends.
    expect(LONG_EN).toMatch(new RegExp(`(^|\\s)${escape(inner.replace(/[[\]]/g, '').slice(0, 12))}`))
    expect(inner.length).toBeLessThanOrEqual(240)
  })

  it('starts at the beginning when the match is near it, with no leading ellipsis', () => {
    const text = segmentsToString(buildExtract(LONG_EN, ['natural']) ?? [])
    expect(text.startsWith('A [natural] person')).toBe(true)
    expect(text.endsWith(ELLIPSIS)).toBe(true)
  })

  it('ends at the end when the match is near it, with no trailing ellipsis', () => {
    const text = segmentsToString(buildExtract(LONG_EN, ['computerised']) ?? [])
    expect(text.endsWith('data-filing system.')).toBe(true)
    expect(text.startsWith(ELLIPSIS)).toBe(true)
  })

  it('works on Cyrillic text, diacritic-insensitively, and keeps the text as written', () => {
    const text = segmentsToString(buildExtract(LONG_UK, [fold('ЗАМКНЕНІЙ шафі')].flatMap((t) => t.split(' '))) ?? [])
    expect(text).toContain('[замкненій] [шафі]')
    expect(text.startsWith(ELLIPSIS)).toBe(true)
  })

  it('never loses or invents text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ minLength: 1, maxLength: 4 }), (text, word) => {
        const term = fold(word)
        const pieces = buildExtract(text, [term])
        if (!pieces) return
        expect(pieces.some((p) => p.mark)).toBe(true)
        const joined = pieces.map((p) => p.text).join('')
        const body = joined.replace(new RegExp(`^${ELLIPSIS}|${ELLIPSIS}$`, 'g'), '')
        expect(text).toContain(body)
      }),
    )
  })
})

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
