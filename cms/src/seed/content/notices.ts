import type { RichBlock } from '../lexical'

type ContractType = 'fixed-term' | 'service-contract' | 'consultancy' | 'internship'
type ProcurementKind = 'rfq' | 'itb' | 'rfp' | 'eoi' | 'ic'

export interface VacancySeed {
  title: string
  reference: string
  location: string
  contractType: ContractType
  /** Days from the seed's "now": positive → still open, negative → closed. */
  deadlineInDays: number
  description: RichBlock[]
}

export interface ProcurementSeed {
  title: string
  reference: string
  kind: ProcurementKind
  deadlineInDays: number
  description: RichBlock[]
  /** Titles of the tender documents generated as PDFs. */
  documents: string[]
}

const applyBlock: RichBlock = {
  p: 'Applications must be submitted through the UNDP jobs portal using the link on this page. Only short-listed candidates will be contacted. Women are strongly encouraged to apply.',
}

export const VACANCIES: VacancySeed[] = [
  {
    title: 'Armed Violence Monitoring Data Analyst',
    reference: 'CH-VA-2026-011',
    location: 'Belgrade, Serbia',
    contractType: 'service-contract',
    deadlineInDays: 21,
    description: [
      {
        p: 'The Clearinghouse seeks an analyst to strengthen the daily collection, verification and analysis of firearm incident data for the Armed Violence Monitoring Platform.',
      },
      { h2: 'Main tasks' },
      {
        ul: [
          'Collect and code incident reports from media and official sources in the regional languages',
          'Check records for consistency and remove any information that could identify a person',
          'Draft the monthly armed violence monitor and contribute to quarterly reports',
          'Answer data requests from institutions, researchers and journalists',
        ],
      },
      { h2: 'Requirements' },
      {
        ul: [
          'University degree in statistics, social sciences or a related field',
          'At least two years of experience in data analysis',
          'Fluency in English and in at least one of Albanian, BCMS or Macedonian',
        ],
      },
      applyBlock,
    ],
  },
  {
    title: 'Gender and Security Project Associate',
    reference: 'CH-VA-2026-012',
    location: 'Belgrade, Serbia',
    contractType: 'fixed-term',
    deadlineInDays: 35,
    description: [
      {
        p: 'The project associate will support the gender in security sector reform pillar: networks of women in police and defence, gender coach programmes and gender analysis of arms control policy.',
      },
      {
        ul: [
          'Organise regional meetings and training events',
          'Prepare background notes and reports',
          'Maintain contacts with gender equality mechanisms in ministries of interior and defence',
        ],
      },
      {
        p: 'Candidates should have a university degree and at least three years of relevant experience, including work with public institutions in the region.',
      },
      applyBlock,
    ],
  },
  {
    title: 'Intern, Communications and Outreach',
    reference: 'CH-VA-2026-013',
    location: 'Belgrade, Serbia',
    contractType: 'internship',
    deadlineInDays: 12,
    description: [
      {
        p: 'A six-month internship for a student or recent graduate interested in communications on security and development issues.',
      },
      {
        ul: [
          'Draft news items and social media posts',
          'Help prepare infographics from the monitoring platform',
          'Support the newsletter and the website',
        ],
      },
      applyBlock,
    ],
  },
  {
    title: 'International Consultant: Gap Analysis of Firearms Legislation',
    reference: 'CH-IC-2026-004',
    location: 'Home-based with travel to the region',
    contractType: 'consultancy',
    deadlineInDays: -18,
    description: [
      {
        p: 'The consultant will assess the alignment of arms control legislation in the Western Balkans with Directive (EU) 2021/555 and related instruments, and recommend amendments.',
      },
      {
        ul: [
          'Review laws and by-laws in the six Western Balkans jurisdictions',
          'Hold consultations with the competent ministries',
          'Deliver a regional gap analysis and six jurisdiction notes',
        ],
      },
      applyBlock,
    ],
  },
  {
    title: 'Programme Finance Associate',
    reference: 'CH-VA-2026-007',
    location: 'Belgrade, Serbia',
    contractType: 'fixed-term',
    deadlineInDays: -45,
    description: [
      {
        p: 'The finance associate will manage budgets, payments and financial reporting for the programme’s donor-funded projects.',
      },
      {
        p: 'At least six years of progressively responsible experience in finance or administration is required, preferably in an international organisation.',
      },
      applyBlock,
    ],
  },
  {
    title: 'National Consultant: SALW Awareness Campaign in the Republic of Moldova',
    reference: 'CH-IC-2026-002',
    location: 'Chișinău, Republic of Moldova',
    contractType: 'consultancy',
    deadlineInDays: -90,
    description: [
      {
        p: 'The consultant will design and run a public awareness campaign on the dangers of illegal possession of weapons, in Romanian and Russian, together with the Ministry of Internal Affairs.',
      },
      applyBlock,
    ],
  },
]

