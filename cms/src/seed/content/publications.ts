import { MONTH_NAMES } from '@clearinghouse/shared/format'
import {
  AVMP_JURISDICTIONS,
  KOSOVO_FOOTNOTE,
  labelOf,
  PUBLICATION_TYPES,
  type JurisdictionSlug,
} from '@clearinghouse/shared/vocab'

import { addDays, monthLabel, monthStart } from '../dates'
import type { Motif, Rand } from '../images'
import type { RichBlock } from '../lexical'
import type { PdfBlock, PdfDocument } from '../pdf'

type PublicationType = (typeof PUBLICATION_TYPES)[number]['value']
type Theme = 'salw-control' | 'gender-and-security'
/** Languages in which generated PDFs are produced: Helvetica has no Cyrillic, so Latin scripts only. */
export type PdfLanguage = 'en' | 'sq' | 'bcms' | 'ro'

export interface PublicationSeed {
  key: string
  title: string
  type: PublicationType
  theme: Theme
  jurisdictions: JurisdictionSlug[]
  date: Date
  summary: string
  body: RichBlock[]
  motif: Motif
  files: { language: PdfLanguage; label: string; pdf: PdfDocument }[]
}

const AVMP = AVMP_JURISDICTIONS.map((j) => j.value)
const ORGANISATION = 'South East and East Europe Clearinghouse for the Control of Small Arms and Light Weapons'

// --- Language packs for translated versions --------------------------------------------------------

interface LanguagePack {
  name: string
  summary: string
  findings: string
  method: string
  about: string
  incidents: string
  killed: string
  injured: string
  seizures: string
  monitorIntro: (period: string) => string
  monitorTitle: (period: string) => string
  methodText: string
  annualTitle: (year: number) => string
  annualIntro: (year: number) => string
  disclaimer: string
  kosovo: string
  months: readonly string[]
}

