/**
 * The seed's pure parts, without a database: the PDF writer, the Lexical builder, the progress
 * line and the demo content's coverage of every vocabulary.
 */
import { inflateSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { slugify } from '@clearinghouse/shared/slug'
import {
  JURISDICTIONS,
  LAW_KINDS,
  LAW_SUBJECTS,
  NEWS_TOPICS,
  PUBLICATION_THEMES,
  PUBLICATION_TYPES,
  valuesOf,
} from '@clearinghouse/shared/vocab'

import { buildLaws } from '../../src/seed/content/laws'
import { NEWS } from '../../src/seed/content/news'
import { PAGES } from '../../src/seed/content/pages'
import { buildPublications } from '../../src/seed/content/publications'
import { toSerbianCyrillic } from '../../src/seed/content/provisions'
import { richText } from '../../src/seed/lexical'
import { createPdf, wrapText } from '../../src/seed/pdf'
import { progressLine } from '../../src/seed/progress'

const NOW = new Date('2026-11-22T10:00:00.000Z')
const constant = () => 0.5

describe('createPdf', () => {
  const pdf = createPdf({
    title: 'Regionalni tromesečni monitor oružanog nasilja — Čačak, Đakovica, țară (test)',
    subtitle: 'Belgrade',
    lang: 'sr-Latn',
    date: new Date('2026-01-05T10:00:00Z'),
    footer: 'Footer',
    blocks: Array.from({ length: 30 }, (_, i) => [
      { h: `Section ${i}` },
      { p: 'Text with (parentheses) and a \\ backslash. '.repeat(20) },
      { ul: ['One', 'Two'] },
    ]).flat(),
  })
  const text = pdf.toString('latin1')

  it('starts with the PDF magic bytes and ends with an end-of-file marker', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true)
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
  })

  it('has a cross-reference table whose offsets point at the objects', () => {
    const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)?.[1])
    expect(text.slice(startxref, startxref + 4)).toBe('xref')
    const [, count] = /xref\n0 (\d+)\n/.exec(text.slice(startxref)) ?? []
    const entries = text
      .slice(startxref)
      .split('\n')
      .slice(3, 2 + Number(count))
    entries.forEach((entry, i) => {
      const offset = Number(entry.slice(0, 10))
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`)
    })
  })

  it('lays long documents out over several pages and declares stream lengths correctly', () => {
    expect(Number(/\/Count (\d+)/.exec(text)?.[1])).toBeGreaterThan(3)
    for (const match of text.matchAll(/<< \/Length (\d+) \/Filter \/FlateDecode >>\nstream\n/g)) {
      const start = match.index + match[0].length
      const stream = pdf.subarray(start, start + Number(match[1]))
      expect(pdf.subarray(start + Number(match[1]), start + Number(match[1]) + 10).toString('latin1')).toBe(
        '\nendstream',
      )
      expect(inflateSync(stream).toString('latin1')).toContain('BT')
    }
  })

  it('is byte-for-byte reproducible', () => {
    const again = createPdf({ title: 'Same', blocks: [{ p: 'Same text' }], date: new Date(0) })
    expect(createPdf({ title: 'Same', blocks: [{ p: 'Same text' }], date: new Date(0) }).equals(again)).toBe(true)
  })

  it('wraps text within the given width', () => {
    const lines = wrapText('word '.repeat(200), 10, 200)
    expect(lines.length).toBeGreaterThan(5)
    for (const line of lines) expect(line.length).toBeLessThan(60)
  })
})

describe('richText', () => {
  it('builds the serialized Lexical state Payload stores', () => {
    const state = richText([{ h2: 'Heading' }, { p: 'Paragraph' }, { ul: ['a', 'b'] }, { quote: 'Quote' }])
    expect(state.root).toMatchObject({ type: 'root', version: 1, direction: 'ltr', format: '', indent: 0 })
    expect(state.root.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'list', 'quote'])
    expect(state.root.children[0]).toMatchObject({
      tag: 'h2',
      children: [{ type: 'text', text: 'Heading', format: 0, version: 1 }],
    })
    expect(state.root.children[2]).toMatchObject({
      listType: 'bullet',
      tag: 'ul',
      children: [
        { type: 'listitem', value: 1 },
        { type: 'listitem', value: 2 },
      ],
    })
  })
})

describe('progressLine', () => {
  it('shows the phase, count of total, rate and ETA', () => {
    expect(progressLine('incidents', 500, 1000, 1000)).toMatch(
      /^incidents\s+\[#{12}-{12}\]\s+500\/1000\s+500\/s\s+ETA 1s$/,
    )
  })
})

describe('demo content', () => {
  const publications = buildPublications(NOW, constant)
  const laws = buildLaws(slugify)

  it('has at least 40 news items covering every topic and jurisdiction, two of them drafts', () => {
    expect(NEWS.length).toBeGreaterThanOrEqual(42)
    expect(NEWS.filter((n) => n.draft)).toHaveLength(2)
    expect(new Set(NEWS.map((n) => n.topic))).toEqual(new Set(valuesOf(NEWS_TOPICS)))
    expect(new Set(NEWS.flatMap((n) => n.jurisdictions))).toEqual(new Set(valuesOf(JURISDICTIONS)))
    for (const n of NEWS) expect(n.summary.length).toBeLessThanOrEqual(300)
    expect(new Set(NEWS.map((n) => slugify(n.title))).size).toBe(NEWS.length)
    expect(Math.max(...NEWS.map((n) => n.daysAgo))).toBeLessThanOrEqual(3 * 366)
  })

  it('has 60 publications of every type and theme, none dated in the future, some in several languages', () => {
    expect(publications).toHaveLength(60)
    expect(new Set(publications.map((p) => p.type))).toEqual(new Set(valuesOf(PUBLICATION_TYPES)))
    expect(new Set(publications.map((p) => p.theme))).toEqual(new Set(valuesOf(PUBLICATION_THEMES)))
    for (const p of publications) expect(p.date.getTime()).toBeLessThanOrEqual(NOW.getTime())
    expect(publications.filter((p) => p.files.length >= 2).length).toBeGreaterThanOrEqual(8)
    expect(new Set(publications.map((p) => slugify(p.title))).size).toBe(60)
  })

  it('has ten acts per jurisdiction covering every kind and subject, with 2–4 bilingual provisions each', () => {
    expect(laws).toHaveLength(90)
    for (const j of JURISDICTIONS) expect(laws.filter((l) => l.jurisdiction === j.value)).toHaveLength(10)
    expect(new Set(laws.map((l) => l.kind))).toEqual(new Set(valuesOf(LAW_KINDS)))
    expect(new Set(laws.flatMap((l) => l.subjects))).toEqual(new Set(valuesOf(LAW_SUBJECTS)))
    for (const law of laws) {
      expect(law.provisions.length).toBeGreaterThanOrEqual(2)
      expect(law.provisions.length).toBeLessThanOrEqual(4)
      for (const p of law.provisions) expect(p.textOriginal && p.textEnglish).toBeTruthy()
    }
    expect(new Set(laws.map((l) => l.slug)).size).toBe(90)
  })

  it('keeps law statuses consistent with amendment and replacement links', () => {
    const byKey = new Map(laws.map((l) => [l.key, l]))
    for (const law of laws) {
      for (const k of law.replaces) expect(byKey.get(k)?.status).toBe('repealed')
      for (const k of law.amends) expect(['amended', 'repealed']).toContain(byKey.get(k)?.status)
      const amendedBy = laws.filter((l) => l.amends.includes(law.key))
      if (law.status === 'amended') expect(amendedBy.length).toBeGreaterThanOrEqual(1)
      if (amendedBy.length) expect(amendedBy.length).toBeLessThanOrEqual(3)
    }
    // Referenced acts come first, so their ids exist when the referring act is created.
    const position = new Map(laws.map((l, i) => [l.key, i]))
    for (const law of laws)
      for (const k of [...law.amends, ...law.replaces]) expect(position.get(k)).toBeLessThan(position.get(law.key)!)
  })

  it('writes Serbian acts in Cyrillic', () => {
    expect(toSerbianCyrillic('Zakon o izmenama i dopunama Zakona o oružju i municiji')).toBe(
      'Закон о изменама и допунама Закона о оружју и муницији',
    )
    expect(laws.find((l) => l.slug === 'serbia-weapons-2015')?.originalTitle).toBe('Закон о оружју и муницији')
  })

  it('has every page of the information architecture', () => {
    expect(PAGES.map((p) => p.slug).sort()).toEqual(
      [
        'who-we-are',
        'about',
        'team',
        'partners-and-donors',
        'salw-control',
        'salw-control-roadmap',
        'gender-and-security',
        'regional-ssr-platform',
        'resources',
        'vacancies-and-procurement',
        'contact',
        'disclaimer',
        'cookie-policy',
        'privacy-policy',
        'avmp-methodology',
      ].sort(),
    )
    for (const page of PAGES) expect(page.body.filter((b) => 'p' in b).length).toBeGreaterThanOrEqual(2)
  })
})
