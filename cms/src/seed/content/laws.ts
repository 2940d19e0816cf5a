/**
 * The regional arms law compendium's demo entries: ten acts for each of the nine jurisdictions,
 * with amendment and replacement chains. Titles follow each jurisdiction's naming and gazette
 * conventions; headline acts are real, while dates and gazette numbers of secondary acts are
 * illustrative. Provisions come from the model provisions in `provisions.ts`.
 */
import { EU_INSTRUMENTS, LAW_KINDS, LAW_SUBJECTS, labelOf, type JurisdictionSlug } from '@clearinghouse/shared/vocab'

import type { RichBlock } from '../lexical'
import type { PdfDocument } from '../pdf'
import { PROVISIONS, toSerbianCyrillic, type ProvisionKey, type ProvisionLanguage } from './provisions'

type LawKind = (typeof LAW_KINDS)[number]['value']
type LawSubject = (typeof LAW_SUBJECTS)[number]['value']
type EuInstrument = (typeof EU_INSTRUMENTS)[number]['value']
type LawLanguage = 'sq' | 'bcms' | 'mk' | 'ro' | 'uk' | 'ru' | 'be'
export type LawStatus = 'in-force' | 'amended' | 'repealed'

interface ActSeed {
  key: string
  kind: LawKind
  /** ISO date of adoption. */
  adopted: string
  title: string
  /** Title in the original language; Serbian titles in Latin script (transliterated when built). */
  original: string
  gazette: string
  subjects: LawSubject[]
  eu?: EuInstrument[]
  amends?: string[]
  replaces?: string[]
  /** Model provisions, optionally with the article number this act uses. */
  provisions: (ProvisionKey | [ProvisionKey, string])[]
  about: string
  /** Override of the jurisdiction's script (Republika Srpska publishes in Cyrillic). */
  cyrillic?: boolean
}

interface JurisdictionActs {
  jurisdiction: JurisdictionSlug
  language: LawLanguage
  variant: ProvisionLanguage
  /** Serbian Latin originals are published in Cyrillic. */
  cyrillic: boolean
  /** Typical days between adoption and entry into force (vacatio legis). */
  vacatio: number
  acts: ActSeed[]
}

const ALBANIA: JurisdictionActs = {
  jurisdiction: 'albania',
  language: 'sq',
  variant: 'sq',
  cyrillic: false,
  vacatio: 15,
  acts: [
    {
      key: 'al-weapons-2002',
      kind: 'law',
      adopted: '2002-04-04',
      title: 'Law on Weapons',
      original: 'Ligji nr. 8869, datë 4.4.2002 "Për armët"',
      gazette: 'Fletorja Zyrtare nr. 14/2002',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      provisions: ['acquisition', 'refusal', 'storage'],
      about:
        'Set the rules for acquiring, holding, carrying and trading weapons and ammunition after the collection programmes that followed the unrest of 1997.',
    },
    {
      key: 'al-weapons-2002-am1',
      kind: 'law',
      adopted: '2006-04-03',
      title: 'Law amending the Law on Weapons',
      original: 'Ligji nr. 9501, datë 3.4.2006 "Për disa ndryshime në ligjin nr. 8869, datë 4.4.2002 \'Për armët\'"',
      gazette: 'Fletorja Zyrtare nr. 36/2006',
      subjects: ['weapons-and-ammunition'],
      amends: ['al-weapons-2002'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Raised the penalties for unsafe storage and for failing to report lost or stolen weapons.',
    },
    {
      key: 'al-weapons-2002-am2',
      kind: 'law',
      adopted: '2010-09-30',
      title: 'Law amending and supplementing the Law on Weapons',
      original:
        'Ligji nr. 10331, datë 30.9.2010 "Për disa shtesa dhe ndryshime në ligjin nr. 8869, datë 4.4.2002 \'Për armët\'"',
      gazette: 'Fletorja Zyrtare nr. 139/2010',
      subjects: ['weapons-and-ammunition'],
      amends: ['al-weapons-2002'],
      provisions: ['amendRegister', 'entryIntoForce'],
      about: 'Introduced an electronic register of weapons and their holders.',
    },
    {
      key: 'al-weapons-2014',
      kind: 'law',
      adopted: '2014-07-10',
      title: 'Law No. 74/2014 on Weapons',
      original: 'Ligji nr. 74/2014 "Për armët"',
      gazette: 'Fletorja Zyrtare nr. 110/2014',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      eu: ['dir-2021-555'],
      replaces: ['al-weapons-2002'],
      provisions: ['categories', 'acquisition', 'records', 'repeal'],
      about:
        'The framework law on civilian weapons: categories, permits, dealers, storage, record-keeping and the deactivation and destruction of weapons.',
    },
    {
      key: 'al-weapons-2014-am1',
      kind: 'law',
      adopted: '2019-05-30',
      title: 'Law amending Law No. 74/2014 on Weapons',
      original: 'Ligji nr. 33/2019 "Për disa ndryshime dhe shtesa në ligjin nr. 74/2014 \'Për armët\'"',
      gazette: 'Fletorja Zyrtare nr. 87/2019',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555', 'reg-2015-2403'],
      amends: ['al-weapons-2014'],
      provisions: ['amendCategories', 'amendDeactivation', 'entryIntoForce'],
      about: 'Aligned the categories of weapons and the deactivation rules with the EU firearms acquis.',
    },
    {
      key: 'al-weapons-2014-am2',
      kind: 'law',
      adopted: '2023-06-22',
      title: 'Law amending Law No. 74/2014 on Weapons (2023)',
      original: 'Ligji nr. 52/2023 "Për disa ndryshime në ligjin nr. 74/2014 \'Për armët\'"',
      gazette: 'Fletorja Zyrtare nr. 98/2023',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555'],
      amends: ['al-weapons-2014'],
      provisions: ['amendRecords', 'entryIntoForce'],
      about: 'Extended the retention of records to thirty years and required a computerised filing system.',
    },
    {
      key: 'al-exports-2007',
      kind: 'law',
      adopted: '2007-04-05',
      title: 'Law on State Control of International Transfers of Military Goods and Dual-Use Items and Technologies',
      original:
        'Ligji nr. 9707, datë 5.4.2007 "Për kontrollin shtetëror të transferimeve ndërkombëtare të mallrave ushtarake dhe të mallrave e teknologjive me përdorim të dyfishtë"',
      gazette: 'Fletorja Zyrtare nr. 48/2007',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'reg-2021-821'],
      provisions: ['exportLicence', 'exportCriteria', 'exportReport'],
      about:
        'Regulates licensing of exports, imports, transit and brokering of military and dual-use goods and the criteria for refusing a licence.',
    },
    {
      key: 'al-private-security-2014',
      kind: 'law',
      adopted: '2014-07-10',
      title: 'Law on Private Physical Security Services',
      original: 'Ligji nr. 75/2014 "Për shërbimin privat të sigurisë fizike"',
      gazette: 'Fletorja Zyrtare nr. 110/2014',
      subjects: ['private-security'],
      provisions: ['securityLicence', 'securityWeapons'],
      about: 'Sets the conditions for licensing private security companies and for their staff to carry firearms.',
    },
    {
      key: 'al-marking-2016',
      kind: 'regulation',
      adopted: '2016-06-22',
      title: 'Decision of the Council of Ministers on the Marking of Firearms',
      original: 'Vendim i Këshillit të Ministrave nr. 456, datë 22.6.2016 "Për shenjimin e armëve të zjarrit"',
      gazette: 'Fletorja Zyrtare nr. 121/2016',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555'],
      provisions: ['marking', 'records'],
      about: 'Specifies the content and method of marking firearms at manufacture and import.',
    },
    {
      key: 'al-strategy-2019',
      kind: 'strategy',
      adopted: '2019-07-03',
      title: 'Cross-Sectoral Strategy on Small Arms and Light Weapons, Ammunition and Explosives Control 2019–2024',
      original:
        'Strategjia ndërsektoriale për kontrollin e armëve të vogla dhe të lehta, municioneve dhe lëndëve plasëse 2019–2024',
      gazette: 'Fletorja Zyrtare nr. 104/2019',
      subjects: ['weapons-and-ammunition', 'civil-explosives', 'defence-stockpiles'],
      provisions: ['strategyObjective', 'strategyMeasures'],
      about:
        'The national strategy implementing the Western Balkans SALW Control Roadmap, with an action plan and indicators.',
    },
  ],
}