const PACKS: Record<PdfLanguage, LanguagePack> = {
  en: {
    name: 'English',
    summary: 'Summary',
    findings: 'Key findings',
    method: 'Methodology',
    about: 'About this publication',
    incidents: 'Firearm incidents recorded',
    killed: 'People killed',
    injured: 'People injured',
    seizures: 'Weapon seizures',
    monitorIntro: (p) =>
      `This issue of the regional quarterly armed violence monitor reviews the firearm incidents reported in ${p} in Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia, Serbia and the Republic of Moldova.`,
    monitorTitle: (p) => `Regional Quarterly Armed Violence Monitor, ${p}`,
    methodText:
      'Data are collected every day from media reports and from the reports of police and other institutions. Records contain no names and no exact addresses. Figures reflect reported incidents only.',
    annualTitle: (y) => `Annual Report ${y}`,
    annualIntro: (y) =>
      `The annual report presents the Clearinghouse’s work in ${y} on the control of small arms and light weapons and on gender equality in security sector reform.`,
    disclaimer:
      'This publication was produced with the financial support of the European Union. Its contents are the sole responsibility of the Clearinghouse and do not necessarily reflect the views of the European Union.',
    kosovo: KOSOVO_FOOTNOTE,
    months: [...MONTH_NAMES],
  },
  sq: {
    name: 'Albanian',
    summary: 'Përmbledhje',
    findings: 'Gjetjet kryesore',
    method: 'Metodologjia',
    about: 'Rreth këtij botimi',
    incidents: 'Incidente me armë zjarri të regjistruara',
    killed: 'Persona të vrarë',
    injured: 'Persona të plagosur',
    seizures: 'Sekuestrime armësh',
    monitorIntro: (p) =>
      `Ky numër i monitoruesit rajonal tremujor të dhunës së armatosur shqyrton incidentet me armë zjarri të raportuara në periudhën ${p} në Shqipëri, Bosnjë e Hercegovinë, Kosovë*, Mal të Zi, Maqedoni të Veriut, Serbi dhe Republikën e Moldavisë.`,
    monitorTitle: (p) => `Monitoruesi rajonal tremujor i dhunës së armatosur, ${p}`,
    methodText:
      'Të dhënat mblidhen çdo ditë nga raportimet e medias dhe nga raportet e policisë dhe institucioneve të tjera. Regjistrimet nuk përmbajnë emra as adresa të sakta.',
    annualTitle: (y) => `Raporti vjetor ${y}`,
    annualIntro: (y) =>
      `Raporti vjetor paraqet punën e Qendrës gjatë vitit ${y} për kontrollin e armëve të vogla dhe të lehta dhe për barazinë gjinore në reformën e sektorit të sigurisë.`,
    disclaimer:
      'Ky botim u përgatit me mbështetjen financiare të Bashkimit Evropian. Përmbajtja e tij është përgjegjësi e vetme e Qendrës dhe nuk pasqyron domosdoshmërisht pikëpamjet e Bashkimit Evropian.',
    kosovo:
      '*Referencat për Kosovën duhet të kuptohen në kontekstin e Rezolutës 1244 (1999) të Këshillit të Sigurimit.',
    months: [
      'janar',
      'shkurt',
      'mars',
      'prill',
      'maj',
      'qershor',
      'korrik',
      'gusht',
      'shtator',
      'tetor',
      'nëntor',
      'dhjetor',
    ],
  },
  bcms: {
    name: 'BCMS',
    summary: 'Sažetak',
    findings: 'Ključni nalazi',
    method: 'Metodologija',
    about: 'O ovoj publikaciji',
    incidents: 'Zabeleženi incidenti s vatrenim oružjem',
    killed: 'Ubijene osobe',
    injured: 'Povređene osobe',
    seizures: 'Zaplene oružja',
    monitorIntro: (p) =>
      `Ovaj broj regionalnog tromesečnog monitora oružanog nasilja daje pregled incidenata s vatrenim oružjem prijavljenih u periodu ${p} u Albaniji, Bosni i Hercegovini, na Kosovu*, u Crnoj Gori, Severnoj Makedoniji, Srbiji i Republici Moldaviji.`,
    monitorTitle: (p) => `Regionalni tromesečni monitor oružanog nasilja, ${p}`,
    methodText:
      'Podaci se prikupljaju svakodnevno iz medijskih izveštaja i izveštaja policije i drugih institucija. Zapisi ne sadrže imena niti tačne adrese.',
    annualTitle: (y) => `Godišnji izveštaj ${y}`,
    annualIntro: (y) =>
      `Godišnji izveštaj predstavlja rad Centra tokom ${y}. godine na kontroli malog i lakog oružja i na rodnoj ravnopravnosti u reformi sektora bezbednosti.`,
    disclaimer:
      'Ova publikacija je izrađena uz finansijsku podršku Evropske unije. Za njen sadržaj odgovoran je isključivo Centar i on ne odražava nužno stavove Evropske unije.',
    kosovo: '*Pozivanje na Kosovo treba tumačiti u kontekstu Rezolucije Saveta bezbednosti 1244 (1999).',
    months: [
      'januar',
      'februar',
      'mart',
      'april',
      'maj',
      'jun',
      'jul',
      'avgust',
      'septembar',
      'oktobar',
      'novembar',
      'decembar',
    ],
  },
  ro: {
    name: 'Romanian',
    summary: 'Rezumat',
    findings: 'Constatări principale',
    method: 'Metodologie',
    about: 'Despre această publicație',
    incidents: 'Incidente cu arme de foc înregistrate',
    killed: 'Persoane ucise',
    injured: 'Persoane rănite',
    seizures: 'Confiscări de arme',
    monitorIntro: (p) =>
      `Acest număr al monitorului trimestrial regional al violenței armate prezintă incidentele cu arme de foc raportate în perioada ${p} în Albania, Bosnia și Herțegovina, Kosovo*, Muntenegru, Macedonia de Nord, Serbia și Republica Moldova.`,
    monitorTitle: (p) => `Monitorul trimestrial regional al violenței armate, ${p}`,
    methodText:
      'Datele sunt colectate zilnic din relatările presei și din rapoartele poliției și ale altor instituții. Înregistrările nu conțin nume sau adrese exacte.',
    annualTitle: (y) => `Raport anual ${y}`,
    annualIntro: (y) =>
      `Raportul anual prezintă activitatea Centrului în anul ${y} în domeniul controlului armelor mici și armamentului ușor și al egalității de gen în reforma sectorului de securitate.`,
    disclaimer:
      'Această publicație a fost elaborată cu sprijinul financiar al Uniunii Europene. Conținutul său este responsabilitatea exclusivă a Centrului și nu reflectă neapărat opiniile Uniunii Europene.',
    kosovo: '*Referințele la Kosovo trebuie înțelese în contextul Rezoluției 1244 (1999) a Consiliului de Securitate.',
    months: [
      'ianuarie',
      'februarie',
      'martie',
      'aprilie',
      'mai',
      'iunie',
      'iulie',
      'august',
      'septembrie',
      'octombrie',
      'noiembrie',
      'decembrie',
    ],
  },
}

const LANG_TAGS: Record<PdfLanguage, string> = { en: 'en-GB', sq: 'sq', bcms: 'sr-Latn', ro: 'ro' }

function pdfFor(language: PdfLanguage, title: string, date: Date, blocks: PdfBlock[], subtitle?: string): PdfDocument {
  const pack = PACKS[language]
  return {
    title,
    subtitle: subtitle ?? `${ORGANISATION} · ${date.getUTCFullYear()}`,
    author: ORGANISATION,
    lang: LANG_TAGS[language],
    date,
    footer: ORGANISATION,
    blocks: [...blocks, { note: pack.disclaimer }, { note: pack.kosovo }],
  }
}

