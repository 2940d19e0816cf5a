import type { Term } from './term'

export const LAW_KINDS = [
  { value: 'law', label: 'Law' },
  { value: 'bylaw', label: 'By-law / rulebook' },
  { value: 'regulation', label: 'Regulation' },
  { value: 'strategy', label: 'Strategy' },
  { value: 'action-plan', label: 'Action plan' },
  { value: 'international-instrument', label: 'Ratified international instrument' },
] as const satisfies readonly Term[]

export const LAW_SUBJECTS = [
  { value: 'weapons-and-ammunition', label: 'Weapons and ammunition' },
  { value: 'civil-explosives', label: 'Explosives for civil use' },
  { value: 'export-import-control', label: 'Arms export/import control' },
  { value: 'private-security', label: 'Private security' },
  { value: 'hunting-and-sport-shooting', label: 'Hunting and sport shooting' },
  { value: 'criminal-law', label: 'Criminal law provisions' },
  { value: 'defence-stockpiles', label: 'Defence stockpiles' },
] as const satisfies readonly Term[]

export const LAW_STATUSES = [
  { value: 'in-force', label: 'In force' },
  { value: 'amended', label: 'In force, amended' },
  { value: 'repealed', label: 'Repealed' },
] as const satisfies readonly Term[]

/** EU instruments that the region's legislation transposes or aligns with. */
export const EU_INSTRUMENTS = [
  { value: 'dir-2021-555', label: 'Directive (EU) 2021/555 on control of the acquisition and possession of weapons' },
  { value: 'reg-258-2012', label: 'Regulation (EU) No 258/2012 on firearms import, export and transit' },
  { value: 'cp-2008-944', label: 'Council Common Position 2008/944/CFSP on arms exports' },
  { value: 'dir-2009-43', label: 'Directive 2009/43/EC on intra-EU transfers of defence-related products' },
  { value: 'reg-2015-2403', label: 'Commission Implementing Regulation (EU) 2015/2403 on deactivation standards' },
  { value: 'dir-2014-28', label: 'Directive 2014/28/EU on explosives for civil uses' },
  { value: 'reg-2021-821', label: 'Regulation (EU) 2021/821 on dual-use items' },
] as const satisfies readonly Term[]
