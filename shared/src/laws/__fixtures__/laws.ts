import type { Law } from '../../payload-types'

/** Acts shaped like the seed's, for the compendium's unit tests. */
export type FixtureLaw = Omit<Law, 'createdAt'>

const base = {
  originalLanguage: 'bcms',
  kind: 'law',
  status: 'in-force',
  effectiveDate: null,
  euInstruments: [],
  amends: [],
  replaces: [],
  originalFile: null,
  englishFile: null,
  updatedAt: '2026-11-25T12:00:00.000Z',
} as const satisfies Partial<FixtureLaw>

export const SERBIA_1992: FixtureLaw = {
  ...base,
  id: 30,
  title: 'Law on Weapons and Ammunition (1992)',
  originalTitle: 'Закон о оружју и муницији',
  jurisdiction: 'serbia',
  status: 'repealed',
  subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
  gazetteReference: 'Official Gazette of the Republic of Serbia No. 9/1992',
  adoptedDate: '1992-02-18T12:00:00.000Z',
  effectiveDate: '1992-02-27T12:00:00.000Z',
  summary: 'The first post-federal law on civilian possession of weapons and ammunition.',
  slug: 'serbia-weapons-1992',
  provisions: [
    {
      reference: 'Article 11',
      heading: 'Authorisation to acquire a weapon',
      textEnglish: 'A natural person may acquire a firearm only on the basis of an authorisation issued by the competent police authority.',
      textOriginal: 'Физичко лице може набавити ватрено оружје само на основу одобрења које издаје надлежни орган полиције.',
    },
    {
      reference: 'Article 25',
      heading: 'Safe storage',
      textEnglish: 'Holders shall keep firearms and ammunition separately, in a locked cabinet or safe.',
      textOriginal: 'Имаоци чувају ватрено оружје и муницију одвојено, у закључаном ормару или каси.',
    },
  ],
}

export const SERBIA_2015: FixtureLaw = {
  ...base,
  id: 72,
  title: 'Law on Weapons and Ammunition (2015)',
  originalTitle: 'Zakon o oružju i municiji',
  jurisdiction: 'serbia',
  status: 'amended',
  subjects: ['weapons-and-ammunition'],
  gazetteReference: 'Official Gazette of the Republic of Serbia No. 20/2015',
  adoptedDate: '2015-02-19T12:00:00.000Z',
  effectiveDate: '2015-02-28T12:00:00.000Z',
  summary: 'Replaced the 1992 law; aligned categories of weapons with EU law.',
  slug: 'serbia-weapons-2015',
  replaces: [30],
  euInstruments: ['dir-2021-555'],
  provisions: [
    {
      reference: 'Article 4',
      heading: 'Categories of weapons',
      textEnglish: 'Firearms are classified into category A (prohibited), category B (subject to authorisation) and category C (subject to declaration).',
      textOriginal: 'Vatreno oružje se razvrstava u kategoriju A (zabranjeno), kategoriju B (uz odobrenje) i kategoriju C (uz prijavu).',
    },
  ],
}

export const UKRAINE_EXPORT: FixtureLaw = {
  ...base,
  id: 44,
  title: 'Law on State Control of International Transfers of Military and Dual-Use Goods',
  originalTitle: 'Закон України «Про державний контроль за міжнародними передачами товарів військового призначення»',
  originalLanguage: 'uk',
  jurisdiction: 'ukraine',
  subjects: ['export-import-control'],
  gazetteReference: null,
  adoptedDate: '2003-02-20T12:00:00.000Z',
  summary: 'Licensing of exports, imports and transit of military and dual-use goods.',
  slug: 'ukraine-export-control-2003',
  euInstruments: ['cp-2008-944', 'reg-2021-821'],
  provisions: [
    {
      reference: 'Article 6',
      heading: 'Licence',
      textEnglish: 'Export, import and transit of arms may be carried out only on the basis of a licence.',
      textOriginal: 'Експорт, імпорт і транзит зброї здійснюються лише на підставі ліцензії.',
    },
  ],
}

export const KOSOVO_STRATEGY: FixtureLaw = {
  ...base,
  id: 64,
  title: 'Strategy and Action Plan for SALW Control 2023–2027',
  originalTitle: null,
  originalLanguage: null,
  jurisdiction: 'kosovo',
  kind: 'strategy',
  subjects: ['weapons-and-ammunition', 'export-import-control'],
  gazetteReference: null,
  adoptedDate: '2023-02-22T12:00:00.000Z',
  summary: 'Government strategy on small arms control, with an action plan.',
  slug: 'kosovo-strategy-2023',
  provisions: [],
}

export const DRAFT_WITHOUT_SLUG: FixtureLaw = { ...KOSOVO_STRATEGY, id: 999, slug: null }

export const FIXTURE_LAWS: FixtureLaw[] = [SERBIA_1992, SERBIA_2015, UKRAINE_EXPORT, KOSOVO_STRATEGY]