const submitBlock: RichBlock = {
  p: 'Offers must be submitted by e-mail to the procurement address below before the deadline, with the reference number in the subject line. Late offers will not be accepted.',
}

export const PROCUREMENT: ProcurementSeed[] = [
  {
    title: 'Printing of regional armed violence monitor reports',
    reference: 'RFQ-CH-2026-031',
    kind: 'rfq',
    deadlineInDays: 14,
    description: [
      {
        p: 'Request for quotation for printing and delivery of quarterly monitor reports in English and regional languages over twelve months.',
      },
      submitBlock,
    ],
    documents: ['Request for quotation', 'Technical specifications'],
  },
  {
    title: 'Supply and installation of security equipment for police weapons storage sites',
    reference: 'ITB-CH-2026-005',
    kind: 'itb',
    deadlineInDays: 28,
    description: [
      {
        p: 'Invitation to bid for the supply, installation and commissioning of intrusion detection, access control and video surveillance equipment at three police weapons storage sites.',
      },
      { ul: ['Lot 1: intrusion detection and alarm systems', 'Lot 2: access control', 'Lot 3: video surveillance'] },
      submitBlock,
    ],
    documents: ['Invitation to bid', 'Bill of quantities', 'Draft contract'],
  },
  {
    title: 'Conference services for the Regional Steering Group meeting',
    reference: 'RFQ-CH-2026-034',
    kind: 'rfq',
    deadlineInDays: 9,
    description: [
      {
        p: 'Venue, interpretation (English, Albanian, BCMS, Macedonian) and catering for a two-day meeting of about 80 participants.',
      },
      submitBlock,
    ],
    documents: ['Request for quotation'],
  },
  {
    title: 'Development of an e-learning course on gender and SALW control',
    reference: 'RFP-CH-2026-003',
    kind: 'rfp',
    deadlineInDays: 40,
    description: [
      {
        p: 'Request for proposals for the design and production of an accessible online course for police and customs officers, in five languages.',
      },
      submitBlock,
    ],
    documents: ['Request for proposals', 'Terms of reference'],
  },
  {
    title: 'Marking machines for firearms import marking',
    reference: 'ITB-CH-2025-019',
    kind: 'itb',
    deadlineInDays: -30,
    description: [
      {
        p: 'Supply of laser and dot-peen marking machines, training and three years of maintenance, for import marking of firearms.',
      },
      submitBlock,
    ],
    documents: ['Invitation to bid', 'Technical specifications'],
  },
  {
    title: 'Expression of interest: destruction of surplus ammunition',
    reference: 'EOI-CH-2025-002',
    kind: 'eoi',
    deadlineInDays: -60,
    description: [
      {
        p: 'Companies with experience in environmentally sound demilitarisation of small-calibre ammunition are invited to express interest for a forthcoming tender.',
      },
      submitBlock,
    ],
    documents: ['Expression of interest notice'],
  },
  {
    title: 'Individual consultant: evaluation of the firearms focal points project',
    reference: 'IC-CH-2025-027',
    kind: 'ic',
    deadlineInDays: -75,
    description: [
      {
        p: 'Final evaluation of the project supporting firearms focal points in the Western Balkans, including field visits and a report with recommendations.',
      },
      submitBlock,
    ],
    documents: ['Terms of reference'],
  },
  {
    title: 'Translation of legal acts for the regional arms law compendium',
    reference: 'RFQ-CH-2025-041',
    kind: 'rfq',
    deadlineInDays: -120,
    description: [
      {
        p: 'Translation into English of laws and by-laws on weapons, ammunition and explosives, with legal proofreading.',
      },
      submitBlock,
    ],
    documents: ['Request for quotation', 'List of acts'],
  },
]