const fileLabel = (language: PdfLanguage, what = 'Full report') => `${what} (${PACKS[language].name})`

// --- Hand-written publications ---------------------------------------------------------------------

interface Authored {
  key: string
  title: string
  type: PublicationType
  theme: Theme
  jurisdictions: JurisdictionSlug[]
  monthsAgo: number
  summary: string
  findings: string[]
  motif: Motif
  translations?: Partial<Record<Exclude<PdfLanguage, 'en'>, { title: string; summary: string }>>
}

const AUTHORED: Authored[] = [
  // SALW surveys
  {
    key: 'survey-moldova',
    title: 'SALW Survey of the Republic of Moldova',
    type: 'salw-survey',
    theme: 'salw-control',
    jurisdictions: ['moldova'],
    monthsAgo: 30,
    motif: 'salw-control',
    summary:
      'A nationwide assessment of the number of firearms in legal and illegal possession, public attitudes to weapons and the capacity of institutions to control them, based on a household survey, focus groups and official data.',
    findings: [
      'About one household in twelve reports having a firearm at home',
      'Most respondents see illegal weapons as a threat to community safety',
      'Licensing and registration are well regulated but record-keeping is not yet fully digital',
      'Storage of confiscated weapons needs investment',
    ],
    translations: {
      ro: {
        title: 'Studiul privind armele mici și armamentul ușor în Republica Moldova',
        summary:
          'O evaluare la nivel național a numărului de arme de foc deținute legal și ilegal, a atitudinilor publicului față de arme și a capacității instituțiilor de a le controla.',
      },
    },
  },
  {
    key: 'survey-attitudes',
    title: 'Public Attitudes to Firearms in the Western Balkans: Regional Survey',
    type: 'salw-survey',
    theme: 'salw-control',
    jurisdictions: ['albania', 'bosnia-and-herzegovina', 'kosovo', 'montenegro', 'north-macedonia', 'serbia'],
    monthsAgo: 20,
    motif: 'armed-violence-monitoring',
    summary:
      'A regional opinion survey of 6,000 respondents on why people keep weapons, how safe they feel and what would persuade them to hand illegal weapons in.',
    findings: [
      'Protection of the home is the most common reason given for keeping a weapon',
      'Celebratory shooting is widely rejected but still tolerated in some communities',
      'Trust in police is the strongest predictor of willingness to surrender weapons',
      'Women are far more likely than men to support stricter controls',
    ],
  },
  {
    key: 'survey-montenegro',
    title: 'SALW Survey of Montenegro',
    type: 'salw-survey',
    theme: 'salw-control',
    jurisdictions: ['montenegro'],
    monthsAgo: 44,
    motif: 'salw-control',
    summary:
      'An update of the national SALW survey covering legal holdings, estimated illegal holdings, misuse and the results of recent collection campaigns.',
    findings: [
      'Legal holdings have fallen slightly since the previous survey',
      'Hunting weapons form the largest share of registered firearms',
      'Collection campaigns recovered several thousand weapons and many explosive devices',
    ],
  },
  // Policy briefs
  {
    key: 'brief-domestic-violence',
    title: 'Firearms and Domestic Violence in South East Europe',
    type: 'policy-brief',
    theme: 'gender-and-security',
    jurisdictions: [],
    monthsAgo: 8,
    motif: 'gender-and-security',
    summary:
      'Why firearms make domestic violence deadlier, what the monitoring data show about victims and perpetrators, and how licensing authorities and courts can remove weapons from violent homes.',
    findings: [
      'Most women killed with firearms in the region are killed at home by a partner or family member',
      'Legally held weapons are used in a large share of domestic violence incidents',
      'Protection orders rarely require the surrender of weapons in practice',
    ],
  },
  {
    key: 'brief-celebratory',
    title: 'Celebratory Shooting: Traditions That Kill',
    type: 'policy-brief',
    theme: 'salw-control',
    jurisdictions: ['albania', 'kosovo', 'montenegro', 'serbia'],
    monthsAgo: 13,
    motif: 'armed-violence-monitoring',
    summary:
      'An analysis of celebratory shooting incidents around New Year, weddings and sports results, with options for prevention and enforcement.',
    findings: [
      'Celebratory shooting peaks sharply on New Year’s Eve',
      'Stray bullets injure bystanders, often children, far from the shooter',
      'Awareness campaigns work best when combined with visible enforcement',
    ],
  },
  {
    key: 'brief-deactivated',
    title: 'Converted and Reactivated Firearms: Closing the Loopholes',
    type: 'policy-brief',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 17,
    motif: 'salw-control',
    summary:
      'How weak deactivation standards and unregulated alarm weapons feed illicit markets, and how alignment with EU deactivation rules closes the gap.',
    findings: [
      'Converted alarm and gas pistols appear regularly in criminal incidents',
      'EU deactivation standards have been transposed in most jurisdictions, but verification capacity is limited',
      'Cross-border cooperation is essential to trace conversion workshops',
    ],
  },
  {
    key: 'brief-moldova-border',
    title: 'Countering Arms Trafficking at the Eastern Border of the Republic of Moldova',
    type: 'policy-brief',
    theme: 'salw-control',
    jurisdictions: ['moldova', 'ukraine'],
    monthsAgo: 10,
    motif: 'regional-ssr-platform',
    summary:
      'An assessment of trafficking risks since 2022 and of the capacities of border police and customs to detect weapons, ammunition and explosives.',
    findings: [
      'Risk indicators have risen but confirmed trafficking cases remain few',
      'Detection equipment and training have been strengthened at major crossings',
      'Information exchange with neighbouring services is the main gap',
    ],
    translations: {
      ro: {
        title: 'Combaterea traficului de arme la frontiera de est a Republicii Moldova',
        summary:
          'O evaluare a riscurilor de trafic din 2022 încoace și a capacităților poliției de frontieră și ale vămii de a depista arme, muniții și explozivi.',
      },
    },
  },
  {
    key: 'brief-ukraine-lessons',
    title: 'Arms Control After Conflict: Lessons from the Western Balkans for Ukraine',
    type: 'policy-brief',
    theme: 'salw-control',
    jurisdictions: ['ukraine'],
    monthsAgo: 7,
    motif: 'regional-ssr-platform',
    summary:
      'What two decades of post-conflict arms control in the Western Balkans suggest for managing the weapons, ammunition and explosives that will remain in circulation after the war in Ukraine.',
    findings: [
      'Registration amnesties work best early and with clear legal follow-up',
      'Stockpile security and surplus destruction need sustained funding for years, not months',
      'Incident monitoring gives policymakers an early view of whether controls work',
    ],
  },
  {
    key: 'brief-women-police',
    title: 'Women in Policing in the Western Balkans: Progress and Barriers',
    type: 'policy-brief',
    theme: 'gender-and-security',
    jurisdictions: ['albania', 'bosnia-and-herzegovina', 'kosovo', 'montenegro', 'north-macedonia', 'serbia'],
    monthsAgo: 26,
    motif: 'gender-and-security',
    summary:
      'The share of women in police services has grown steadily, but few reach senior ranks. This brief reviews recruitment, promotion and retention policies.',
    findings: [
      'Women make up between one in ten and one in five police officers across the region',
      'Fewer than one in ten senior managers are women',
      'Networks of women police officers have been effective in proposing policy changes',
    ],
  },
  {
    key: 'brief-explosives',
    title: 'Explosives for Civil Use: Regulation and Diversion Risks',
    type: 'policy-brief',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 36,
    motif: 'salw-control',
    summary:
      'Explosive devices feature in a significant share of armed violence incidents. This brief examines how civil explosives are regulated and diverted.',
    findings: [
      'Commercial explosives used in attacks often come from quarries and construction sites',
      'Traceability rules modelled on Directive 2014/28/EU are only partly implemented',
      'Inspection capacity is the main constraint',
    ],
  },
  // Studies
  {
    key: 'study-gender-salw',
    title: 'Gender and Small Arms in South East Europe: A Regional Study',
    type: 'study',
    theme: 'gender-and-security',
    jurisdictions: [],
    monthsAgo: 40,
    motif: 'gender-and-security',
    summary:
      'The regional study on how men and women own, use and are affected by small arms, with data from the monitoring platform, surveys and court records.',
    findings: [
      'Nearly all perpetrators of firearm incidents are men',
      'Women are over-represented among victims of firearms used at home',
      'Ideas of masculinity shape attitudes to gun ownership more than perceived risk',
    ],
  },
  {
    key: 'study-trafficking',
    title: 'Illicit Arms Flows from the Western Balkans: Routes, Methods and Responses',
    type: 'study',
    theme: 'salw-control',
    jurisdictions: ['albania', 'bosnia-and-herzegovina', 'kosovo', 'montenegro', 'north-macedonia', 'serbia'],
    monthsAgo: 22,
    motif: 'regional-ssr-platform',
    summary:
      'A study of trafficking cases investigated between 2018 and 2024, the routes and methods used, and the law enforcement response.',
    findings: [
      'Most trafficked items are handguns and ammunition moved in small quantities',
      'Postal and parcel services are increasingly used',
      'Joint investigations with EU agencies have grown in number and success',
    ],
  },
  {
    key: 'study-stockpiles',
    title: 'Life-Cycle Management of Ammunition in Defence Stockpiles',
    type: 'study',
    theme: 'salw-control',
    jurisdictions: ['bosnia-and-herzegovina', 'montenegro', 'north-macedonia', 'serbia', 'moldova'],
    monthsAgo: 33,
    motif: 'salw-control',
    summary:
      'A comparative study of how ministries of defence plan, store, inspect and dispose of ammunition, with recommendations on surplus reduction.',
    findings: [
      'Surpluses have fallen markedly over the past decade',
      'Storage conditions vary widely between sites',
      'Surveillance and proof testing capacities need strengthening',
    ],
  },
  {
    key: 'study-masculinities',
    title: 'Masculinities and Firearms: Why Men Keep Guns',
    type: 'study',
    theme: 'gender-and-security',
    jurisdictions: ['serbia', 'montenegro', 'bosnia-and-herzegovina'],
    monthsAgo: 15,
    motif: 'gender-and-security',
    summary:
      'Qualitative research with men who own firearms, exploring protection, tradition and status as reasons for ownership.',
    findings: [
      'Weapons are often inherited and kept unregistered out of family tradition',
      'Men associate gun ownership with the role of protector',
      'Peer norms can be shifted by respected community figures',
    ],
  },
  {
    key: 'study-avm-decade',
    title: 'A Decade of Armed Violence Monitoring, 2014–2024',
    type: 'study',
    theme: 'salw-control',
    jurisdictions: AVMP,
    monthsAgo: 18,
    motif: 'armed-violence-monitoring',
    summary:
      'Ten years of incident data analysed: long-term trends by context, weapon type, victims and jurisdiction, and what they suggest for policy.',
    findings: [
      'Weapon seizures make up the largest share of recorded incidents throughout the decade',
      'The number of people killed with firearms has fallen over the period',
      'Explosive devices remain a persistent feature of criminal incidents',
    ],
  },
  // Toolkits and guidelines
  {
    key: 'toolkit-gender-salw',
    title: 'Gender Mainstreaming in SALW Control: A Toolkit for Policymakers',
    type: 'toolkit',
    theme: 'gender-and-security',
    jurisdictions: [],
    monthsAgo: 28,
    motif: 'gender-and-security',
    summary:
      'Practical steps for integrating gender analysis into SALW control strategies, action plans, awareness campaigns and data collection.',
    findings: [
      'Checklists for gender analysis of laws and policies',
      'Guidance on collecting sex- and age-disaggregated data',
      'Examples of gender-responsive awareness campaigns',
    ],
    translations: {
      sq: {
        title:
          'Integrimi i perspektivës gjinore në kontrollin e armëve të vogla dhe të lehta: udhëzues për hartuesit e politikave',
        summary:
          'Hapa praktikë për përfshirjen e analizës gjinore në strategjitë, planet e veprimit, fushatat e ndërgjegjësimit dhe mbledhjen e të dhënave për kontrollin e armëve.',
      },
      bcms: {
        title: 'Uvođenje rodne perspektive u kontrolu malog i lakog oružja: priručnik za donosioce odluka',
        summary:
          'Praktični koraci za uključivanje rodne analize u strategije, akcione planove, kampanje podizanja svesti i prikupljanje podataka o kontroli oružja.',
      },
    },
  },
  {
    key: 'toolkit-evidence-rooms',
    title: 'Managing Evidence Rooms for Seized Firearms: Guidelines',
    type: 'toolkit',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 12,
    motif: 'salw-control',
    summary:
      'Guidelines for police and courts on the secure storage, registration and disposal of firearms and ammunition held as evidence.',
    findings: [
      'Minimum physical security requirements',
      'Chain-of-custody procedures',
      'Timely disposal after proceedings end',
    ],
  },
  {
    key: 'toolkit-emergency-protocol',
    title: 'Emergency Protocol for Safe Storage and Transport of Surrendered Ammunition and Explosives',
    type: 'toolkit',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 5,
    motif: 'salw-control',
    summary:
      'Step-by-step procedures for police and civil protection staff who receive small quantities of ammunition and explosives from the public.',
    findings: [
      'Assessing whether an item is safe to move',
      'Temporary storage at police stations',
      'Transport to a central storage or destruction site',
    ],
    translations: {
      bcms: {
        title: 'Protokol za hitne slučajeve za bezbedno skladištenje i prevoz predate municije i eksploziva',
        summary:
          'Postupci korak po korak za policiju i službe civilne zaštite koje od građana primaju male količine municije i eksploziva.',
      },
    },
  },
  {
    key: 'toolkit-awareness',
    title: 'Awareness Support Pack for SALW Collection Campaigns',
    type: 'toolkit',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 46,
    motif: 'regional-ssr-platform',
    summary:
      'How to plan, run and evaluate a public awareness and voluntary weapons collection campaign, drawing on campaigns across the region.',
    findings: [
      'Setting measurable campaign objectives',
      'Choosing messages and channels',
      'Working with local communities and media',
    ],
  },
  {
    key: 'toolkit-export-reports',
    title: 'Template for National Reports on Arms Exports',
    type: 'toolkit',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 38,
    motif: 'armed-violence-monitoring',
    summary:
      'A reporting template aligned with the EU annual report on arms exports, to help authorities publish comparable data on licences and deliveries.',
    findings: [
      'Data fields aligned with the EU Common Military List',
      'Guidance on reporting denials',
      'Examples from published national reports',
    ],
  },
  {
    key: 'toolkit-firearms-focal-points',
    title: 'Setting Up Firearms Focal Points: A Practical Guide',
    type: 'toolkit',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 24,
    motif: 'regional-ssr-platform',
    summary:
      'How to establish a firearms focal point that gathers and analyses all firearms-related information and links with Europol and Interpol.',
    findings: [
      'Legal basis and mandate',
      'Staffing and information systems',
      'Cooperation with ballistic laboratories and prosecutors',
    ],
  },
  // Standards (RMDS/G)
  {
    key: 'standard-stockpile',
    title: 'RMDS/G: Stockpile Management of Weapons',
    type: 'standard',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 47,
    motif: 'salw-control',
    summary:
      'The regional standard on accounting, physical security and inspection of weapons stockpiles held by state institutions.',
    findings: ['Accounting and record-keeping requirements', 'Physical security levels', 'Inspection and audit'],
  },
  {
    key: 'standard-destruction',
    title: 'RMDS/G: Destruction of Small Arms and Light Weapons',
    type: 'standard',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 45,
    motif: 'salw-control',
    summary:
      'The regional standard on methods for destroying weapons safely, verifiably and with minimal environmental impact.',
    findings: [
      'Approved destruction methods',
      'Verification and certification',
      'Environmental and safety requirements',
    ],
  },
  {
    key: 'standard-marking',
    title: 'RMDS/G: Marking and Tracing of Small Arms and Light Weapons',
    type: 'standard',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 42,
    motif: 'regional-ssr-platform',
    summary:
      'The regional standard on marking at manufacture and import, record-keeping and responding to tracing requests.',
    findings: ['Minimum marking content', 'Record retention periods', 'Handling tracing requests'],
  },
  {
    key: 'standard-survey',
    title: 'RMDS/G: SALW Survey',
    type: 'standard',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 41,
    motif: 'armed-violence-monitoring',
    summary:
      'The regional standard for planning and conducting SALW surveys, from distribution and impact assessments to perception surveys.',
    findings: ['Survey components', 'Sampling and data protection', 'Reporting and use of results'],
  },
  {
    key: 'standard-ammunition-storage',
    title: 'RMDS/G: Safe Storage of Ammunition and Explosives',
    type: 'standard',
    theme: 'salw-control',
    jurisdictions: [],
    monthsAgo: 39,
    motif: 'salw-control',
    summary:
      'The regional standard on storage conditions, separation distances and surveillance of ammunition and explosives.',
    findings: ['Hazard classification', 'Separation distances', 'Inspection and surveillance'],
  },
]