const BOSNIA: JurisdictionActs = {
  jurisdiction: 'bosnia-and-herzegovina',
  language: 'bcms',
  variant: 'bs',
  cyrillic: false,
  vacatio: 8,
  acts: [
    {
      key: 'ba-movement-2003',
      kind: 'law',
      adopted: '2003-02-06',
      title: 'Law on Control of Movement of Weapons and Military Equipment',
      original: 'Zakon o kontroli kretanja oružja i vojne opreme',
      gazette: 'Official Gazette of Bosnia and Herzegovina No. 5/2003',
      subjects: ['export-import-control'],
      provisions: ['exportLicence', 'exportCriteria'],
      about: 'The first state-level law on licensing the export, import and transit of weapons and military equipment.',
    },
    {
      key: 'ba-movement-2003-am1',
      kind: 'law',
      adopted: '2005-06-30',
      title: 'Law amending the Law on Control of Movement of Weapons and Military Equipment',
      original: 'Zakon o izmjenama i dopunama Zakona o kontroli kretanja oružja i vojne opreme',
      gazette: 'Official Gazette of Bosnia and Herzegovina No. 43/2005',
      subjects: ['export-import-control'],
      amends: ['ba-movement-2003'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Strengthened sanctions for trading without a licence.',
    },
    {
      key: 'ba-movement-2009',
      kind: 'law',
      adopted: '2009-06-09',
      title: 'Law on Control of Movement of Weapons and Military Equipment (2009)',
      original: 'Zakon o kontroli kretanja oružja i vojne opreme',
      gazette: 'Official Gazette of Bosnia and Herzegovina No. 53/2009',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'dir-2009-43'],
      replaces: ['ba-movement-2003'],
      provisions: ['exportLicence', 'exportCriteria', 'exportReport', 'repeal'],
      about: 'Introduced the criteria of the EU Common Position on arms exports and annual public reporting.',
    },
    {
      key: 'ba-movement-2009-am1',
      kind: 'law',
      adopted: '2016-03-22',
      title: 'Law amending the Law on Control of Movement of Weapons and Military Equipment (2016)',
      original: 'Zakon o izmjenama i dopunama Zakona o kontroli kretanja oružja i vojne opreme',
      gazette: 'Official Gazette of Bosnia and Herzegovina No. 22/2016',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'reg-258-2012'],
      amends: ['ba-movement-2009'],
      provisions: ['exportReport', 'entryIntoForce'],
      about: 'Aligned import and transit procedures for civilian firearms with Regulation (EU) No 258/2012.',
    },
    {
      key: 'ba-rs-weapons-2007',
      kind: 'law',
      adopted: '2007-07-12',
      title: 'Law on Weapons and Ammunition of Republika Srpska',
      original: 'Zakon o oružju i municiji',
      cyrillic: true,
      gazette: 'Official Gazette of Republika Srpska No. 70/2007',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      provisions: ['acquisition', 'refusal', 'hunting'],
      about: 'The entity law governing civilian weapons in Republika Srpska, including hunting and sport weapons.',
    },
    {
      key: 'ba-rs-weapons-2007-am1',
      kind: 'law',
      adopted: '2016-11-24',
      title: 'Law amending the Law on Weapons and Ammunition of Republika Srpska',
      original: 'Zakon o izmjenama i dopunama Zakona o oružju i municiji',
      cyrillic: true,
      gazette: 'Official Gazette of Republika Srpska No. 101/2016',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555'],
      amends: ['ba-rs-weapons-2007'],
      provisions: ['amendCategories', 'amendRecords', 'entryIntoForce'],
      about: 'Moved the categories of weapons and record-keeping towards the EU firearms acquis.',
    },
    {
      key: 'ba-fbih-explosives-2021',
      kind: 'law',
      adopted: '2021-05-26',
      title: 'Law on Explosive Substances of the Federation of Bosnia and Herzegovina',
      original: 'Zakon o eksplozivnim materijama',
      gazette: 'Official Gazette of the Federation of Bosnia and Herzegovina No. 47/2021',
      subjects: ['civil-explosives'],
      eu: ['dir-2014-28'],
      provisions: ['explosivesTraceability', 'storage'],
      about:
        'Regulates the production, trade, storage and use of explosives for civil use, including identification and traceability.',
    },
    {
      key: 'ba-fbih-security-2008',
      kind: 'law',
      adopted: '2008-11-12',
      title: 'Law on Agencies for the Protection of Persons and Property of the Federation of Bosnia and Herzegovina',
      original: 'Zakon o agencijama za zaštitu ljudi i imovine',
      gazette: 'Official Gazette of the Federation of Bosnia and Herzegovina No. 78/2008',
      subjects: ['private-security'],
      provisions: ['securityLicence', 'securityWeapons'],
      about: 'Licensing of private security agencies and the conditions under which their staff carry firearms.',
    },
    {
      key: 'ba-strategy-2021',
      kind: 'strategy',
      adopted: '2021-09-16',
      title: 'Small Arms and Light Weapons Control Strategy of Bosnia and Herzegovina 2021–2024',
      original: 'Strategija kontrole malog i lakog oružja u Bosni i Hercegovini za period 2021–2024. godine',
      gazette: 'Official Gazette of Bosnia and Herzegovina No. 68/2021',
      subjects: ['weapons-and-ammunition', 'export-import-control', 'defence-stockpiles'],
      provisions: ['strategyObjective', 'strategyMeasures'],
      about: 'The state strategy for SALW control adopted by the Council of Ministers, aligned with the Roadmap goals.',
    },
    {
      key: 'ba-action-plan-2021',
      kind: 'action-plan',
      adopted: '2021-09-16',
      title: 'Action Plan for the Small Arms and Light Weapons Control Strategy 2021–2024',
      original:
        'Akcioni plan za provođenje Strategije kontrole malog i lakog oružja u Bosni i Hercegovini za period 2021–2024. godine',
      gazette: 'Official Gazette of Bosnia and Herzegovina No. 68/2021',
      subjects: ['weapons-and-ammunition', 'defence-stockpiles'],
      provisions: ['focalPoint', 'collectionCampaign'],
      about: 'Measures, responsible institutions and deadlines for implementing the strategy.',
    },
  ],
}

