import type { Term } from './term'

/** The four programme pillars (what we do). `slug` is also the pillar page's slug. */
export const PILLARS = [
  { value: 'salw-control', label: 'SALW control' },
  { value: 'salw-control-roadmap', label: 'Western Balkans SALW Control Roadmap' },
  { value: 'gender-and-security', label: 'Gender in security sector reform' },
  { value: 'regional-ssr-platform', label: 'Regional security sector reform platform' },
] as const satisfies readonly Term[]

/** News topics: the pillars plus the armed violence monitor. */
export const NEWS_TOPICS = [
  { value: 'salw-control', label: 'SALW control' },
  { value: 'salw-control-roadmap', label: 'SALW Control Roadmap' },
  { value: 'gender-and-security', label: 'Gender in security sector reform' },
  { value: 'regional-ssr-platform', label: 'Regional SSR platform' },
  { value: 'armed-violence-monitoring', label: 'Armed violence monitoring' },
] as const satisfies readonly Term[]

export const PUBLICATION_TYPES = [
  { value: 'avm-monthly', label: 'Armed violence monitor (monthly)' },
  { value: 'avm-quarterly', label: 'Armed violence monitor (quarterly)' },
  { value: 'arms-exports-report', label: 'Regional report on arms exports' },
  { value: 'roadmap-progress-report', label: 'Roadmap progress report' },
  { value: 'salw-survey', label: 'SALW survey' },
  { value: 'policy-brief', label: 'Policy brief' },
  { value: 'study', label: 'Study' },
  { value: 'toolkit', label: 'Toolkit / guideline' },
  { value: 'annual-report', label: 'Annual report' },
  { value: 'standard', label: 'Standard' },
] as const satisfies readonly Term[]

export const PUBLICATION_THEMES = [
  { value: 'salw-control', label: 'SALW control' },
  { value: 'gender-and-security', label: 'Gender and security' },
] as const satisfies readonly Term[]

/** Languages of publications and legal acts (ISO 639-1 where one exists; BCMS as a group). */
export const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'sq', label: 'Albanian' },
  { value: 'bcms', label: 'Bosnian/Croatian/Montenegrin/Serbian' },
  { value: 'mk', label: 'Macedonian' },
  { value: 'ro', label: 'Romanian' },
  { value: 'uk', label: 'Ukrainian' },
  { value: 'be', label: 'Belarusian' },
  { value: 'ru', label: 'Russian' },
] as const satisfies readonly Term[]

/** Sections of the site's information architecture that static pages belong to. */
export const PAGE_SECTIONS = [
  { value: 'who-we-are', label: 'Who we are' },
  { value: 'what-we-do', label: 'What we do' },
  { value: 'resources', label: 'Resources and publications' },
  { value: 'information', label: 'Information' },
  { value: 'legal', label: 'Legal and policies' },
] as const satisfies readonly Term[]

export const PARTNER_KINDS = [
  { value: 'donor', label: 'Donor' },
  { value: 'partner', label: 'Partner' },
  { value: 'mandate', label: 'Mandating organisation' },
] as const satisfies readonly Term[]

export const PROCUREMENT_KINDS = [
  { value: 'rfq', label: 'Request for quotation' },
  { value: 'itb', label: 'Invitation to bid' },
  { value: 'rfp', label: 'Request for proposals' },
  { value: 'eoi', label: 'Expression of interest' },
  { value: 'ic', label: 'Individual consultant' },
] as const satisfies readonly Term[]

export const CONTRACT_TYPES = [
  { value: 'fixed-term', label: 'Fixed-term appointment' },
  { value: 'service-contract', label: 'Service contract' },
  { value: 'consultancy', label: 'Individual consultancy' },
  { value: 'internship', label: 'Internship' },
] as const satisfies readonly Term[]

/** What a newsletter subscriber can choose to receive. */
export const NEWSLETTER_LISTS = [
  { value: 'news', label: 'All news' },
  { value: 'avm-monthly', label: 'Monthly armed violence monitor' },
  { value: 'publications', label: 'New publications' },
] as const satisfies readonly Term[]

export const SUBSCRIBER_STATUSES = [
  { value: 'pending', label: 'Pending confirmation' },
  { value: 'confirmed', label: 'Confirmed' },
  { value: 'unsubscribed', label: 'Unsubscribed' },
] as const satisfies readonly Term[]

/** A newsletter campaign: editors write drafts; "sending" hands it to the job queue, which marks it sent. */
export const CAMPAIGN_STATUSES = [
  { value: 'draft', label: 'Draft' },
  { value: 'sending', label: 'Sending' },
  { value: 'sent', label: 'Sent' },
] as const satisfies readonly Term[]

/** One campaign message to one subscriber. "sending" is claimed but not known to be delivered: never retried. */
export const DELIVERY_STATUSES = [
  { value: 'sending', label: 'Sending' },
  { value: 'sent', label: 'Sent' },
  { value: 'failed', label: 'Failed' },
] as const satisfies readonly Term[]

export const USER_ROLES = [
  { value: 'admin', label: 'Administrator' },
  { value: 'editor', label: 'Editor' },
] as const satisfies readonly Term[]

export type UserRole = (typeof USER_ROLES)[number]['value']
