/**
 * The law compendium's build-time data: the acts that have a page, and their amendment graph,
 * computed once per build and shared by every compendium page.
 */
import { lawGraph, RESERVED_LAW_SLUGS, type LawGraph } from '@clearinghouse/shared/laws'

import type { LawItem } from './cms/fields'
import { getLaws } from './content'

/** A published act with the slug its page lives at. */
export type CompendiumAct = LawItem & { slug: string }

let acts: Promise<CompendiumAct[]> | undefined
let graph: Promise<LawGraph<CompendiumAct>> | undefined

/** Acts with a page. A slug that would shadow a compendium page fails the build, loudly. */
export function getCompendiumActs(): Promise<CompendiumAct[]> {
  acts ??= getLaws().then((laws) => {
    const withSlug = laws.filter((law): law is CompendiumAct => Boolean(law.slug))
    const clash = withSlug.find((law) => RESERVED_LAW_SLUGS.includes(law.slug))
    if (clash) throw new Error(`The act "${clash.title}" has the slug "${clash.slug}", which is a compendium page: change it in the CMS`)
    return withSlug
  })
  return acts
}

/** Links both ways between acts (amends/replaces and their reverse) and whole amendment chains. */
export function getLawGraph(): Promise<LawGraph<CompendiumAct>> {
  graph ??= getCompendiumActs().then((list) => lawGraph(list))
  return graph
}
