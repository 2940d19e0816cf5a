import { JURISDICTIONS } from '../vocab'
import { buildExtract, highlight, type Segment } from './extract'
import type { IndexedAct, LawSearchIndex } from './searchIndex'
import { fold, parseTerms } from '../text'
import type { LawSearchState } from './searchState'

export interface ProvisionHit {
  reference: string
  /** The heading, matches marked; null when the provision has none. */
  heading: Segment[] | null
  /** Extract of the English text, or null when the match is only in the original. */
  english: Segment[] | null
  /** Extract of the original-language text, or null when the match is not in it. */
  original: Segment[] | null
  /** How many of the query's words the provision contains. */
  terms: number
}

export interface LawHit {
  act: IndexedAct
  title: Segment[]
  originalTitle: Segment[] | null
  /** Extract of the summary when it matches. */
  summary: Segment[] | null
  /** Matching provisions, best first. */
  provisions: ProvisionHit[]
}

export interface LawSearchResult {
  /** The words searched for (folded). */
  terms: string[]
  hits: LawHit[]
}

const folded = new WeakMap<IndexedAct, string>()

/** Every searchable text of an act, folded once per act and remembered. */
function haystack(act: IndexedAct): string {
  let text = folded.get(act)
  if (text === undefined) {
    text = fold([act.t, act.o, act.g, act.m, ...act.p.flatMap((p) => [p.r, p.h, p.e, p.x])].filter(Boolean).join('\n'))
    folded.set(act, text)
  }
  return text
}

const countTerms = (text: string, terms: readonly string[]): number => {
  const f = fold(text)
  return terms.filter((t) => f.includes(t)).length
}

function matchesFacets(act: IndexedAct, state: LawSearchState): boolean {
  return (
    (!state.jurisdiction || act.j === state.jurisdiction) &&
    (!state.subject || act.su.includes(state.subject)) &&
    (!state.status || act.st === state.status) &&
    (!state.eu || act.eu.includes(state.eu))
  )
}

const JURISDICTION_ORDER = new Map<string, number>(JURISDICTIONS.map((j, i) => [j.value, i]))
const byJurisdictionThenNewest = (a: IndexedAct, b: IndexedAct): number =>
  (JURISDICTION_ORDER.get(a.j) ?? 99) - (JURISDICTION_ORDER.get(b.j) ?? 99) || b.d.localeCompare(a.d) || a.t.localeCompare(b.t, 'en')

/**
 * The acts that pass every filter and contain every word of the keyword (anywhere: titles,
 * gazette reference, summary, provisions), with extracts of the provisions that contain any of
 * the words. With words: acts with words in the title first, then by how much of their provisions
 * match. Without: by jurisdiction, newest first.
 */
export function searchLaws(index: LawSearchIndex, state: LawSearchState): LawSearchResult {
  const terms = parseTerms(state.q)
  const candidates = index.acts.filter((act) => matchesFacets(act, state) && terms.every((t) => haystack(act).includes(t)))
  const scored = candidates.map((act) => {
    const provisions = act.p
      .map((p, order) => {
        const count = countTerms([p.r, p.h, p.e, p.x].filter(Boolean).join('\n'), terms)
        const hit: ProvisionHit = {
          reference: p.r,
          heading: p.h ? highlight(p.h, terms) : null,
          english: buildExtract(p.e, terms),
          original: p.x ? buildExtract(p.x, terms) : null,
          terms: count,
        }
        return { hit, order }
      })
      .filter(({ hit }) => hit.terms > 0)
      .sort((a, b) => b.hit.terms - a.hit.terms || a.order - b.order)
      .map(({ hit }) => hit)
    const titleTerms = countTerms(`${act.t}\n${act.o ?? ''}`, terms)
    const score = titleTerms * 100 + provisions.reduce((sum, p) => sum + p.terms, 0)
    const hit: LawHit = {
      act,
      title: highlight(act.t, terms),
      originalTitle: act.o ? highlight(act.o, terms) : null,
      summary: terms.length ? buildExtract(act.m, terms) : null,
      provisions,
    }
    return { hit, score }
  })
  scored.sort((a, b) => b.score - a.score || byJurisdictionThenNewest(a.hit.act, b.hit.act))
  return { terms, hits: scored.map((s) => s.hit) }
}
