import type { RichBlock } from '../lexical'

type PageSection = 'who-we-are' | 'what-we-do' | 'resources' | 'information' | 'legal'

export interface PageSeed {
  slug: string
  title: string
  section: PageSection
  navOrder: number
  summary: string
  body: RichBlock[]
}

/** Every page of the information architecture, in menu order. */
export const PAGES: PageSeed[] = [
  {
    slug: 'who-we-are',
    title: 'Who we are',
    section: 'who-we-are',
    navOrder: 10,
    summary:
      'A regional clearinghouse that has helped governments in South East and East Europe control small arms and advance gender equality in the security sector since 2002.',
    body: [
      {
        p: 'The South East and East Europe Clearinghouse for the Control of Small Arms and Light Weapons is a regional programme based in Belgrade. It is a joint initiative of the United Nations Development Programme (UNDP) and the Regional Cooperation Council (RCC), and it works with the authorities of the Western Balkans, the Republic of Moldova, Ukraine and Belarus.',
      },
      {
        p: 'Our purpose is practical: we help the institutions that license, store, trace, seize and destroy weapons to do that work well, and we help the security sector become more accountable and more inclusive. We do this by convening the people who hold these responsibilities, by giving technical advice on demand, and by producing data and tools that governments use to make policy.',
      },
      { h2: 'What makes a clearinghouse' },
      {
        p: 'A clearinghouse gathers knowledge in one place and passes it on to those who need it. Since the programme began, national SALW commissions, ministries of interior and defence, police and customs services, prosecutors and gender equality mechanisms have used it as a meeting point: to compare notes, to agree common standards and to take stock of what has and has not worked.',
      },
      {
        ul: [
          'Facilitation of regional cooperation and coordination of measures',
          'Capacity building, training and technical advice',
          'Research, data collection and information management',
          'Development of technical tools and standards',
          'Project implementation and resource mobilisation',
        ],
      },
      {
        p: 'Everything we publish, from monthly armed violence figures to legal analyses, is free to read and reuse with attribution.',
      },
    ],
  },
  {
    slug: 'about',
    title: 'About the Clearinghouse',
    section: 'who-we-are',
    navOrder: 11,
    summary: 'Our mandate, our history since 2002 and how our work is governed.',
    body: [
      { h2: 'Mandate' },
      {
        p: 'The Clearinghouse was launched in Belgrade on 8 May 2002 with a mandate from UNDP and the Stability Pact for South Eastern Europe, whose role later passed to the Regional Cooperation Council. It was set up as the executive arm of the Regional Implementation Plan on Combating the Proliferation of Small Arms and Light Weapons, adopted in November 2001 and revised in 2006 and 2014.',
      },
      {
        p: 'The Plan asked the region to cooperate more closely, to bring laws and practice up to common standards, to secure and reduce stockpiles, to make arms transfers more transparent and to improve marking, tracing and record-keeping. Those aims still shape our programme.',
      },
      { h2: 'How the work grew' },
      {
        p: 'In 2009 the programme took on a second pillar: advancing gender equality in security sector reform, as a contribution to the Women, Peace and Security agenda. Later its area of responsibility widened from South East Europe to Belarus and Ukraine, and the Republic of Moldova became a full participant in the armed violence monitoring work.',
      },
      {
        p: 'In 2018 the Western Balkans authorities adopted the Roadmap for a sustainable solution to the illegal possession, misuse and trafficking of SALW and their ammunition. The Clearinghouse helped draft it and now coordinates and monitors its implementation on behalf of the governments and their partners.',
      },
      { h2: 'Governance' },
      {
        p: 'The programme is hosted by UNDP in Belgrade and implemented through UNDP’s Istanbul Regional Hub. A Regional Steering Group for Small Arms and Light Weapons, made up of government representatives, the RCC, UNDP and observers from the EU, NATO, OSCE and civil society, gives political and strategic guidance and meets once a year.',
      },
      {
        quote:
          'Weapons cross borders easily; so must the answers. Regional cooperation is not an extra in arms control, it is the method.',
      },
      {
        p: 'Our work contributes to Sustainable Development Goals 16 (peace, justice and strong institutions) and 5 (gender equality), in particular targets 16.1 and 16.4 on reducing violence and illicit arms flows and target 5.2 on eliminating violence against women and girls.',
      },
    ],
  },
  {
    slug: 'team',
    title: 'Team',
    section: 'who-we-are',
    navOrder: 12,
    summary: 'The people who run the programme from Belgrade and work with counterparts across the region.',
    body: [
      {
        p: 'The Clearinghouse team is small and regional: its members come from across South East Europe and bring experience from police services, ministries, international organisations, research and civil society.',
      },
      {
        p: 'Most of the team works from the UNDP premises in Belgrade and travels regularly to meet counterparts in the capitals we serve. Project officers lead the work on each pillar; analysts run the armed violence monitoring platform and the law compendium; an operations unit takes care of procurement, finance and events.',
      },
      {
        p: 'To reach a team member, write to the general address on the contact page and mention the person or subject: your message will be passed on the same day.',
      },
    ],
  },
  {
    slug: 'partners-and-donors',
    title: 'Partners and donors',
    section: 'who-we-are',
    navOrder: 13,
    summary: 'The institutions that mandate, fund and implement our work alongside the governments of the region.',
    body: [
      {
        p: 'The Clearinghouse is a joint initiative of UNDP and the Regional Cooperation Council. Its work is made possible by donors who share the aim of a safer region, above all the European Union, which has supported arms control in South East Europe through a series of Council Decisions since 2002.',
      },
      {
        p: 'Germany, France, the United States, Norway, Slovakia, the United Kingdom, Sweden and the Netherlands have also funded parts of the programme, directly or through the Western Balkans SALW Control Multi-Partner Trust Fund, for which the Clearinghouse acts as secretariat.',
      },
      { h2: 'Partners in the region' },
      {
        p: 'Our primary partners are the national and local authorities themselves: SALW commissions and coordination bodies, ministries of interior, defence, justice and foreign affairs, police, border and customs services, prosecutors and gender equality mechanisms. Projects are designed at their request and implemented with them.',
      },
      { h2: 'International partners' },
      {
        p: 'We coordinate closely with the OSCE, NATO, UNODC, Europol, Frontex, Interpol, the European Firearms Experts network and regional bodies such as RACVIAC and SELEC, so that support to the region complements rather than duplicates what others provide.',
      },
    ],
  },
  {
    slug: 'salw-control',
    title: 'SALW control',
    section: 'what-we-do',
    navOrder: 20,
    summary: 'Strengthening safety and security through regional cooperation on small arms and light weapons.',
    body: [
      {
        p: 'Illicit possession, misuse and trafficking of small arms and light weapons remain a barrier to security and development in South East and East Europe. Decades after the conflicts of the 1990s, large numbers of weapons are still held outside any register, and stockpiles of ageing ammunition pose risks to the communities around them.',
      },
      {
        p: 'Our SALW control work helps the authorities tackle every stage of a weapon’s life cycle, from import and registration to safe storage, tracing after a crime, and destruction.',
      },
      { h2: 'Areas of work' },
      {
        ul: [
          'Regional cooperation of SALW commissions and exchange of good practice',
          'Physical security and stockpile management: upgrades of storage sites and evidence rooms, training',
          'Marking, tracing and record-keeping, including firearms focal points',
          'Surplus reduction and destruction of seized and collected weapons and ammunition',
          'Arms export control and transparency through regional reporting',
          'Awareness raising and voluntary collection campaigns',
        ],
      },
      { h2: 'Evidence for policy' },
      {
        p: 'Through the Armed Violence Monitoring Platform we record firearm incidents reported in the media and by the police across the region, and we publish monthly and quarterly analyses. Together with regional SALW surveys and attitude studies, these data help governments target their measures and check whether they work.',
      },
      {
        p: 'Since 2014 the South East Europe Firearms Experts Network has brought together senior police officers, customs officers and prosecutors to share information on trafficking cases, in close coordination with Europol, Interpol and the European Firearms Experts.',
      },
    ],
  },
  {
    slug: 'salw-control-roadmap',
    title: 'Western Balkans SALW Control Roadmap',
    section: 'what-we-do',
    navOrder: 21,
    summary:
      'A plan agreed by the Western Balkans authorities for a sustainable solution to illegal possession, misuse and trafficking of arms and ammunition.',
    body: [
      {
        p: 'The Roadmap for a sustainable solution to the illegal possession, misuse and trafficking of SALW and their ammunition in the Western Balkans was adopted at the Western Balkans Summit in London on 10 July 2018. It was developed by the authorities of the region under the auspices of Germany and France, in coordination with the EU and with the Clearinghouse’s support.',
      },
      {
        p: 'Its vision is a Western Balkans that is a safer region and an exporter of security, with comprehensive and sustainable mechanisms, fully harmonised with EU and international standards, to identify, prevent, prosecute and control the illegal possession, misuse and trafficking of firearms, ammunition and explosives.',
      },
      { h2: 'Goals' },
      {
        ol: [
          'Arms control legislation fully harmonised with the EU regulatory framework and other international obligations',
          'Arms control policies and practices based on evidence and intelligence',
          'Significantly reduced illicit flows of firearms, ammunition and explosives into, within and beyond the region',
          'Significantly decreased supply, demand and misuse of firearms through awareness, education and gender-sensitive outreach',
          'Substantially reduced estimated number of firearms in illicit possession',
          'Systematically decreased surplus and destroyed seized small arms and ammunition',
          'Significantly decreased risk of proliferation and diversion of firearms, ammunition and explosives',
        ],
      },
      { h2: 'Our role' },
      {
        p: 'The Clearinghouse coordinates the Roadmap on behalf of the authorities and their partners: it organises regional and local coordination meetings, monitors progress against key performance indicators twice a year, and acts as secretariat of the Multi-Partner Trust Fund that finances projects under the Roadmap.',
      },
      {
        p: 'The Roadmap’s approach has been noticed beyond the region: its indicators were taken up in the EU action plan on firearms trafficking, and the Caribbean developed a roadmap of its own modelled on it.',
      },
    ],
  },
  {
    slug: 'gender-and-security',
    title: 'Gender in security sector reform',
    section: 'what-we-do',
    navOrder: 22,
    summary: 'Supporting gender equality in police, defence and arms control through regional cooperation.',
    body: [
      {
        p: 'Men and women experience armed violence differently. Men make up the great majority of those who own, use and misuse firearms, and of those killed by them; women are disproportionately affected by firearms used in domestic violence. Effective arms control has to take both realities into account.',
      },
      {
        p: 'Since 2009 the Clearinghouse has supported ministries of interior and defence in the region to integrate gender equality into their policies and practice, and to make the security sector a place where women and men can build careers on equal terms.',
      },
      { h2: 'What we do' },
      {
        ul: [
          'Support to networks of women police officers and women in the armed forces',
          'Gender analysis of SALW control policies and legal frameworks',
          'Gender coach programmes for senior decision-makers',
          'Training of trainers on gender equality for police and defence academies',
          'Research on the gendered impact of firearms, including in domestic violence',
        ],
      },
      {
        p: 'We published the first regional study on gender and SALW and a toolkit for policymakers on mainstreaming gender into SALW control, both now used well beyond the region.',
      },
    ],
  },
  {
    slug: 'regional-ssr-platform',
    title: 'Regional security sector reform platform',
    section: 'what-we-do',
    navOrder: 23,
    summary:
      'Expertise on niche rule-of-law areas, from small arms to gender equality, shared from the Western Balkans with the world.',
    body: [
      {
        p: 'Over two decades the authorities of the Western Balkans, with the Clearinghouse, have built practical solutions to arms control and security sector reform problems that other regions still face. The regional security sector reform platform makes that experience available to others.',
      },
      {
        p: 'The platform connects practitioners from the region with counterparts elsewhere: police officers who set up firearms focal points, analysts who built incident monitoring, commissions that organised amnesties and destruction, and gender equality mechanisms inside ministries.',
      },
      { h2: 'How it works' },
      {
        p: 'On request, the platform arranges peer exchanges, study visits, technical reviews and training, drawing on experts from the region. It also documents signature solutions in short, practical guides that others can adapt.',
      },
      {
        p: 'Recent exchanges have involved the Republic of Moldova and Ukraine, which face similar SALW control challenges, as well as partners in other regions that have adapted the Roadmap model.',
      },
    ],
  },
  {
    slug: 'resources',
    title: 'Resources',
    section: 'resources',
    navOrder: 30,
    summary: 'Data, laws, standards and practical tools for everyone working on arms control in the region.',
    body: [
      {
        p: 'Beyond our publications, we maintain a set of resources that practitioners use in their daily work. All of them are free to use.',
      },
      { h2: 'Armed Violence Monitoring Platform' },
      {
        p: 'A searchable record of firearm incidents reported in the seven jurisdictions the monitor covers, with a map, charts and a list that can be filtered and exported. See the methodology page for how incidents are collected and classified.',
      },
      { h2: 'Regional arms law compendium' },
      {
        p: 'The laws, by-laws, strategies and ratified international instruments that govern weapons, ammunition, explosives, private security and arms exports in each jurisdiction, with original titles, gazette references, key provisions in English and the original language, and links between acts and their amendments.',
      },
      { h2: 'Standards and tools' },
      {
        ul: [
          'Regional Micro-Disarmament Standards and Guidelines (RMDS/G)',
          'SALW survey protocols and a national SALW strategy template',
          'Templates for national and regional arms export reports',
          'Awareness support pack for collection and awareness campaigns',
          'Safety guidelines for the civil community on weapons and ammunition found at home',
        ],
      },
    ],
  },
  {
    slug: 'avmp-methodology',
    title: 'Armed Violence Monitoring Platform: methodology',
    section: 'resources',
    navOrder: 31,
    summary:
      'How firearm incidents are collected, classified, verified and published, and what the figures can and cannot tell you.',
    body: [
      {
        p: 'The Armed Violence Monitoring Platform records firearm incidents in Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia, Serbia and the Republic of Moldova. Data have been collected every day since 2014 from media reports and from official reports of police and other institutions.',
      },
      { h2: 'What is counted' },
      {
        p: 'An incident is any event involving a firearm, an explosive device or another weapon covered by the monitor that is reported publicly: shootings, threats with a weapon, accidents, suicides, celebratory shooting and seizures of weapons, ammunition or explosives. Each incident is recorded once, even when several outlets report it.',
      },
      {
        ul: [
          'Context: weapon seizure, criminal context, public dispute, domestic violence, dispute with police, accidental, celebratory shooting, suicide, undetermined shooting, other',
          'Weapon type and, where known, whether it was legally or illegally held',
          'Victims by outcome (killed, injured, threatened, suicide), by sex and by age group',
          'Perpetrators by sex and age group',
          'For seizures: the number of firearms, rounds of ammunition and explosive devices; a seizure of five or more weapons is a large seizure',
          'Place: municipality, urban or rural setting, and type of place',
        ],
      },
      { h2: 'Privacy' },
      {
        p: 'The platform never identifies a person. Records contain no names and no exact addresses; locations are given at the level of a municipality or settlement, and descriptions are written neutrally.',
      },
      { h2: 'Limits' },
      {
        p: 'Figures reflect what is reported. Some incidents, especially threats and domestic violence, are under-reported, and media attention varies between jurisdictions and over time. Trends should therefore be read with care, and figures compared across jurisdictions only alongside rates per 100,000 inhabitants.',
      },
      {
        p: '*References to Kosovo shall be understood to be in the context of Security Council Resolution 1244 (1999).',
      },
    ],
  },
  {
    slug: 'vacancies-and-procurement',
    title: 'Vacancies and procurement',
    section: 'information',
    navOrder: 40,
    summary: 'Open positions, consultancies and tenders, and how to apply.',
    body: [
      {
        p: 'The Clearinghouse recruits staff and consultants, and buys goods and services, under the rules and procedures of UNDP. All open positions and procurement notices are listed on this site until their deadline.',
      },
      { h2: 'Working with us' },
      {
        p: 'Positions are open to candidates of all backgrounds. We particularly welcome applications from women for roles in the security field, where they remain under-represented. Each vacancy explains the contract type, the duty station and how to apply; applications sent outside the stated channel cannot be considered.',
      },
      { h2: 'Procurement' },
      {
        p: 'Requests for quotation, invitations to bid, requests for proposals and calls for individual consultants are published with their full documents. Questions must be sent in writing to the address given in each notice before the clarification deadline; answers are shared with all bidders.',
      },
      {
        p: 'Notices drop off the list when their deadline has passed. Results of completed procurement processes are published by UNDP in line with its transparency policy.',
      },
    ],
  },
  {
    slug: 'contact',
    title: 'Contact',
    section: 'information',
    navOrder: 41,
    summary: 'How to reach the Clearinghouse in Belgrade.',
    body: [
      {
        p: 'The Clearinghouse is located in the UNDP premises in New Belgrade, a short walk from the Ušće business centre.',
      },
      { p: 'Bulevar Zorana Đinđića 64, 11000 Belgrade, Serbia' },
      {
        p: 'For questions about our publications, data or projects, write to the general e-mail address or call the switchboard during working hours (Monday to Friday, 8:30 to 17:00 Central European Time). Journalists are welcome to contact us for data from the Armed Violence Monitoring Platform.',
      },
      {
        p: 'To report an error in an incident record or in the law compendium, please include the incident ID or the title of the act, and the source of the correct information.',
      },
    ],
  },
  {
    slug: 'disclaimer',
    title: 'Disclaimer',
    section: 'legal',
    navOrder: 50,
    summary: 'The terms on which the information on this website is offered.',
    body: [
      {
        p: 'This website was produced with the financial support of the European Union. Its contents are the sole responsibility of the Clearinghouse and do not necessarily reflect the views of the European Union, UNDP, the Regional Cooperation Council or any other partner.',
      },
      {
        p: 'The information on this site is provided in good faith for general information. We take care that it is accurate and up to date, but we give no warranty of completeness or accuracy. Translations of legal acts in the law compendium are unofficial; only the text published in the official gazette has legal force.',
      },
      {
        p: 'The designations employed and the presentation of material on maps and elsewhere on this site do not imply the expression of any opinion whatsoever concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries.',
      },
      {
        p: '*References to Kosovo shall be understood to be in the context of Security Council Resolution 1244 (1999).',
      },
      { p: 'Links to external sites are provided for convenience; we are not responsible for their content.' },
    ],
  },
  {
    slug: 'cookie-policy',
    title: 'Cookie policy',
    section: 'legal',
    navOrder: 51,
    summary: 'Which cookies this website uses and how to control them.',
    body: [
      {
        p: 'A cookie is a small file that a website asks your browser to keep, so that it can recognise the browser on a later visit. This page explains which cookies our website uses and why.',
      },
      { h2: 'Cookies we use' },
      {
        ul: [
          'Strictly necessary: remember your answer to the cookie notice. These cannot be switched off, because without them the notice would reappear on every page.',
          'Analytics (only if you accept): count visits and pages viewed in aggregate, so that we can see which publications and data are used. They do not identify you.',
        ],
      },
      { p: 'We do not use advertising or tracking cookies, and we do not share cookie data with advertisers.' },
      { h2: 'Your choice' },
      {
        p: 'When you first visit the site you can accept or decline analytics cookies. You can change your choice at any time from the cookie settings link in the footer, and you can delete cookies in your browser’s settings.',
      },
    ],
  },
  {
    slug: 'privacy-policy',
    title: 'Privacy policy',
    section: 'legal',
    navOrder: 52,
    summary: 'What personal data we process when you use this website or subscribe to our newsletter, and your rights.',
    body: [
      {
        p: 'We process as little personal data as possible. Reading the website requires none: our servers keep standard access logs for security for a short period, and analytics run only if you accept them.',
      },
      { h2: 'Newsletter' },
      {
        p: 'If you subscribe to the newsletter we store your e-mail address, the lists you chose, and a record of your consent (the date, the version of the consent text and the page where you gave it). We send a confirmation e-mail first; your address is used only after you confirm it.',
      },
      {
        p: 'Every newsletter contains a link to change your preferences or unsubscribe. When you unsubscribe, your address is no longer used for mailing; you can also ask us to delete it entirely.',
      },
      { h2: 'Incident data' },
      {
        p: 'The Armed Violence Monitoring Platform does not contain personal data: incident records have no names and no exact addresses, and descriptions are written so that no person can be identified.',
      },
      { h2: 'Your rights' },
      {
        p: 'You can ask to see, correct or delete the personal data we hold about you by writing to the contact address. Personal data are processed in line with UNDP’s personal data protection and privacy policy.',
      },
    ],
  },
]