// --- Series ----------------------------------------------------------------------------------------

const monthName = (language: PdfLanguage, month: number) => PACKS[language].months[month]!
const quarterPeriod = (language: PdfLanguage, quarterStart: Date) =>
  `${monthName(language, quarterStart.getUTCMonth())}–${monthName(language, quarterStart.getUTCMonth() + 2)} ${quarterStart.getUTCFullYear()}`

const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1))

/**
 * The `n` most recent periods (k = from, from + 1, … counting back from now) whose publication
 * date is not in the future, oldest first.
 */
function latestPeriods(n: number, publishedOn: (k: number) => Date, now: Date, from = 1): number[] {
  const ks: number[] = []
  for (let k = from; ks.length < n; k++) if (publishedOn(k) <= now) ks.push(k)
  return ks.reverse()
}

/** All 60 publications, dated relative to `now`. */
export function buildPublications(now: Date, rand: Rand): PublicationSeed[] {
  const pubs: PublicationSeed[] = []

  // Monthly monitors for the last twelve months whose issue is out (ten days after month end).
  for (const m of latestPeriods(12, (k) => addDays(monthStart(now, k - 1), 9), now)) {
    const month = monthStart(now, m)
    const incidents = int(rand, 250, 340)
    const killed = int(rand, 8, 20)
    const injured = int(rand, 20, 45)
    const seizures = Math.round(incidents * (0.38 + rand() * 0.1))
    const title = `Armed Violence Monitor: ${monthLabel(month)}`
    const summary = `In ${monthLabel(month)}, ${incidents} firearm incidents were recorded across the seven jurisdictions the monitor covers: ${killed} people were killed and ${injured} injured, and ${seizures} incidents were weapon seizures.`
    const date = addDays(monthStart(now, m - 1), 9)
    pubs.push({
      key: `avm-monthly-${m}`,
      title,
      type: 'avm-monthly',
      theme: 'salw-control',
      jurisdictions: AVMP,
      date,
      summary,
      body: [
        { p: summary },
        {
          p: 'The monthly monitor is a two-page snapshot prepared from the Armed Violence Monitoring Platform. For trends and analysis, see the quarterly monitor.',
        },
      ],
      motif: 'armed-violence-monitoring',
      files: [
        {
          language: 'en',
          label: fileLabel('en', 'Monthly monitor'),
          pdf: pdfFor('en', title, date, [
            { h: 'Summary' },
            { p: summary },
            { h: 'Figures of the month' },
            {
              ul: [
                `Firearm incidents recorded: ${incidents}`,
                `People killed: ${killed}`,
                `People injured: ${injured}`,
                `Weapon seizures: ${seizures}`,
              ],
            },
            { h: 'Methodology' },
            { p: PACKS.en.methodText },
          ]),
        },
      ],
    })
  }

  // Quarterly monitors for the last eight quarters whose issue is out (six weeks after quarter end);
  // the latest four in three languages.
  const currentQuarterStart = now.getUTCMonth() - (now.getUTCMonth() % 3)
  const quarterStart = (k: number) => new Date(Date.UTC(now.getUTCFullYear(), currentQuarterStart - k * 3, 1, 12))
  const quarters = latestPeriods(8, (k) => addDays(quarterStart(k - 1), 42), now)
  for (const q of quarters) {
    const start = quarterStart(q)
    const incidents = int(rand, 820, 990)
    const killed = int(rand, 28, 55)
    const injured = int(rand, 70, 120)
    const seizures = Math.round(incidents * (0.4 + rand() * 0.08))
    const date = addDays(quarterStart(q - 1), 42)
    const languages: PdfLanguage[] = quarters.indexOf(q) >= 4 ? ['en', 'sq', 'bcms'] : ['en']
    const title = PACKS.en.monitorTitle(quarterPeriod('en', start))
    const summary = `${incidents} firearm incidents were recorded in ${quarterPeriod('en', start)}. ${killed} people were killed and ${injured} injured; weapon seizures accounted for ${Math.round((seizures / incidents) * 100)}% of incidents.`
    pubs.push({
      key: `avm-quarterly-${q}`,
      title,
      type: 'avm-quarterly',
      theme: 'salw-control',
      jurisdictions: AVMP,
      date,
      summary,
      body: [
        { p: PACKS.en.monitorIntro(quarterPeriod('en', start)) },
        { h2: 'Key findings' },
        {
          ul: [
            `${incidents} firearm incidents recorded`,
            `${killed} people killed and ${injured} injured`,
            `${seizures} weapon seizures`,
          ],
        },
      ],
      motif: 'armed-violence-monitoring',
      files: languages.map((language) => {
        const pack = PACKS[language]
        const period = quarterPeriod(language, start)
        return {
          language,
          label: fileLabel(language),
          pdf: pdfFor(language, pack.monitorTitle(period), date, [
            { h: pack.summary },
            { p: pack.monitorIntro(period) },
            { h: pack.findings },
            {
              ul: [
                `${pack.incidents}: ${incidents}`,
                `${pack.killed}: ${killed}`,
                `${pack.injured}: ${injured}`,
                `${pack.seizures}: ${seizures}`,
              ],
            },
            { h: pack.method },
            { p: pack.methodText },
          ]),
        }
      }),
    })
  }

  // The last four annual reports (each out in late March of the next year); the latest two also in BCMS.
  const annualDate = (y: number) => new Date(Date.UTC(now.getUTCFullYear() - y + 1, 2, 20, 12))
  const annuals = latestPeriods(4, annualDate, now)
  for (const y of annuals) {
    const year = now.getUTCFullYear() - y
    const date = annualDate(y)
    const languages: PdfLanguage[] = annuals.indexOf(y) >= 2 ? ['en', 'bcms'] : ['en']
    const delivery = int(rand, 86, 95)
    const summary = `${PACKS.en.annualIntro(year)} The programme delivered ${delivery}% of its planned budget and worked with institutions in all nine jurisdictions.`
    pubs.push({
      key: `annual-report-${y}`,
      title: PACKS.en.annualTitle(year),
      type: 'annual-report',
      theme: 'salw-control',
      jurisdictions: [],
      date,
      summary,
      body: [{ p: summary }],
      motif: 'regional-ssr-platform',
      files: languages.map((language) => ({
        language,
        label: fileLabel(language),
        pdf: pdfFor(language, PACKS[language].annualTitle(year), date, [
          { h: PACKS[language].summary },
          { p: PACKS[language].annualIntro(year) },
          { h: PACKS[language].method },
          { p: PACKS[language].methodText },
        ]),
      })),
    })
  }

  // Regional reports on arms exports: data for year Y come out in February of Y + 2.
  const exportsDate = (y: number) => new Date(Date.UTC(now.getUTCFullYear() - y + 2, 1, 20, 12))
  for (const y of latestPeriods(4, exportsDate, now, 2)) {
    const year = now.getUTCFullYear() - y
    const date = exportsDate(y)
    const value = int(rand, 420, 980)
    const title = `Regional Report on Arms Exports in ${year}`
    const summary = `The regional report compiles official data on arms export licences and deliveries in ${year} from the authorities of the region, worth about EUR ${value} million in licences issued.`
    pubs.push({
      key: `arms-exports-${year}`,
      title,
      type: 'arms-exports-report',
      theme: 'salw-control',
      jurisdictions: ['albania', 'bosnia-and-herzegovina', 'montenegro', 'north-macedonia', 'serbia', 'moldova'],
      date,
      summary,
      body: [
        { p: summary },
        {
          p: 'The report follows the structure of the EU annual report on arms exports, so that data can be compared across the region and with EU member states.',
        },
      ],
      motif: 'regional-ssr-platform',
      files: [
        {
          language: 'en',
          label: fileLabel('en'),
          pdf: pdfFor('en', title, date, [
            { h: 'Summary' },
            { p: summary },
            { h: 'Sources' },
            {
              p: 'Data were provided by the licensing authorities, using the template agreed by the region’s arms export control officials.',
            },
          ]),
        },
      ],
    })
  }

  // Roadmap monitoring progress reports, twice a year, each out two months after its half-year.
  const halfStart = (h: number) => monthStart(now, (now.getUTCMonth() % 6) + h * 6)
  for (const h of latestPeriods(6, (k) => addDays(halfStart(k - 1), 60), now)) {
    const periodStart = halfStart(h)
    const firstHalf = periodStart.getUTCMonth() < 6
    const period = `${firstHalf ? 'January–June' : 'July–December'} ${periodStart.getUTCFullYear()}`
    const date = addDays(halfStart(h - 1), 60)
    const kpis = int(rand, 55, 78)
    const title = `Western Balkans SALW Control Roadmap: Progress Report, ${period}`
    const summary = `The biannual monitoring report on the implementation of the Roadmap in ${period}. Across the key performance indicators, the jurisdictions recorded ${kpis}% of the progress expected by the end of the Roadmap period.`
    pubs.push({
      key: `roadmap-report-${h}`,
      title,
      type: 'roadmap-progress-report',
      theme: 'salw-control',
      jurisdictions: ['albania', 'bosnia-and-herzegovina', 'kosovo', 'montenegro', 'north-macedonia', 'serbia'],
      date,
      summary,
      body: [{ p: summary }],
      motif: 'salw-control-roadmap',
      files: [
        {
          language: 'en',
          label: fileLabel('en'),
          pdf: pdfFor('en', title, date, [
            { h: 'Summary' },
            { p: summary },
            { h: 'Progress by goal' },
            {
              ul: [
                'Goal 1: legislation harmonised with the EU framework',
                'Goal 2: evidence-based policies',
                'Goal 3: illicit flows reduced',
                'Goal 4: supply, demand and misuse reduced',
                'Goal 5: illegal possession reduced',
                'Goal 6: surplus and seized weapons destroyed',
                'Goal 7: risk of proliferation and diversion reduced',
              ],
            },
          ]),
        },
      ],
    })
  }

  for (const a of AUTHORED) {
    const date = addDays(monthStart(now, a.monthsAgo), int(rand, 2, 25))
    const files: PublicationSeed['files'] = [
      {
        language: 'en',
        label: fileLabel('en'),
        pdf: pdfFor('en', a.title, date, [
          { h: 'Summary' },
          { p: a.summary },
          { h: a.type === 'standard' || a.type === 'toolkit' ? 'Contents' : 'Key findings' },
          { ul: a.findings },
          { h: 'About this publication' },
          { p: `${labelOf(PUBLICATION_TYPES, a.type)} published by the ${ORGANISATION}.` },
        ]),
      },
    ]
    for (const [language, t] of Object.entries(a.translations ?? {}) as [
      Exclude<PdfLanguage, 'en'>,
      { title: string; summary: string },
    ][]) {
      files.push({
        language,
        label: fileLabel(language),
        pdf: pdfFor(language, t.title, date, [{ h: PACKS[language].summary }, { p: t.summary }]),
      })
    }
    pubs.push({
      key: a.key,
      title: a.title,
      type: a.type,
      theme: a.theme,
      jurisdictions: a.jurisdictions,
      date,
      summary: a.summary,
      body: [
        { p: a.summary },
        { h2: a.type === 'standard' || a.type === 'toolkit' ? 'Contents' : 'Key findings' },
        { ul: a.findings },
      ],
      motif: a.motif,
      files,
    })
  }
  return pubs
}