const KOSOVO: JurisdictionActs = {
  jurisdiction: 'kosovo',
  language: 'sq',
  variant: 'sq',
  cyrillic: false,
  vacatio: 15,
  acts: [
    {
      key: 'xk-weapons-2009',
      kind: 'law',
      adopted: '2009-10-02',
      title: 'Law No. 03/L-143 on Weapons',
      original: 'Ligji Nr. 03/L-143 për Armët',
      gazette: 'Gazeta Zyrtare nr. 64/2009',
      subjects: ['weapons-and-ammunition'],
      provisions: ['acquisition', 'refusal', 'storage'],
      about: 'Regulated civilian weapons and ammunition and the conditions for permits.',
    },
    {
      key: 'xk-weapons-2009-am1',
      kind: 'law',
      adopted: '2012-03-29',
      title: 'Law amending and supplementing Law No. 03/L-143 on Weapons',
      original: 'Ligji Nr. 04/L-070 për ndryshimin dhe plotësimin e Ligjit Nr. 03/L-143 për Armët',
      gazette: 'Gazeta Zyrtare nr. 12/2012',
      subjects: ['weapons-and-ammunition'],
      amends: ['xk-weapons-2009'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Increased fines and clarified the procedure for seizing weapons.',
    },
    {
      key: 'xk-weapons-2015',
      kind: 'law',
      adopted: '2015-04-23',
      title: 'Law No. 05/L-022 on Weapons',
      original: 'Ligji Nr. 05/L-022 për Armët',
      gazette: 'Gazeta Zyrtare nr. 21/2015',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      eu: ['dir-2021-555'],
      replaces: ['xk-weapons-2009'],
      provisions: ['categories', 'acquisition', 'marking', 'repeal'],
      about: 'The current framework law on civilian weapons, introducing EU categories and marking rules.',
    },
    {
      key: 'xk-weapons-2015-am1',
      kind: 'law',
      adopted: '2022-12-15',
      title: 'Law amending and supplementing Law No. 05/L-022 on Weapons',
      original: 'Ligji Nr. 08/L-118 për ndryshimin dhe plotësimin e Ligjit Nr. 05/L-022 për Armët',
      gazette: 'Gazeta Zyrtare nr. 3/2023',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555', 'reg-2015-2403'],
      amends: ['xk-weapons-2015'],
      provisions: ['amendDeactivation', 'amendRecords', 'entryIntoForce'],
      about: 'Added deactivation standards and longer retention of records.',
    },
    {
      key: 'xk-strategic-goods-2014',
      kind: 'law',
      adopted: '2014-02-27',
      title: 'Law No. 04/L-198 on Trade in Strategic Goods',
      original: 'Ligji Nr. 04/L-198 për Tregtinë e Mallrave Strategjike',
      gazette: 'Gazeta Zyrtare nr. 9/2014',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'reg-2021-821'],
      provisions: ['exportLicence', 'exportCriteria'],
      about: 'Licensing of exports, imports and transit of military and dual-use goods.',
    },
    {
      key: 'xk-private-security-2011',
      kind: 'law',
      adopted: '2011-02-10',
      title: 'Law No. 04/L-004 on Private Security Services',
      original: 'Ligji Nr. 04/L-004 për Shërbimet Private të Sigurisë',
      gazette: 'Gazeta Zyrtare nr. 5/2011',
      subjects: ['private-security'],
      provisions: ['securityLicence', 'securityWeapons'],
      about: 'Licensing and supervision of private security companies.',
    },
    {
      key: 'xk-explosives-2019',
      kind: 'law',
      adopted: '2019-11-14',
      title: 'Law on Explosive Substances for Civil Use',
      original: 'Ligji Nr. 06/L-145 për Lëndët Plasëse për Përdorim Civil',
      gazette: 'Gazeta Zyrtare nr. 22/2019',
      subjects: ['civil-explosives'],
      eu: ['dir-2014-28'],
      provisions: ['explosivesTraceability', 'storage'],
      about: 'Licensing, storage and traceability of explosives for civil use.',
    },
    {
      key: 'xk-marking-ai-2016',
      kind: 'bylaw',
      adopted: '2016-05-12',
      title: 'Administrative Instruction on the Marking of Weapons',
      original: 'Udhëzimi Administrativ (MPB) Nr. 06/2016 për Shenjimin e Armëve',
      gazette: 'Gazeta Zyrtare nr. 11/2016',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555'],
      provisions: ['marking', 'records'],
      about: 'Technical rules of the ministry of internal affairs on marking firearms and keeping marking records.',
    },
    {
      key: 'xk-strategy-2017',
      kind: 'strategy',
      adopted: '2017-03-01',
      title: 'Strategy on Control and Collection of Small Arms and Light Weapons 2017–2021',
      original: 'Strategjia për Kontrollin dhe Grumbullimin e Armëve të Vogla dhe të Lehta 2017–2021',
      gazette: 'Gazeta Zyrtare nr. 6/2017',
      subjects: ['weapons-and-ammunition', 'civil-explosives'],
      provisions: ['strategyObjective', 'strategyMeasures'],
      about: 'The strategy and action plan on SALW control and voluntary collection for 2017–2021.',
    },
    {
      key: 'xk-strategy-2023',
      kind: 'strategy',
      adopted: '2023-02-22',
      title: 'Strategy on Control of Small Arms and Light Weapons 2023–2027',
      original: 'Strategjia për Kontrollin e Armëve të Vogla dhe të Lehta 2023–2027',
      gazette: 'Gazeta Zyrtare nr. 5/2023',
      subjects: ['weapons-and-ammunition', 'export-import-control'],
      replaces: ['xk-strategy-2017'],
      provisions: ['strategyObjective', 'strategyMeasures', 'repeal'],
      about: 'The successor strategy, built around the Roadmap key performance indicators.',
    },
  ],
}

