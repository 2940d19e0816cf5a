/** Team members: fictional people with names from the region. */
export interface TeamMemberSeed {
  name: string
  position: string
  bio: string
}

export const TEAM: TeamMemberSeed[] = [
  {
    name: 'Milena Stanković',
    position: 'Programme Coordinator',
    bio: 'Leads the Clearinghouse and its relations with governments and donors. Before joining in 2011 she worked on police reform for an international mission in the region. She holds a master’s degree in international security.',
  },
  {
    name: 'Arben Kelmendi',
    position: 'SALW Control Project Manager',
    bio: 'Manages the EU-funded arms control portfolio, including stockpile security upgrades and surplus destruction. A former officer in a ministry of interior’s weapons licensing department.',
  },
  {
    name: 'Jelena Radulović',
    position: 'Roadmap Coordination Officer',
    bio: 'Organises the regional and local Roadmap coordination meetings and the twice-yearly monitoring of key performance indicators. Previously worked on EU accession negotiations in the justice and home affairs chapters.',
  },
  {
    name: 'Dragan Vasić',
    position: 'Gender and Research Project Officer',
    bio: 'Leads research on the gendered impact of firearms and supports women’s police and defence networks. Author of several studies on firearms and domestic violence.',
  },
  {
    name: 'Ana Ivanovska',
    position: 'Armed Violence Monitoring Analyst',
    bio: 'Runs the daily data collection of the Armed Violence Monitoring Platform and writes the monthly monitor. Trained as a statistician; previously worked for a national statistical office.',
  },
  {
    name: 'Emir Hadžić',
    position: 'Legal Analyst',
    bio: 'Maintains the regional arms law compendium and supports harmonisation of legislation with the EU framework. A lawyer with experience in drafting secondary legislation on weapons and explosives.',
  },
  {
    name: 'Ioana Ceban',
    position: 'Project Officer, Republic of Moldova and Ukraine',
    bio: 'Coordinates the transfer of regional experience to the Republic of Moldova and Ukraine, including support to firearms focal points and stockpile management training.',
  },
  {
    name: 'Nikola Jovanović',
    position: 'Firearms Trafficking Expert',
    bio: 'Supports the South East Europe Firearms Experts Network and the firearms focal points. Spent fifteen years as a criminal investigator specialising in arms trafficking cases.',
  },
  {
    name: 'Besa Gashi',
    position: 'Communications Officer',
    bio: 'Edits the website and newsletter, runs awareness campaigns and works with journalists who use the platform’s data.',
  },
  {
    name: 'Marko Petrović',
    position: 'Physical Security and Stockpile Management Adviser',
    bio: 'Provides technical advice on storage site upgrades and ammunition safety. A former armed forces ammunition technical officer.',
  },
  {
    name: 'Tamara Đukić',
    position: 'Operations Associate',
    bio: 'Handles procurement, contracts and finance for the programme, and prepares the procurement notices published on this site.',
  },
  {
    name: 'Olena Kovalenko',
    position: 'Research Associate',
    bio: 'Supports regional surveys and the arms exports reports, and coordinates data requests from researchers.',
  },
]

export type PartnerKind = 'donor' | 'partner' | 'mandate'

export interface PartnerSeed {
  name: string
  kind: PartnerKind
  url: string
  description: string
}

/** Real institutions that mandate, fund or work alongside the programme. */
export const PARTNERS: PartnerSeed[] = [
  {
    name: 'United Nations Development Programme (UNDP)',
    kind: 'mandate',
    url: 'https://www.undp.org',
    description:
      'Co-founder of the Clearinghouse, which it hosts in Belgrade and implements through its Istanbul Regional Hub for Europe and Central Asia.',
  },
  {
    name: 'Regional Cooperation Council (RCC)',
    kind: 'mandate',
    url: 'https://www.rcc.int',
    description:
      'Successor to the Stability Pact for South Eastern Europe and co-founder of the Clearinghouse; provides the political framework for regional cooperation on arms control.',
  },
  {
    name: 'European Union',
    kind: 'donor',
    url: 'https://european-union.europa.eu',
    description:
      'The largest donor to arms control in South East Europe, funding the Clearinghouse through successive Council Decisions since 2002 and supporting the Western Balkans SALW Control Roadmap.',
  },
  {
    name: 'Federal Foreign Office of Germany',
    kind: 'donor',
    url: 'https://www.auswaertiges-amt.de',
    description:
      'Co-sponsor, with France, of the Western Balkans SALW Control Roadmap and a contributor to the Multi-Partner Trust Fund.',
  },
  {
    name: 'Ministry for Europe and Foreign Affairs of France',
    kind: 'donor',
    url: 'https://www.diplomatie.gouv.fr',
    description: 'Co-sponsor of the Roadmap process and a contributor to the Multi-Partner Trust Fund.',
  },
  {
    name: 'United States Department of State',
    kind: 'donor',
    url: 'https://www.state.gov',
    description: 'Has supported stockpile security and surplus destruction projects in the region.',
  },
  {
    name: 'Norwegian Ministry of Foreign Affairs',
    kind: 'donor',
    url: 'https://www.regjeringen.no',
    description: 'Supports gender equality in security sector reform and the Multi-Partner Trust Fund.',
  },
  {
    name: 'Ministry of Foreign and European Affairs of the Slovak Republic',
    kind: 'donor',
    url: 'https://www.mzv.sk',
    description:
      'Has contributed to arms control and security sector reform projects through Slovak development cooperation.',
  },
  {
    name: 'United Kingdom Foreign, Commonwealth and Development Office',
    kind: 'donor',
    url: 'https://www.gov.uk',
    description: 'A contributor to the Western Balkans SALW Control Multi-Partner Trust Fund.',
  },
  {
    name: 'Organization for Security and Co-operation in Europe (OSCE)',
    kind: 'partner',
    url: 'https://www.osce.org',
    description:
      'Implements SALW and conventional ammunition projects in the region; a key Roadmap implementer and observer in the Regional Steering Group.',
  },
  {
    name: 'North Atlantic Treaty Organization (NATO)',
    kind: 'partner',
    url: 'https://www.nato.int',
    description:
      'Supports demilitarisation and stockpile management through its Support and Procurement Agency and trust funds; an observer in the Regional Steering Group.',
  },
  {
    name: 'United Nations Office on Drugs and Crime (UNODC)',
    kind: 'partner',
    url: 'https://www.unodc.org',
    description:
      'Works on the criminal justice response to firearms trafficking and implements projects under the Roadmap trust fund.',
  },
  {
    name: 'Commission for Small Arms and Light Weapons Control of the Republic of Serbia',
    kind: 'partner',
    url: 'https://www.mup.gov.rs',
    description:
      'The national body that coordinates SALW control policy in Serbia and takes part in the Roadmap process.',
  },
  {
    name: 'Coordination Board for SALW Control of Bosnia and Herzegovina',
    kind: 'partner',
    url: 'https://www.msb.gov.ba',
    description:
      'The national coordination body for SALW control in Bosnia and Herzegovina, set up within the Ministry of Security.',
  },
]
