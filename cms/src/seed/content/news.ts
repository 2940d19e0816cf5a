import type { JurisdictionSlug } from '@clearinghouse/shared/vocab'

import type { RichBlock } from '../lexical'

type Topic =
  | 'salw-control'
  | 'salw-control-roadmap'
  | 'gender-and-security'
  | 'regional-ssr-platform'
  | 'armed-violence-monitoring'

export interface NewsSeed {
  title: string
  topic: Topic
  jurisdictions: JurisdictionSlug[]
  /** Days before the seed's "now". */
  daysAgo: number
  summary: string
  body: RichBlock[]
  /**
   * Related publications: a publication key, or `latest:<type>` / `latest:<type>:<n>` for the
   * n-th most recent publication of a series (the series are dated relative to now).
   */
  related?: string[]
  /** Left unpublished, as an editor's work in progress. */
  draft?: boolean
}

const WB6: JurisdictionSlug[] = [
  'albania',
  'bosnia-and-herzegovina',
  'kosovo',
  'montenegro',
  'north-macedonia',
  'serbia',
]
const AVMP: JurisdictionSlug[] = [...WB6, 'moldova']

export const NEWS: NewsSeed[] = [
  {
    title: 'Quarterly monitor: weapon seizures remain the most common firearm incident',
    topic: 'armed-violence-monitoring',
    jurisdictions: AVMP,
    daysAgo: 4,
    summary:
      'The latest regional quarterly armed violence monitor finds that seizures of weapons, ammunition and explosives again made up the largest share of recorded incidents, while the number of people killed fell.',
    body: [
      {
        p: 'The new issue of the regional quarterly armed violence monitor, covering the six Western Balkans jurisdictions and the Republic of Moldova, is now available in English, Albanian and BCMS.',
      },
      {
        p: 'As in previous quarters, weapon seizures were the most frequent type of incident, reflecting sustained police operations against illegal possession. Public disputes and criminal incidents followed. Men made up the great majority of both victims and perpetrators.',
      },
      { h2: 'What the figures show' },
      {
        ul: [
          'Seizures accounted for more than two in five recorded incidents',
          'Handguns remained the weapon most often used in shootings',
          'Several incidents of domestic violence involved legally held firearms',
        ],
      },
      { p: 'The full dataset can be explored on the incident map, in the charts and in the searchable incident list.' },
    ],
    related: ['latest:avm-quarterly'],
  },
  {
    title: 'Regional Steering Group reviews a year of SALW control progress',
    topic: 'salw-control',
    jurisdictions: [],
    daysAgo: 11,
    summary:
      'Representatives of governments, the RCC, UNDP and international observers met in Belgrade to review the programme’s results and agree priorities for the coming year.',
    body: [
      {
        p: 'The annual meeting of the Regional Steering Group for Small Arms and Light Weapons brought together SALW commission members from across the region, the Regional Cooperation Council, UNDP and observers from the EU, NATO and the OSCE.',
      },
      {
        p: 'Participants welcomed progress in stockpile security and in the alignment of legislation with the EU framework, and asked the Clearinghouse to continue its support to firearms focal points and to the collection of incident data.',
      },
      {
        quote:
          'The region has shown what steady, shared work on arms control can achieve. The next step is to make these gains permanent.',
      },
    ],
    related: ['latest:annual-report'],
  },
  {
    title: 'New emergency protocol for handling surrendered ammunition and explosives',
    topic: 'salw-control',
    jurisdictions: WB6,
    daysAgo: 25,
    summary:
      'A step-by-step protocol helps police and civil protection staff safely receive, store and transport small quantities of ammunition and explosives handed in by the public.',
    body: [
      {
        p: 'Every year, citizens hand in grenades, mortar rounds and boxes of ammunition found in attics, fields and basements. The staff who receive them often have no specialist training. The new protocol gives them clear steps to follow.',
      },
      {
        p: 'It covers the first assessment of whether an item can be moved, temporary storage at police stations, and safe transport to a central storage or destruction site. The protocol was tested in tabletop exercises with police and civil protection services.',
      },
    ],
    related: ['toolkit-emergency-protocol'],
  },
  {
    title: 'Women police officers’ networks meet to plan joint work',
    topic: 'gender-and-security',
    jurisdictions: WB6,
    daysAgo: 39,
    summary:
      'Representatives of women police officers’ networks from across the Western Balkans agreed on joint activities to support recruitment and promotion of women in policing.',
    body: [
      {
        p: 'The networks, set up within ministries of interior with the Clearinghouse’s support, exchanged experience on mentoring, on flexible working arrangements and on tackling sexual harassment in the workplace.',
      },
      {
        p: 'They agreed to prepare a joint set of recommendations on promotion procedures, to be presented to police leadership in each jurisdiction.',
      },
    ],
    related: ['brief-women-police'],
  },
  {
    title: 'Serbia destroys more than 4,000 seized and surplus weapons',
    topic: 'salw-control',
    jurisdictions: ['serbia'],
    daysAgo: 52,
    summary:
      'Weapons seized in criminal cases or declared surplus were destroyed by cutting and smelting, with support from the EU through the Clearinghouse.',
    body: [
      {
        p: 'The destruction was carried out under the supervision of the Ministry of Interior and observed by representatives of the EU Delegation. Destroying weapons removes them permanently from circulation and eliminates the risk of theft from storage.',
      },
      {
        p: 'Since the start of the current EU-funded phase, the Clearinghouse has supported the destruction of tens of thousands of weapons and large quantities of ammunition across the region.',
      },
    ],
  },
  {
    title: 'Monthly monitor: celebratory shooting spikes during the holiday season',
    topic: 'armed-violence-monitoring',
    jurisdictions: ['albania', 'kosovo', 'montenegro', 'serbia'],
    daysAgo: 64,
    summary:
      'The monthly armed violence monitor records a rise in celebratory shooting around public holidays and warns of the danger of stray bullets.',
    body: [
      {
        p: 'Shooting into the air to celebrate remains a tradition in parts of the region, despite being illegal. Bullets fired upwards fall back with enough force to kill or injure, often far from where they were fired.',
      },
      {
        p: 'The monitor recorded several injuries caused by stray bullets during the month, including of bystanders who were indoors.',
      },
    ],
    related: ['latest:avm-monthly', 'brief-celebratory'],
  },
  {
    title: 'Roadmap coordination meeting in Podgorica takes stock of key performance indicators',
    topic: 'salw-control-roadmap',
    jurisdictions: ['montenegro'],
    daysAgo: 78,
    summary:
      'Local Roadmap coordination brought together Montenegrin institutions, donors and implementers to review progress and identify remaining gaps.',
    body: [
      {
        p: 'Institutions presented progress under each of the Roadmap goals, from the harmonisation of legislation to the destruction of surplus weapons. Participants discussed how the remaining gaps could be closed with support from the Multi-Partner Trust Fund.',
      },
      {
        p: 'Local coordination meetings complement the regional meetings and help match the support offered by partners with the needs identified by the authorities.',
      },
    ],
    related: ['latest:roadmap-progress-report'],
  },
  {
    title: 'Study: why men keep firearms',
    topic: 'gender-and-security',
    jurisdictions: ['serbia', 'montenegro', 'bosnia-and-herzegovina'],
    daysAgo: 95,
    summary:
      'New qualitative research explores how ideas of protection, tradition and status shape men’s decisions to own firearms, and what might change them.',
    body: [
      {
        p: 'Through interviews with men who own firearms, legally or not, the study shows that weapons are often inherited and kept out of family tradition, and that many owners see themselves as protectors of their household.',
      },
      {
        p: 'The findings suggest that awareness campaigns are more effective when delivered by respected community figures and when they speak to the wish to protect one’s family.',
      },
    ],
    related: ['study-masculinities'],
  },
  {
    title: 'Firearms focal points from the region meet Europol experts',
    topic: 'regional-ssr-platform',
    jurisdictions: WB6,
    daysAgo: 110,
    summary:
      'Heads of firearms focal points discussed cross-border cases, ballistic information exchange and cooperation with EU agencies.',
    body: [
      {
        p: 'Firearms focal points gather and analyse all information on firearms-related crime in one place. Focal points from the Western Balkans met colleagues from Europol and EU member states to discuss recent cases and ways of sharing ballistic information faster.',
      },
      { p: 'The meeting was organised within the South East Europe Firearms Experts Network.' },
    ],
    related: ['toolkit-firearms-focal-points'],
  },
  {
    title: 'Republic of Moldova strengthens storage of seized weapons',
    topic: 'salw-control',
    jurisdictions: ['moldova'],
    daysAgo: 128,
    summary:
      'An upgraded evidence storage facility of the Moldovan police now meets international physical security standards.',
    body: [
      {
        p: 'The upgrade included intrusion detection, access control and fire protection, as well as new shelving and registration equipment. Staff were trained on the new procedures.',
      },
      {
        p: 'Secure storage of seized weapons prevents their return to illegal circulation while criminal proceedings are under way.',
      },
    ],
    related: ['toolkit-evidence-rooms'],
  },
  {
    title: 'Ukraine and Moldova exchange experience on weapons registration',
    topic: 'regional-ssr-platform',
    jurisdictions: ['ukraine', 'moldova'],
    daysAgo: 141,
    summary:
      'Officials from Ukraine and the Republic of Moldova compared electronic weapons registers and discussed lessons from the Western Balkans.',
    body: [
      {
        p: 'Both countries have recently moved to electronic registration of civilian weapons. The exchange, facilitated through the regional security sector reform platform, looked at data quality, access rights and links with border control systems.',
      },
    ],
  },
  {
    title: 'Draft: training of trainers on gender equality for police academies',
    topic: 'gender-and-security',
    jurisdictions: ['north-macedonia', 'albania'],
    daysAgo: 150,
    summary: 'Work in progress: announcement of the next gender training of trainers for police academy instructors.',
    body: [
      {
        p: 'The next training of trainers will bring together instructors from police academies to prepare gender equality modules for basic police training.',
      },
      { p: 'Dates and venue to be confirmed.' },
    ],
    draft: true,
  },
  {
    title: 'Roadmap progress report published',
    topic: 'salw-control-roadmap',
    jurisdictions: WB6,
    daysAgo: 163,
    summary:
      'The latest biannual monitoring report shows steady progress in legislation and stockpile security, and slower progress in reducing illegal possession.',
    body: [
      {
        p: 'The report measures progress against the Roadmap’s key performance indicators, using data provided by the authorities. It shows that most jurisdictions have aligned their weapons laws with the EU framework and strengthened the security of storage sites.',
      },
      {
        p: 'Reducing the number of weapons in illegal possession remains the hardest goal. The report recommends combining collection campaigns with measures that build trust in the police.',
      },
    ],
    related: ['latest:roadmap-progress-report'],
  },
  {
    title: 'Albania launches campaign on the dangers of weapons at home',
    topic: 'salw-control',
    jurisdictions: ['albania'],
    daysAgo: 182,
    summary:
      'A nationwide awareness campaign reminds citizens that weapons kept at home put their families at risk, and explains how to hand them in.',
    body: [
      {
        p: 'The campaign combines television and social media spots with community events. It is accompanied by a period during which illegally held weapons can be surrendered without prosecution.',
      },
      {
        p: 'Previous campaigns in the region have led to the voluntary surrender of thousands of weapons and explosive devices.',
      },
    ],
    related: ['toolkit-awareness'],
  },
  {
    title: 'Firearms and domestic violence: new policy brief',
    topic: 'gender-and-security',
    jurisdictions: [],
    daysAgo: 205,
    summary:
      'A new brief examines how firearms make domestic violence deadlier and sets out steps for removing weapons from violent homes.',
    body: [
      {
        p: 'Monitoring data show that most women killed with firearms in the region are killed at home by a partner or family member. In many of these cases the weapon was legally held.',
      },
      { h2: 'Recommendations' },
      {
        ul: [
          'Check for domestic violence records before issuing or renewing a permit',
          'Require weapons to be surrendered when a protection order is issued',
          'Train police and social workers to ask about weapons in the home',
        ],
      },
    ],
    related: ['brief-domestic-violence'],
  },
  {
    title: 'Kosovo* adopts new strategy on small arms control',
    topic: 'salw-control',
    jurisdictions: ['kosovo'],
    daysAgo: 224,
    summary:
      'The new strategy and action plan set out measures on legislation, stockpile security, illegal possession and awareness, in line with the Roadmap.',
    body: [
      {
        p: 'The strategy replaces the previous one and is built around the Roadmap’s key performance indicators. The Clearinghouse provided technical advice during drafting.',
      },
      {
        p: '*References to Kosovo shall be understood to be in the context of Security Council Resolution 1244 (1999).',
      },
    ],
  },
  {
    title: 'Infographic: firearm incidents in South East Europe over the past year',
    topic: 'armed-violence-monitoring',
    jurisdictions: AVMP,
    daysAgo: 250,
    summary:
      'A one-page overview of the year’s firearm incidents by type, weapon, victims and jurisdiction, based on data from the Armed Violence Monitoring Platform.',
    body: [
      {
        p: 'The infographic presents, at a glance, the main patterns of the year: the share of weapon seizures, the types of weapons used in shootings, and the breakdown of victims by sex and outcome.',
      },
      {
        p: 'All figures can be explored further on the platform, filtered by jurisdiction, month and type of incident.',
      },
    ],
    related: ['latest:avm-quarterly:2'],
  },
  {
    title: 'North Macedonia upgrades police weapons storage sites',
    topic: 'salw-control',
    jurisdictions: ['north-macedonia'],
    daysAgo: 268,
    summary:
      'Three police storage sites received new security systems, reducing the risk of theft and diversion of weapons and ammunition.',
    body: [
      {
        p: 'The upgrades included perimeter protection, alarm systems and video surveillance. The work was financed by the EU and carried out in cooperation with the Ministry of Internal Affairs.',
      },
    ],
  },
  {
    title: 'Gender coach programme welcomes new participants',
    topic: 'gender-and-security',
    jurisdictions: ['serbia', 'montenegro', 'bosnia-and-herzegovina'],
    daysAgo: 290,
    summary:
      'Senior officials from ministries of defence and interior join the gender coach programme, which pairs decision-makers with gender experts.',
    body: [
      {
        p: 'Over several months, participants work with a personal coach to integrate gender equality into their own area of responsibility, from human resources to operational planning.',
      },
      {
        p: 'Former participants have introduced changes ranging from recruitment campaigns aimed at women to the collection of sex-disaggregated data.',
      },
    ],
  },
  {
    title: 'Regional report on arms exports published',
    topic: 'salw-control',
    jurisdictions: ['albania', 'bosnia-and-herzegovina', 'montenegro', 'north-macedonia', 'serbia', 'moldova'],
    daysAgo: 310,
    summary:
      'The regional report compiles official data on arms export licences and deliveries, contributing to transparency in the arms trade.',
    body: [
      {
        p: 'The report follows the structure of the EU annual report on arms exports, so that data from the region can be compared with those of EU member states.',
      },
    ],
    related: ['latest:arms-exports-report'],
  },
  {
    title: 'Bosnia and Herzegovina: SALW commission reviews its action plan',
    topic: 'salw-control-roadmap',
    jurisdictions: ['bosnia-and-herzegovina'],
    daysAgo: 335,
    summary:
      'The Coordination Board for SALW Control reviewed implementation of the action plan and prepared proposals for the next strategic period.',
    body: [
      {
        p: 'Board members from state and entity institutions discussed progress on marking and record-keeping, on the destruction of surplus ammunition and on awareness campaigns.',
      },
    ],
  },
  {
    title: 'Belarus and Ukraine: regional expertise on stockpile management shared',
    topic: 'regional-ssr-platform',
    jurisdictions: ['belarus', 'ukraine'],
    daysAgo: 360,
    summary:
      'Experts from the Western Balkans presented their experience of ammunition stockpile management and surplus reduction at an online workshop.',
    body: [
      {
        p: 'The workshop covered risk assessment of storage sites, inventory management and the planning of surplus destruction, drawing on regional standards developed with the Clearinghouse.',
      },
    ],
    related: ['standard-ammunition-storage'],
  },
  {
    title: 'Annual report: a year of delivery in a difficult environment',
    topic: 'salw-control',
    jurisdictions: [],
    daysAgo: 380,
    summary:
      'The annual report presents the programme’s results in SALW control and gender equality across the region, and the partnerships that made them possible.',
    body: [
      {
        p: 'The report describes support to stockpile security, marking and tracing, legislation, awareness campaigns and gender equality in the security sector, together with financial information.',
      },
    ],
    related: ['latest:annual-report:2'],
  },
  {
    title: 'Montenegro joins pilot on ballistic information exchange',
    topic: 'regional-ssr-platform',
    jurisdictions: ['montenegro'],
    daysAgo: 402,
    summary:
      'Montenegro joins a pilot for the exchange of ballistic information between forensic laboratories in the region.',
    body: [
      {
        p: 'Exchanging ballistic information allows investigators to link cartridge cases and bullets found at crime scenes in different jurisdictions to the same weapon.',
      },
    ],
  },
  {
    title: 'A decade of armed violence data: what has changed',
    topic: 'armed-violence-monitoring',
    jurisdictions: AVMP,
    daysAgo: 430,
    summary: 'A new study analyses ten years of firearm incident data to identify long-term trends in the region.',
    body: [
      {
        p: 'Over the decade, the number of people killed with firearms has fallen, while police operations have led to a growing number of seizures. Explosive devices remain a persistent feature of criminal incidents.',
      },
      { p: 'The study also discusses the limits of media-based monitoring and how the data should be read.' },
    ],
    related: ['study-avm-decade'],
  },
  {
    title: 'Regional Roadmap coordination meeting held in Skopje',
    topic: 'salw-control-roadmap',
    jurisdictions: WB6,
    daysAgo: 455,
    summary:
      'Authorities from the Western Balkans, donors and implementers reviewed regional progress under the Roadmap and discussed its future.',
    body: [
      {
        p: 'The meeting reviewed progress against each goal and discussed how the Roadmap approach could be sustained and extended beyond its original timeframe.',
      },
    ],
    related: ['latest:roadmap-progress-report:2'],
  },
  {
    title: 'Survey: public attitudes to firearms in the Western Balkans',
    topic: 'salw-control',
    jurisdictions: WB6,
    daysAgo: 600,
    summary:
      'A regional survey of 6,000 people explores why weapons are kept at home, how safe people feel and what would persuade them to hand illegal weapons in.',
    body: [
      {
        p: 'Protection of the home is the most common reason given for keeping a weapon. Trust in the police turned out to be the strongest predictor of willingness to surrender illegal weapons.',
      },
    ],
    related: ['survey-attitudes'],
  },
  {
    title: 'Women in the armed forces: regional conference',
    topic: 'gender-and-security',
    jurisdictions: ['albania', 'montenegro', 'north-macedonia', 'serbia', 'bosnia-and-herzegovina'],
    daysAgo: 500,
    summary:
      'Ministries of defence discussed how to attract and retain women in the armed forces and how to prevent gender-based discrimination.',
    body: [
      {
        p: 'Participants presented data on the share of women in the armed forces and shared measures such as mentoring, family-friendly policies and equal access to training and deployments.',
      },
    ],
  },
  {
    title: 'Trafficking study maps routes and methods',
    topic: 'regional-ssr-platform',
    jurisdictions: WB6,
    daysAgo: 660,
    summary:
      'A study of trafficking cases finds that most trafficked items are handguns and ammunition moved in small quantities, increasingly through parcel services.',
    body: [
      {
        p: 'The study draws on case files and interviews with investigators and prosecutors. It recommends stronger controls of postal and parcel services and more joint investigations with EU agencies.',
      },
    ],
    related: ['study-trafficking'],
  },
  {
    title: 'Moldova’s SALW survey presented in Chișinău',
    topic: 'salw-control',
    jurisdictions: ['moldova'],
    daysAgo: 890,
    summary:
      'The first comprehensive SALW survey of the Republic of Moldova was presented to institutions, partners and civil society.',
    body: [
      {
        p: 'The survey estimates the number of firearms in legal and illegal possession, describes public attitudes and assesses the capacity of institutions to control weapons. It is available in English and Romanian.',
      },
    ],
    related: ['survey-moldova'],
  },
  {
    title: 'Converted weapons: closing the loopholes',
    topic: 'salw-control',
    jurisdictions: [],
    daysAgo: 510,
    summary:
      'A policy brief examines how converted alarm and gas pistols reach illicit markets and how EU deactivation standards help.',
    body: [
      {
        p: 'Converted weapons appear regularly in criminal incidents recorded by the monitor. The brief recommends verification of deactivation by the competent authority and closer cooperation between forensic services.',
      },
    ],
    related: ['brief-deactivated'],
  },
  {
    title: 'Celebrating without guns: campaign reaches millions',
    topic: 'salw-control',
    jurisdictions: ['serbia', 'bosnia-and-herzegovina', 'montenegro', 'kosovo'],
    daysAgo: 730,
    summary:
      'A regional social media campaign urging people to celebrate without firing weapons reached millions of people during the holiday season.',
    body: [
      {
        p: 'The campaign told the stories of people injured by stray bullets and invited public figures to record short messages. Police in several jurisdictions supported it with announcements of stricter enforcement.',
      },
    ],
  },
  {
    title: 'Gender analysis of arms control legislation completed',
    topic: 'gender-and-security',
    jurisdictions: WB6,
    daysAgo: 780,
    summary:
      'A review of weapons legislation in the Western Balkans from a gender perspective identifies gaps in protection against firearms misuse in domestic violence.',
    body: [
      {
        p: 'The review found that background checks rarely take into account reports of domestic violence that did not lead to a conviction, and that rules on the temporary removal of weapons are unevenly applied.',
      },
    ],
  },
  {
    title: 'Marking machines delivered to border police',
    topic: 'salw-control',
    jurisdictions: ['bosnia-and-herzegovina', 'north-macedonia'],
    daysAgo: 820,
    summary:
      'New marking machines allow firearms to be marked on import, making them traceable throughout their life cycle.',
    body: [
      {
        p: 'Import marking is required by the EU firearms directive and by the UN Firearms Protocol. Operators were trained on the new machines and on recording markings in the weapons register.',
      },
    ],
    related: ['standard-marking'],
  },
  {
    title: 'Explosives for civil use: new policy brief',
    topic: 'salw-control',
    jurisdictions: [],
    daysAgo: 1060,
    summary:
      'Commercial explosives used in criminal attacks often come from quarries and construction sites. A brief examines how their traceability can be improved.',
    body: [
      {
        p: 'The brief reviews how rules modelled on the EU directive on explosives for civil uses have been implemented, and identifies inspection capacity as the main constraint.',
      },
    ],
    related: ['brief-explosives'],
  },
  {
    title: 'Regional platform supports peer review of police gender policies',
    topic: 'regional-ssr-platform',
    jurisdictions: ['kosovo', 'albania'],
    daysAgo: 960,
    summary:
      'Police services reviewed each other’s gender equality policies in a peer review facilitated by the regional security sector reform platform.',
    body: [
      {
        p: 'Peer reviews let practitioners learn directly from colleagues facing similar challenges. The review focused on recruitment, promotion and prevention of harassment.',
      },
    ],
  },
  {
    title: 'Armed violence monitor now covers the Republic of Moldova',
    topic: 'armed-violence-monitoring',
    jurisdictions: ['moldova'],
    daysAgo: 1000,
    summary:
      'Incidents in the Republic of Moldova are now recorded on the Armed Violence Monitoring Platform alongside the six Western Balkans jurisdictions.',
    body: [
      {
        p: 'Data are collected from Moldovan media and from police reports using the same methodology as elsewhere in the region, so that figures can be compared.',
      },
    ],
  },
  {
    title: 'Survey of Montenegro updates figures on legal holdings',
    topic: 'salw-control',
    jurisdictions: ['montenegro'],
    daysAgo: 1080,
    summary:
      'The updated SALW survey of Montenegro finds a slight fall in legal holdings and documents the results of recent collection campaigns.',
    body: [
      {
        p: 'Hunting weapons make up the largest share of registered firearms. Collection campaigns recovered several thousand weapons and many explosive devices.',
      },
    ],
    related: ['survey-montenegro'],
  },
  {
    title: 'Stockpile management training for ministry of defence staff',
    topic: 'salw-control',
    jurisdictions: ['serbia', 'montenegro', 'north-macedonia', 'moldova'],
    daysAgo: 940,
    summary:
      'Staff responsible for defence stockpiles completed a regional course on physical security and stockpile management.',
    body: [
      {
        p: 'The course covered risk assessment, inventory management, inspection and the planning of surplus destruction, following the regional standards.',
      },
    ],
    related: ['study-stockpiles', 'standard-stockpile'],
  },
  {
    title: 'Roadmap: high-level review of progress',
    topic: 'salw-control-roadmap',
    jurisdictions: WB6,
    daysAgo: 860,
    summary:
      'Ministers from the Western Balkans, the EU and the Roadmap’s sponsors reviewed progress and confirmed their commitment to its goals.',
    body: [
      {
        p: 'The Clearinghouse presented a review of the work accomplished and of the remaining gaps, based on the key performance indicators.',
      },
    ],
  },
  {
    title: 'Gender and SALW toolkit now available in Albanian and BCMS',
    topic: 'gender-and-security',
    jurisdictions: ['albania', 'kosovo', 'bosnia-and-herzegovina', 'montenegro', 'serbia'],
    daysAgo: 700,
    summary:
      'The toolkit for policymakers on integrating gender into SALW control has been translated to make it easier to use in the region.',
    body: [
      {
        p: 'The toolkit contains checklists for the gender analysis of laws and policies, guidance on collecting sex-disaggregated data and examples of gender-responsive campaigns.',
      },
    ],
    related: ['toolkit-gender-salw'],
  },
  {
    title: 'Draft: call for participants in the regional firearms experts meeting',
    topic: 'regional-ssr-platform',
    jurisdictions: AVMP,
    daysAgo: 2,
    summary:
      'Work in progress: call for nominations to the next meeting of the South East Europe Firearms Experts Network.',
    body: [
      { p: 'Institutions are invited to nominate senior police, customs and prosecution experts. Agenda to follow.' },
    ],
    draft: true,
  },
]