const MONTENEGRO: JurisdictionActs = {
  jurisdiction: 'montenegro',
  language: 'bcms',
  variant: 'bs',
  cyrillic: false,
  vacatio: 8,
  acts: [
    {
      key: 'me-weapons-2004',
      kind: 'law',
      adopted: '2004-07-16',
      title: 'Law on Weapons',
      original: 'Zakon o oružju',
      gazette: 'Official Gazette of the Republic of Montenegro No. 49/2004',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      provisions: ['acquisition', 'refusal', 'hunting'],
      about: 'Regulated the acquisition, holding and carrying of weapons by citizens and legal persons.',
    },
    {
      key: 'me-weapons-2004-am1',
      kind: 'law',
      adopted: '2008-07-29',
      title: 'Law amending the Law on Weapons',
      original: 'Zakon o izmjenama i dopunama Zakona o oružju',
      gazette: 'Official Gazette of Montenegro No. 49/2008',
      subjects: ['weapons-and-ammunition'],
      amends: ['me-weapons-2004'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Increased fines and introduced periodic checks of permit holders.',
    },
    {
      key: 'me-weapons-2015',
      kind: 'law',
      adopted: '2015-02-26',
      title: 'Law on Weapons (2015)',
      original: 'Zakon o oružju',
      gazette: 'Official Gazette of Montenegro No. 10/2015',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      eu: ['dir-2021-555'],
      replaces: ['me-weapons-2004'],
      provisions: ['categories', 'acquisition', 'storage', 'repeal'],
      about: 'The current law on weapons, harmonised with the EU firearms directive as it stood at the time.',
    },
    {
      key: 'me-weapons-2015-am1',
      kind: 'law',
      adopted: '2016-08-01',
      title: 'Law amending the Law on Weapons (2016)',
      original: 'Zakon o izmjenama i dopunama Zakona o oružju',
      gazette: 'Official Gazette of Montenegro No. 52/2016',
      subjects: ['weapons-and-ammunition'],
      amends: ['me-weapons-2015'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Technical changes to the permit procedure and to fines.',
    },
    {
      key: 'me-weapons-2015-am2',
      kind: 'law',
      adopted: '2020-01-28',
      title: 'Law amending the Law on Weapons (2020)',
      original: 'Zakon o izmjenama i dopunama Zakona o oružju',
      gazette: 'Official Gazette of Montenegro No. 3/2020',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555', 'reg-2015-2403'],
      amends: ['me-weapons-2015'],
      provisions: ['amendCategories', 'amendDeactivation', 'entryIntoForce'],
      about: 'Transposed the 2017 revision of the EU firearms directive and the deactivation standards.',
    },
    {
      key: 'me-weapons-2015-am3',
      kind: 'law',
      adopted: '2024-06-27',
      title: 'Law amending the Law on Weapons (2024)',
      original: 'Zakon o dopuni Zakona o oružju',
      gazette: 'Official Gazette of Montenegro No. 60/2024',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555'],
      amends: ['me-weapons-2015'],
      provisions: ['amendRecords', 'entryIntoForce'],
      about: 'Introduced a computerised data-filing system for records of firearms.',
    },
    {
      key: 'me-foreign-trade-2008',
      kind: 'law',
      adopted: '2008-06-19',
      title: 'Law on Foreign Trade in Arms, Military Equipment and Dual-Use Goods',
      original: 'Zakon o spoljnoj trgovini naoružanjem, vojnom opremom i robom dvostruke namjene',
      gazette: 'Official Gazette of Montenegro No. 40/2008',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'reg-2021-821'],
      provisions: ['exportLicence', 'exportCriteria', 'exportReport'],
      about: 'Licensing of foreign trade in arms, military equipment and dual-use goods, with annual reporting.',
    },
    {
      key: 'me-att-2014',
      kind: 'international-instrument',
      adopted: '2014-07-30',
      title: 'Law on Ratification of the Arms Trade Treaty',
      original: 'Zakon o potvrđivanju Ugovora o trgovini oružjem',
      gazette: 'Official Gazette of Montenegro – International Agreements No. 6/2014',
      subjects: ['export-import-control'],
      provisions: ['ratifyAtt', 'attAuthority'],
      about: 'Ratifies the Arms Trade Treaty and designates the national authority responsible for it.',
    },
    {
      key: 'me-explosives-2008',
      kind: 'law',
      adopted: '2008-07-29',
      title: 'Law on Explosive Substances',
      original: 'Zakon o eksplozivnim materijama',
      gazette: 'Official Gazette of Montenegro No. 49/2008',
      subjects: ['civil-explosives'],
      eu: ['dir-2014-28'],
      provisions: ['explosivesTraceability', 'storage'],
      about: 'Production, trade, transport, storage and use of explosives for civil use.',
    },
    {
      key: 'me-surplus-2017',
      kind: 'regulation',
      adopted: '2017-10-12',
      title: 'Decree on the Storage and Disposal of Surplus Weapons and Ammunition of the Armed Forces',
      original: 'Uredba o skladištenju i raspolaganju viškom naoružanja i municije Vojske Crne Gore',
      gazette: 'Official Gazette of Montenegro No. 68/2017',
      subjects: ['defence-stockpiles'],
      provisions: ['surplus', 'storage'],
      about: 'Rules for storing, destroying and otherwise disposing of surplus defence weapons and ammunition.',
    },
  ],
}

const NORTH_MACEDONIA: JurisdictionActs = {
  jurisdiction: 'north-macedonia',
  language: 'mk',
  variant: 'mk',
  cyrillic: false,
  vacatio: 8,
  acts: [
    {
      key: 'mk-weapons-2005',
      kind: 'law',
      adopted: '2005-01-27',
      title: 'Law on Weapons',
      original: 'Закон за оружјето',
      gazette: 'Official Gazette of the Republic of Macedonia No. 7/2005',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      eu: ['dir-2021-555'],
      provisions: ['categories', 'acquisition', 'refusal', 'storage'],
      about: 'The framework law on civilian weapons, amended several times to follow the EU firearms acquis.',
    },
    {
      key: 'mk-weapons-2005-am1',
      kind: 'law',
      adopted: '2007-04-12',
      title: 'Law amending the Law on Weapons',
      original: 'Закон за изменување и дополнување на Законот за оружјето',
      gazette: 'Official Gazette of the Republic of Macedonia No. 47/2007',
      subjects: ['weapons-and-ammunition'],
      amends: ['mk-weapons-2005'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Changed penalties and the permit procedure.',
    },
    {
      key: 'mk-weapons-2005-am2',
      kind: 'law',
      adopted: '2014-03-05',
      title: 'Law amending the Law on Weapons (2014)',
      original: 'Закон за изменување и дополнување на Законот за оружјето',
      gazette: 'Official Gazette of the Republic of Macedonia No. 42/2014',
      subjects: ['weapons-and-ammunition'],
      amends: ['mk-weapons-2005'],
      provisions: ['amendRegister', 'entryIntoForce'],
      about: 'Introduced the electronic register of weapons.',
    },
    {
      key: 'mk-weapons-2005-am3',
      kind: 'law',
      adopted: '2019-03-26',
      title: 'Law amending the Law on Weapons (2019)',
      original: 'Закон за изменување и дополнување на Законот за оружјето',
      gazette: 'Official Gazette of the Republic of North Macedonia No. 61/2019',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555', 'reg-2015-2403'],
      amends: ['mk-weapons-2005'],
      provisions: ['amendCategories', 'amendDeactivation', 'entryIntoForce'],
      about: 'Aligned categories and deactivation rules with the 2017 revision of the EU firearms directive.',
    },
    {
      key: 'mk-dual-use-2005',
      kind: 'law',
      adopted: '2005-06-15',
      title: 'Law on Export of Dual-Use Goods and Technologies',
      original: 'Закон за извоз на стоки и технологии со двојна употреба',
      gazette: 'Official Gazette of the Republic of Macedonia No. 50/2005',
      subjects: ['export-import-control'],
      eu: ['reg-2021-821'],
      provisions: ['exportLicence', 'exportCriteria'],
      about: 'Controls the export of dual-use goods and technologies.',
    },
    {
      key: 'mk-arms-trade-2016',
      kind: 'law',
      adopted: '2016-04-21',
      title: 'Law on Production of and Trade in Arms and Military Equipment',
      original: 'Закон за производство и промет со вооружување и воена опрема',
      gazette: 'Official Gazette of the Republic of Macedonia No. 83/2016',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'dir-2009-43'],
      provisions: ['exportLicence', 'exportCriteria', 'exportReport'],
      about: 'Licensing of production, trade and brokering of arms and military equipment.',
    },
    {
      key: 'mk-private-security-2012',
      kind: 'law',
      adopted: '2012-12-26',
      title: 'Law on Private Security',
      original: 'Закон за приватно обезбедување',
      gazette: 'Official Gazette of the Republic of Macedonia No. 166/2012',
      subjects: ['private-security'],
      provisions: ['securityLicence', 'securityWeapons'],
      about: 'Licensing of private security providers and the use of firearms by their staff.',
    },
    {
      key: 'mk-hunting-2009',
      kind: 'law',
      adopted: '2009-03-26',
      title: 'Law on Hunting',
      original: 'Закон за ловството',
      gazette: 'Official Gazette of the Republic of Macedonia No. 26/2009',
      subjects: ['hunting-and-sport-shooting'],
      provisions: ['hunting', 'storage'],
      about: 'Hunting grounds, hunting licences and the use of hunting weapons.',
    },
    {
      key: 'mk-register-rulebook-2020',
      kind: 'bylaw',
      adopted: '2020-02-14',
      title: 'Rulebook on the Form and Content of the Register of Weapons',
      original: 'Правилник за формата и содржината на регистарот на оружје',
      gazette: 'Official Gazette of the Republic of North Macedonia No. 38/2020',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555'],
      provisions: ['records', 'marking'],
      about: 'What the register of weapons records and how long the data are kept.',
    },
    {
      key: 'mk-action-plan-2019',
      kind: 'action-plan',
      adopted: '2019-06-11',
      title: 'Action Plan for Implementation of the SALW Control Roadmap 2019–2024',
      original: 'Акциски план за спроведување на Патоказот за контрола на малото и лесното оружје 2019–2024',
      gazette: 'Official Gazette of the Republic of North Macedonia No. 118/2019',
      subjects: ['weapons-and-ammunition', 'export-import-control'],
      provisions: ['focalPoint', 'collectionCampaign'],
      about: 'Measures, responsible institutions and deadlines for reaching the Roadmap goals.',
    },
  ],
}

const SERBIA: JurisdictionActs = {
  jurisdiction: 'serbia',
  language: 'bcms',
  variant: 'sr',
  cyrillic: true,
  vacatio: 8,
  acts: [
    {
      key: 'rs-weapons-1992',
      kind: 'law',
      adopted: '1992-02-18',
      title: 'Law on Weapons and Ammunition',
      original: 'Zakon o oružju i municiji',
      gazette: 'Official Gazette of the Republic of Serbia No. 9/1992',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      provisions: ['acquisition', 'refusal', 'storage'],
      about: 'The weapons law in force for more than two decades, amended many times.',
    },
    {
      key: 'rs-weapons-1992-am1',
      kind: 'law',
      adopted: '1998-10-16',
      title: 'Law amending the Law on Weapons and Ammunition',
      original: 'Zakon o izmenama i dopunama Zakona o oružju i municiji',
      gazette: 'Official Gazette of the Republic of Serbia No. 44/1998',
      subjects: ['weapons-and-ammunition'],
      amends: ['rs-weapons-1992'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Changed penalties and permit rules.',
    },
    {
      key: 'rs-weapons-1992-am2',
      kind: 'law',
      adopted: '2005-11-21',
      title: 'Law amending the Law on Weapons and Ammunition (2005)',
      original: 'Zakon o izmenama i dopunama Zakona o oružju i municiji',
      gazette: 'Official Gazette of the Republic of Serbia No. 101/2005',
      subjects: ['weapons-and-ammunition'],
      amends: ['rs-weapons-1992'],
      provisions: ['amendRegister', 'entryIntoForce'],
      about: 'Modernised the registration of weapons.',
    },
    {
      key: 'rs-weapons-2015',
      kind: 'law',
      adopted: '2015-02-19',
      title: 'Law on Weapons and Ammunition (2015)',
      original: 'Zakon o oružju i municiji',
      gazette: 'Official Gazette of the Republic of Serbia No. 20/2015',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      eu: ['dir-2021-555'],
      replaces: ['rs-weapons-1992'],
      provisions: ['categories', 'acquisition', 'records', 'repeal'],
      about: 'The current weapons law: EU categories, permits, dealers, storage, records and a central register.',
    },
    {
      key: 'rs-weapons-2015-am1',
      kind: 'law',
      adopted: '2019-02-08',
      title: 'Law amending the Law on Weapons and Ammunition (2019)',
      original: 'Zakon o izmenama i dopunama Zakona o oružju i municiji',
      gazette: 'Official Gazette of the Republic of Serbia No. 10/2019',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555', 'reg-2015-2403'],
      amends: ['rs-weapons-2015'],
      provisions: ['amendCategories', 'amendDeactivation', 'entryIntoForce'],
      about: 'Transposed the 2017 revision of the EU firearms directive and the deactivation standards.',
    },
    {
      key: 'rs-weapons-2015-am2',
      kind: 'law',
      adopted: '2023-03-17',
      title: 'Law amending the Law on Weapons and Ammunition (2023)',
      original: 'Zakon o izmenama i dopunama Zakona o oružju i municiji',
      gazette: 'Official Gazette of the Republic of Serbia No. 20/2023',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555'],
      amends: ['rs-weapons-2015'],
      provisions: ['amendRecords', 'amendPenalties', 'entryIntoForce'],
      about: 'Tightened controls after the shootings of 2023 and extended record-keeping.',
    },
    {
      key: 'rs-exports-2014',
      kind: 'law',
      adopted: '2014-10-01',
      title: 'Law on Export and Import of Arms and Military Equipment',
      original: 'Zakon o izvozu i uvozu naoružanja i vojne opreme',
      gazette: 'Official Gazette of the Republic of Serbia No. 107/2014',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'dir-2009-43'],
      provisions: ['exportLicence', 'exportCriteria', 'exportReport'],
      about:
        'Licensing of exports, imports and brokering of arms and military equipment, with the EU Common Position criteria.',
    },
    {
      key: 'rs-private-security-2013',
      kind: 'law',
      adopted: '2013-11-22',
      title: 'Law on Private Security',
      original: 'Zakon o privatnom obezbeđenju',
      gazette: 'Official Gazette of the Republic of Serbia No. 104/2013',
      subjects: ['private-security'],
      provisions: ['securityLicence', 'securityWeapons'],
      about: 'Licensing of private security companies and staff and the use of firearms in private security.',
    },
    {
      key: 'rs-deactivation-rulebook-2016',
      kind: 'bylaw',
      adopted: '2016-04-22',
      title: 'Rulebook on the Deactivation of Firearms',
      original: 'Pravilnik o onesposobljavanju vatrenog oružja',
      gazette: 'Official Gazette of the Republic of Serbia No. 41/2016',
      subjects: ['weapons-and-ammunition'],
      eu: ['reg-2015-2403'],
      provisions: ['deactivation', 'marking'],
      about: 'Technical requirements and verification procedure for deactivating firearms.',
    },
    {
      key: 'rs-criminal-code-2005',
      kind: 'law',
      adopted: '2005-09-29',
      title: 'Criminal Code',
      original: 'Krivični zakonik',
      gazette: 'Official Gazette of the Republic of Serbia No. 85/2005',
      subjects: ['criminal-law'],
      provisions: [['criminalOffence', 'Article 348'], 'entryIntoForce'],
      about:
        'Includes the criminal offence of illegal manufacture, possession, carrying and trade in weapons and explosives.',
    },
  ],
}

const MOLDOVA: JurisdictionActs = {
  jurisdiction: 'moldova',
  language: 'ro',
  variant: 'ro',
  cyrillic: false,
  vacatio: 0,
  acts: [
    {
      key: 'md-weapons-1994',
      kind: 'law',
      adopted: '1994-05-18',
      title: 'Law No. 110/1994 on Weapons',
      original: 'Legea nr. 110 din 18.05.1994 cu privire la arme',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 4/1994',
      subjects: ['weapons-and-ammunition'],
      provisions: ['acquisition', 'refusal', 'storage'],
      about: 'The first weapons law after independence.',
    },
    {
      key: 'md-weapons-1994-am1',
      kind: 'law',
      adopted: '2003-12-24',
      title: 'Law amending Law No. 110/1994 on Weapons',
      original: 'Lege pentru modificarea și completarea Legii nr. 110/1994 cu privire la arme',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 25-29/2004',
      subjects: ['weapons-and-ammunition'],
      amends: ['md-weapons-1994'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Changed penalties and the registration procedure.',
    },
    {
      key: 'md-weapons-2012',
      kind: 'law',
      adopted: '2012-06-08',
      title: 'Law No. 130/2012 on the Regime of Weapons and Ammunition for Civilian Use',
      original: 'Legea nr. 130 din 08.06.2012 privind regimul armelor și al munițiilor cu destinație civilă',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 222-227/2012',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      eu: ['dir-2021-555'],
      replaces: ['md-weapons-1994'],
      provisions: ['categories', 'acquisition', 'records', 'repeal'],
      about: 'The current law on civilian weapons, modelled on the EU firearms directive.',
    },
    {
      key: 'md-weapons-2012-am1',
      kind: 'law',
      adopted: '2018-11-30',
      title: 'Law amending Law No. 130/2012 on the Regime of Weapons and Ammunition for Civilian Use',
      original:
        'Lege pentru modificarea Legii nr. 130/2012 privind regimul armelor și al munițiilor cu destinație civilă',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 10-15/2019',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555', 'reg-2015-2403'],
      amends: ['md-weapons-2012'],
      provisions: ['amendDeactivation', 'entryIntoForce'],
      about: 'Introduced EU deactivation standards.',
    },
    {
      key: 'md-weapons-2012-am2',
      kind: 'law',
      adopted: '2022-07-21',
      title: 'Law amending Law No. 130/2012 (2022)',
      original:
        'Lege pentru modificarea Legii nr. 130/2012 privind regimul armelor și al munițiilor cu destinație civilă',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 260-266/2022',
      subjects: ['weapons-and-ammunition'],
      eu: ['dir-2021-555'],
      amends: ['md-weapons-2012'],
      provisions: ['amendCategories', 'amendRecords', 'entryIntoForce'],
      about: 'Aligned the categories of weapons and record-keeping with Directive (EU) 2021/555.',
    },
    {
      key: 'md-strategic-goods-2000',
      kind: 'law',
      adopted: '2000-07-26',
      title: 'Law No. 1163/2000 on the Control of Export, Re-export, Import and Transit of Strategic Goods',
      original:
        'Legea nr. 1163 din 26.07.2000 privind controlul exportului, reexportului, importului și tranzitului de mărfuri strategice',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 137-138/2000',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'reg-2021-821'],
      provisions: ['exportLicence', 'exportCriteria'],
      about: 'Licensing and control of trade in military and dual-use goods.',
    },
    {
      key: 'md-security-2003',
      kind: 'law',
      adopted: '2003-07-04',
      title: 'Law No. 283/2003 on Private Detective and Security Activity',
      original: 'Legea nr. 283 din 04.07.2003 privind activitatea particulară de detectiv și de pază',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 200-203/2003',
      subjects: ['private-security'],
      provisions: ['securityLicence', 'securityWeapons'],
      about: 'Licensing of private security and detective services and the weapons their staff may use.',
    },
    {
      key: 'md-criminal-code-2002',
      kind: 'law',
      adopted: '2002-04-18',
      title: 'Criminal Code of the Republic of Moldova',
      original: 'Codul penal al Republicii Moldova nr. 985/2002',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 128-129/2002',
      subjects: ['criminal-law'],
      provisions: [['criminalOffence', 'Article 290'], 'entryIntoForce'],
      about: 'Includes offences of illegal carrying, possession, manufacture and trade in weapons and ammunition.',
    },
    {
      key: 'md-att-2015',
      kind: 'international-instrument',
      adopted: '2015-07-23',
      title: 'Law on Ratification of the Arms Trade Treaty',
      original: 'Legea pentru ratificarea Tratatului privind comerțul cu arme',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 218-222/2015',
      subjects: ['export-import-control'],
      provisions: ['ratifyAtt', 'attAuthority'],
      about: 'Ratifies the Arms Trade Treaty.',
    },
    {
      key: 'md-programme-2016',
      kind: 'strategy',
      adopted: '2016-10-06',
      title: 'National Programme on the Control of Small Arms and Light Weapons 2016–2020',
      original: 'Programul național privind controlul armamentului ușor și de calibru mic pentru anii 2016–2020',
      gazette: 'Monitorul Oficial al Republicii Moldova nr. 345-354/2016',
      subjects: ['weapons-and-ammunition', 'defence-stockpiles'],
      provisions: ['strategyObjective', 'strategyMeasures'],
      about: 'The Government’s programme and action plan on SALW control.',
    },
  ],
}

const UKRAINE: JurisdictionActs = {
  jurisdiction: 'ukraine',
  language: 'uk',
  variant: 'uk',
  cyrillic: false,
  vacatio: 0,
  acts: [
    {
      key: 'ua-ownership-1992',
      kind: 'regulation',
      adopted: '1992-06-17',
      title: 'Resolution of the Verkhovna Rada on the Right of Ownership of Certain Types of Property',
      original: 'Постанова Верховної Ради України «Про право власності на окремі види майна»',
      gazette: 'Vidomosti Verkhovnoi Rady Ukrainy, 1992, No. 35, Art. 517',
      subjects: ['weapons-and-ammunition'],
      provisions: ['typesByPurpose', 'acquisition'],
      about:
        'Lists the property, including weapons, that citizens may own only with a special permit; in the absence of a law on weapons it remains the basis of civilian ownership.',
    },
    {
      key: 'ua-permit-system-1992',
      kind: 'regulation',
      adopted: '1992-10-12',
      title: 'Regulation on the Permit System',
      original: 'Положення про дозвільну систему (постанова Кабінету Міністрів України № 576)',
      gazette: 'Ofitsiinyi visnyk Ukrainy, 1992, No. 10',
      subjects: ['weapons-and-ammunition', 'civil-explosives'],
      provisions: ['acquisition', 'refusal', 'storage'],
      about:
        'The Cabinet of Ministers regulation under which the police issue permits for weapons, ammunition and explosives.',
    },
    {
      key: 'ua-permit-system-1992-am1',
      kind: 'regulation',
      adopted: '2021-09-29',
      title: 'Resolution amending the Regulation on the Permit System',
      original: 'Постанова Кабінету Міністрів України «Про внесення змін до Положення про дозвільну систему»',
      gazette: 'Ofitsiinyi visnyk Ukrainy, 2021, No. 80',
      subjects: ['weapons-and-ammunition'],
      amends: ['ua-permit-system-1992'],
      provisions: ['amendRegister', 'entryIntoForce'],
      about: 'Linked the permit system to the Unified Register of Weapons.',
    },
    {
      key: 'ua-instruction-622',
      kind: 'bylaw',
      adopted: '1998-08-21',
      title:
        'Instruction on the Manufacture, Acquisition, Storage, Registration, Transport and Use of Firearms (Ministry of Internal Affairs Order No. 622)',
      original:
        'Інструкція про порядок виготовлення, придбання, зберігання, обліку, перевезення та використання вогнепальної, пневматичної і холодної зброї (наказ МВС України № 622)',
      gazette: 'Ofitsiinyi visnyk Ukrainy, 1998, No. 40',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      provisions: ['storage', 'hunting', 'records'],
      about: 'The detailed rules on civilian firearms applied by the National Police.',
    },
    {
      key: 'ua-instruction-622-am1',
      kind: 'bylaw',
      adopted: '2017-02-06',
      title: 'Order amending Instruction No. 622',
      original:
        'Наказ МВС України «Про внесення змін до Інструкції про порядок виготовлення, придбання, зберігання, обліку, перевезення та використання вогнепальної, пневматичної і холодної зброї»',
      gazette: 'Ofitsiinyi visnyk Ukrainy, 2017, No. 22',
      subjects: ['weapons-and-ammunition'],
      amends: ['ua-instruction-622'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Tightened storage and reporting obligations.',
    },
    {
      key: 'ua-instruction-622-am2',
      kind: 'bylaw',
      adopted: '2022-03-01',
      title: 'Order amending Instruction No. 622 (2022)',
      original:
        'Наказ МВС України «Про внесення змін до Інструкції про порядок виготовлення, придбання, зберігання, обліку, перевезення та використання вогнепальної, пневматичної і холодної зброї» (2022)',
      gazette: 'Ofitsiinyi visnyk Ukrainy, 2022, No. 25',
      subjects: ['weapons-and-ammunition'],
      amends: ['ua-instruction-622'],
      provisions: ['amendRecords', 'entryIntoForce'],
      about: 'Adjusted registration of weapons in the conditions of martial law.',
    },
    {
      key: 'ua-export-control-2003',
      kind: 'law',
      adopted: '2003-02-20',
      title: 'Law on State Control of International Transfers of Military and Dual-Use Goods',
      original:
        'Закон України «Про державний контроль за міжнародними передачами товарів військового призначення та подвійного використання»',
      gazette: 'Vidomosti Verkhovnoi Rady Ukrainy, 2003, No. 35, Art. 271',
      subjects: ['export-import-control'],
      eu: ['cp-2008-944', 'reg-2021-821'],
      provisions: ['exportLicence', 'exportCriteria', 'exportReport'],
      about: 'The export control law, with criteria comparable to those of the EU Common Position.',
    },
    {
      key: 'ua-hunting-2000',
      kind: 'law',
      adopted: '2000-02-22',
      title: 'Law on Hunting Economy and Hunting',
      original: 'Закон України «Про мисливське господарство та полювання»',
      gazette: 'Vidomosti Verkhovnoi Rady Ukrainy, 2000, No. 18, Art. 132',
      subjects: ['hunting-and-sport-shooting'],
      provisions: ['hunting', 'storage'],
      about: 'Hunting grounds, hunting licences and the use of hunting weapons.',
    },
    {
      key: 'ua-criminal-code-2001',
      kind: 'law',
      adopted: '2001-04-05',
      title: 'Criminal Code of Ukraine',
      original: 'Кримінальний кодекс України',
      gazette: 'Vidomosti Verkhovnoi Rady Ukrainy, 2001, No. 25-26, Art. 131',
      subjects: ['criminal-law'],
      provisions: [['criminalOffence', 'Article 263'], 'entryIntoForce'],
      about: 'Includes the offence of illegal handling of weapons, ammunition and explosives.',
    },
    {
      key: 'ua-register-2021',
      kind: 'regulation',
      adopted: '2021-12-08',
      title: 'Regulation on the Unified Register of Weapons',
      original: 'Положення про Єдиний реєстр зброї',
      gazette: 'Ofitsiinyi visnyk Ukrainy, 2021, No. 98',
      subjects: ['weapons-and-ammunition'],
      provisions: ['records', 'marking'],
      about: 'Establishes the electronic register of civilian weapons and their holders.',
    },
  ],
}

const BELARUS: JurisdictionActs = {
  jurisdiction: 'belarus',
  language: 'ru',
  variant: 'ru',
  cyrillic: false,
  vacatio: 90,
  acts: [
    {
      key: 'by-weapons-2001',
      kind: 'law',
      adopted: '2001-11-13',
      title: 'Law on Weapons',
      original: 'Закон Республики Беларусь «Об оружии»',
      gazette: 'Natsionalny reestr pravovykh aktov Respubliki Belarus, 2001, No. 109, 2/808',
      subjects: ['weapons-and-ammunition', 'hunting-and-sport-shooting'],
      provisions: ['typesByPurpose', 'acquisition', 'refusal'],
      about: 'The framework law on civilian, service and military weapons.',
    },
    {
      key: 'by-weapons-2001-am1',
      kind: 'law',
      adopted: '2012-07-17',
      title: 'Law amending the Law on Weapons',
      original: 'Закон Республики Беларусь «О внесении изменений и дополнений в Закон Республики Беларусь «Об оружии»»',
      gazette: 'Natsionalny pravovoy internet-portal Respubliki Belarus, 2012, 2/1974',
      subjects: ['weapons-and-ammunition'],
      amends: ['by-weapons-2001'],
      provisions: ['amendPenalties', 'entryIntoForce'],
      about: 'Revised the licensing of weapons and ammunition trade.',
    },
    {
      key: 'by-weapons-2001-am2',
      kind: 'law',
      adopted: '2020-07-17',
      title: 'Law amending the Law on Weapons (2020)',
      original: 'Закон Республики Беларусь «Об изменении законов по вопросам оборота оружия»',
      gazette: 'Natsionalny pravovoy internet-portal Respubliki Belarus, 2020, 2/2762',
      subjects: ['weapons-and-ammunition'],
      amends: ['by-weapons-2001'],
      provisions: ['amendRegister', 'amendRecords', 'entryIntoForce'],
      about: 'Introduced electronic records of weapons and their holders.',
    },
    {
      key: 'by-export-control-2016',
      kind: 'law',
      adopted: '2016-05-11',
      title: 'Law on Export Control',
      original: 'Закон Республики Беларусь «Об экспортном контроле»',
      gazette: 'Natsionalny pravovoy internet-portal Respubliki Belarus, 2016, 2/2382',
      subjects: ['export-import-control'],
      provisions: ['exportLicence', 'exportCriteria', 'exportReport'],
      about: 'Licensing of exports and imports of military and dual-use goods.',
    },
    {
      key: 'by-security-2006',
      kind: 'law',
      adopted: '2006-11-08',
      title: 'Law on Security Activity',
      original: 'Закон Республики Беларусь «Об охранной деятельности»',
      gazette: 'Natsionalny reestr pravovykh aktov Respubliki Belarus, 2006, No. 189, 2/1265',
      subjects: ['private-security'],
      provisions: ['securityLicence', 'securityWeapons'],
      about: 'State and private security activity, including licensing and the use of weapons by guards.',
    },
    {
      key: 'by-industrial-safety-2016',
      kind: 'law',
      adopted: '2016-01-05',
      title: 'Law on Industrial Safety',
      original: 'Закон Республики Беларусь «О промышленной безопасности»',
      gazette: 'Natsionalny pravovoy internet-portal Respubliki Belarus, 2016, 2/2352',
      subjects: ['civil-explosives'],
      provisions: ['explosivesTraceability', 'storage'],
      about: 'Covers the handling of industrial explosives at hazardous production facilities.',
    },
    {
      key: 'by-weapons-resolution-2002',
      kind: 'regulation',
      adopted: '2002-03-30',
      title: 'Resolution of the Council of Ministers on Measures to Implement the Law on Weapons',
      original:
        'Постановление Совета Министров Республики Беларусь «О мерах по реализации Закона Республики Беларусь «Об оружии»»',
      gazette: 'Natsionalny reestr pravovykh aktov Respubliki Belarus, 2002, No. 44, 5/10180',
      subjects: ['weapons-and-ammunition'],
      provisions: ['storage', 'records', 'marking'],
      about: 'Detailed rules on the circulation of civilian and service weapons.',
    },
    {
      key: 'by-criminal-code-1999',
      kind: 'law',
      adopted: '1999-07-09',
      title: 'Criminal Code of the Republic of Belarus',
      original: 'Уголовный кодекс Республики Беларусь',
      gazette: 'Natsionalny reestr pravovykh aktov Respubliki Belarus, 1999, No. 76, 2/50',
      subjects: ['criminal-law'],
      provisions: [['criminalOffence', 'Article 295'], 'entryIntoForce'],
      about: 'Includes the offence of illegal acts with firearms, ammunition and explosives.',
    },
    {
      key: 'by-hunting-rules-2005',
      kind: 'bylaw',
      adopted: '2005-12-08',
      title: 'Rules of Hunting',
      original: 'Правила охоты',
      gazette: 'Natsionalny reestr pravovykh aktov Respubliki Belarus, 2005, No. 196, 1/6995',
      subjects: ['hunting-and-sport-shooting'],
      provisions: ['hunting', 'storage'],
      about: 'Rules on hunting licences, hunting grounds and the carrying of hunting weapons.',
    },
    {
      key: 'by-defence-1992',
      kind: 'law',
      adopted: '1992-11-03',
      title: 'Law on Defence',
      original: 'Закон Республики Беларусь «Об обороне»',
      gazette: 'Vedamastsi Vyarkhounaga Saveta Respubliki Belarus, 1992, No. 29, Art. 501',
      subjects: ['defence-stockpiles'],
      provisions: ['surplus', 'storage'],
      about: 'Includes the rules on defence stocks of weapons and ammunition and their disposal.',
    },
  ],
}

export const LAW_JURISDICTIONS: JurisdictionActs[] = [
  ALBANIA,
  BOSNIA,
  KOSOVO,
  MONTENEGRO,
  NORTH_MACEDONIA,
  SERBIA,
  MOLDOVA,
  UKRAINE,
  BELARUS,
]

// --- Building documents -----------------------------------------------------------------------------

export interface LawSeed {
  key: string
  slug: string
  title: string
  originalTitle: string
  originalLanguage: LawLanguage
  jurisdiction: JurisdictionSlug
  kind: LawKind
  subjects: LawSubject[]
  gazetteReference: string
  adoptedDate: string
  effectiveDate: string
  status: LawStatus
  amends: string[]
  replaces: string[]
  euInstruments: EuInstrument[]
  summary: string
  provisions: { reference: string; heading: string; textEnglish: string; textOriginal: string }[]
  /** PDFs to generate: the original text (Latin scripts only: Helvetica has no Cyrillic) and an English translation. */
  originalPdf?: PdfDocument
  englishPdf?: PdfDocument
  body?: RichBlock[]
}

const isoDate = (d: string) => `${d}T12:00:00.000Z`
const addDaysIso = (d: string, days: number) => new Date(Date.parse(isoDate(d)) + days * 86_400_000).toISOString()
const year = (d: string) => d.slice(0, 4)

function statusOf(act: ActSeed, amendedBy: Map<string, string[]>, replacedBy: Map<string, string>): LawStatus {
  if (replacedBy.has(act.key)) return 'repealed'
  // An amending act shares the fate of the act it amends.
  if (act.amends?.some((k) => replacedBy.has(k))) return 'repealed'
  return (amendedBy.get(act.key) ?? []).length > 0 ? 'amended' : 'in-force'
}

/** All 90 acts as documents ready to create, in dependency order (amended and replaced acts first). */
export function buildLaws(slugify: (s: string) => string): LawSeed[] {
  const all = new Map<string, ActSeed>()
  const amendedBy = new Map<string, string[]>()
  const replacedBy = new Map<string, string>()
  for (const j of LAW_JURISDICTIONS) {
    for (const act of j.acts) {
      if (all.has(act.key)) throw new Error(`Duplicate law key ${act.key}`)
      all.set(act.key, act)
    }
  }
  for (const act of all.values()) {
    for (const k of act.amends ?? []) amendedBy.set(k, [...(amendedBy.get(k) ?? []), act.key])
    for (const k of act.replaces ?? []) replacedBy.set(k, act.key)
  }

  const seeds: LawSeed[] = []
  for (const j of LAW_JURISDICTIONS) {
    for (const act of j.acts) {
      for (const k of [...(act.amends ?? []), ...(act.replaces ?? [])]) {
        if (!all.has(k)) throw new Error(`${act.key} refers to unknown act ${k}`)
        if (all.get(k)!.adopted > act.adopted) throw new Error(`${act.key} predates the act ${k} it amends or replaces`)
      }
      const cyrillic = act.cyrillic ?? j.cyrillic
      const script = (s: string) => (cyrillic ? toSerbianCyrillic(s) : s)
      const status = statusOf(act, amendedBy, replacedBy)

      const provisions = act.provisions.map((p) => {
        const [key, reference] = Array.isArray(p) ? p : [p, undefined]
        const template = PROVISIONS[key]
        const version = (
          template.versions as Partial<Record<ProvisionLanguage, { heading: string; text: string; en?: string }>>
        )[j.variant]
        if (!version) throw new Error(`Provision ${key} has no ${j.variant} text (used by ${act.key})`)
        return {
          reference: reference ?? template.reference,
          heading: template.heading,
          textEnglish: version.en ?? template.text,
          textOriginal: script(version.text),
        }
      })
      if (provisions.length < 2 || provisions.length > 4) throw new Error(`${act.key} must have 2–4 provisions`)

      // Titles made unique by the year already end in "(2015)": do not add it twice.
      const titleWithYear = (b: { title: string; adopted: string }) =>
        /\(\d{4}\)$/.test(b.title) ? b.title : `${b.title} (${year(b.adopted)})`
      const sentences = [act.about]
      const base = act.amends?.map((k) => all.get(k)!)
      if (base?.length)
        sentences.push(`It amends the ${base.map(titleWithYear).join(' and ')}.`)
      const replaced = act.replaces?.map((k) => all.get(k)!)
      if (replaced?.length)
        sentences.push(`It replaced the ${replaced.map(titleWithYear).join(' and ')}.`)
      if (act.eu?.length)
        sentences.push(
          `EU instruments transposed or aligned with: ${act.eu.map((e) => labelOf(EU_INSTRUMENTS, e)).join('; ')}.`,
        )
      const replacer = replacedBy.get(act.key)
      if (replacer)
        sentences.push(
          `Repealed and replaced by the ${all.get(replacer)!.title} (${year(all.get(replacer)!.adopted)}).`,
        )
      else if (status === 'repealed') sentences.push('No longer in force: the act it amends has been repealed.')
      const amenders = amendedBy.get(act.key) ?? []
      if (amenders.length && !replacer)
        sentences.push(`Amended ${amenders.length === 1 ? 'once' : `${amenders.length} times`} since adoption.`)

      const title = act.title
      const originalTitle = script(act.original)
      const adoptedDate = isoDate(act.adopted)
      const isMainAct = !act.amends?.length
      const translated = isMainAct && (act.kind === 'law' || act.kind === 'international-instrument')
      const pdfBlocks = (english: boolean) => [
        ...(english ? [{ p: `${labelOf(LAW_KINDS, act.kind)}, adopted on ${act.adopted}. ${act.about}` }] : []),
        ...provisions.flatMap((p) => [
          { h: `${p.reference}${english ? ` — ${p.heading}` : ''}` },
          { p: english ? p.textEnglish : p.textOriginal },
        ]),
        {
          note: english
            ? 'Unofficial translation prepared for the regional arms law compendium. Only the text published in the official gazette is authentic.'
            : 'Extract prepared for the regional arms law compendium from the text published in the official gazette.',
        },
      ]
      seeds.push({
        key: act.key,
        slug: slugify(`${j.jurisdiction} ${act.key.replace(/^[a-z]{2}-/, '')}`),
        title,
        originalTitle,
        originalLanguage: j.language,
        jurisdiction: j.jurisdiction,
        kind: act.kind,
        subjects: act.subjects,
        gazetteReference: act.gazette,
        adoptedDate,
        effectiveDate:
          act.kind === 'strategy' || act.kind === 'action-plan' ? adoptedDate : addDaysIso(act.adopted, j.vacatio + 1),
        status,
        amends: act.amends ?? [],
        replaces: act.replaces ?? [],
        euInstruments: act.eu ?? [],
        summary: sentences.join(' '),
        provisions,
        englishPdf: translated
          ? {
              title: `${title} (unofficial translation)`,
              subtitle: act.gazette,
              lang: 'en-GB',
              date: new Date(adoptedDate),
              footer: 'Regional arms law compendium',
              blocks: pdfBlocks(true),
            }
          : undefined,
        originalPdf:
          translated && !cyrillic && ['sq', 'bcms', 'ro'].includes(j.language)
            ? {
                title: originalTitle,
                subtitle: act.gazette,
                lang: j.language === 'bcms' ? 'sr-Latn' : j.language,
                date: new Date(adoptedDate),
                footer: 'Regional arms law compendium',
                blocks: pdfBlocks(false),
              }
            : undefined,
      })
    }
  }
  // Acts referred to by others come first, so their ids exist when the referring act is created.
  const order = new Map<string, number>()
  const depth = (key: string): number => {
    if (order.has(key)) return order.get(key)!
    const act = all.get(key)!
    const d = Math.max(0, ...[...(act.amends ?? []), ...(act.replaces ?? [])].map((k) => depth(k) + 1))
    order.set(key, d)
    return d
  }
  return seeds
    .map((s, i) => ({ s, i, d: depth(s.key) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map(({ s }) => s)
}
