/** A relation at depth 0 is an ID; at depth ≥ 1 it is the related document. */
export type LawRef = number | string | { id: number | string }

/** What the amendment graph needs of an act. */
export interface ChainLaw {
  id: number | string
  adoptedDate: string
  effectiveDate?: string | null
  amends?: readonly LawRef[] | null
  replaces?: readonly LawRef[] | null
}

export type LinkKind = 'amends' | 'replaces' | 'amendedBy' | 'replacedBy'

/** An act's links in both directions, each list in date order. */
export type LawLinks<T> = Record<LinkKind, T[]>

/** One act in an amendment chain, with what it changes among the chain's acts. */
export interface ChainStep<T> {
  law: T
  current: boolean
  amends: T[]
  replaces: T[]
}

export interface LawGraph<T extends ChainLaw> {
  byId: ReadonlyMap<string, T>
  /** What the act amends and replaces, and which acts amend and replace it. */
  links(law: T): LawLinks<T>
  /** Every act connected to this one by amendment or replacement, oldest first. */
  chain(law: T): ChainStep<T>[]
}

/** The key of an act or relation: IDs are numbers on SQLite and strings on MongoDB. */
export function lawKey(ref: LawRef): string {
  return typeof ref === 'object' ? String(ref.id) : String(ref)
}

/** The date from which an act applies: entry into force, else adoption. */
export function inForceFrom(law: Pick<ChainLaw, 'adoptedDate' | 'effectiveDate'>): string {
  return law.effectiveDate || law.adoptedDate
}

/** Oldest first: by entry into force, then adoption, then ID so that the order is stable. */
export function chronological(a: ChainLaw, b: ChainLaw): number {
  return (
    inForceFrom(a).localeCompare(inForceFrom(b)) ||
    a.adoptedDate.localeCompare(b.adoptedDate) ||
    lawKey(a).localeCompare(lawKey(b), 'en', { numeric: true })
  )
}

/**
 * The amendment graph of a set of acts. Reverse links (amended by, replaced by) are derived from
 * every act's `amends`/`replaces`. References to acts not in the set (unpublished or deleted) are
 * dropped: the site must not link to pages it does not build.
 */
export function lawGraph<T extends ChainLaw>(laws: readonly T[]): LawGraph<T> {
  const byId = new Map(laws.map((law) => [lawKey(law), law]))
  const resolve = (refs: readonly LawRef[] | null | undefined): T[] =>
    (refs ?? []).flatMap((ref) => byId.get(lawKey(ref)) ?? []).sort(chronological)
  const amendedBy = new Map<string, T[]>()
  const replacedBy = new Map<string, T[]>()
  for (const law of laws) {
    for (const target of resolve(law.amends)) push(amendedBy, lawKey(target), law)
    for (const target of resolve(law.replaces)) push(replacedBy, lawKey(target), law)
  }

  const links = (law: T): LawLinks<T> => ({
    amends: resolve(law.amends),
    replaces: resolve(law.replaces),
    amendedBy: [...(amendedBy.get(lawKey(law)) ?? [])].sort(chronological),
    replacedBy: [...(replacedBy.get(lawKey(law)) ?? [])].sort(chronological),
  })

  const chain = (law: T): ChainStep<T>[] => {
    const seen = new Map<string, T>([[lawKey(law), law]])
    const queue = [law]
    for (let next = queue.shift(); next; next = queue.shift()) {
      const l = links(next)
      for (const other of [...l.amends, ...l.replaces, ...l.amendedBy, ...l.replacedBy]) {
        if (seen.has(lawKey(other))) continue
        seen.set(lawKey(other), other)
        queue.push(other)
      }
    }
    return [...seen.values()].sort(chronological).map((step) => ({
      law: step,
      current: lawKey(step) === lawKey(law),
      amends: resolve(step.amends),
      replaces: resolve(step.replaces),
    }))
  }

  return { byId, links, chain }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
