import type { CollectionConfig, Field } from 'payload'

import { AGE_FIELDS, INCIDENT_DEFAULTS, INCIDENT_TEXT_MAX, SEX_FIELDS, checkIncidentDate } from '@clearinghouse/shared/incidents'
import {
  AGE_GROUPS,
  INCIDENT_CONTEXTS,
  INCIDENT_SUBCONTEXTS,
  PLACE_TYPES,
  POSSESSION,
  SETTINGS,
  SEXES,
  SOURCE_TYPES,
  WEAPON_TYPES,
  labelOf,
} from '@clearinghouse/shared/vocab'

import { isStaff, verifiedOrStaff } from '../../access'
import { countField } from '../../fields/countField'
import { jurisdictionField } from '../../fields/jurisdictionsField'
import { selectFrom } from '../../fields/selectFrom'
import { urlField } from '../../fields/urlField'
import { deriveIncidentFields } from './hooks/deriveIncidentFields'
import { incidentSpreadsheetEndpoints } from './spreadsheet/endpoints'
import { checkLatitude, checkLongitude, checkPerpetrators, checkSubcontext, checkVictims } from './validate'

const sexCounts = (): Field[] =>
  SEXES.map((s) => countField(SEX_FIELDS[s.value], labelOf(SEXES, s.value)))
const ageCounts = (): Field[] =>
  AGE_GROUPS.map((a) => countField(AGE_FIELDS[a.value], `Age ${labelOf(AGE_GROUPS, a.value)}`))

export const Incidents: CollectionConfig = {
  slug: 'incidents',
  labels: { singular: 'Incident', plural: 'Incidents' },
  // Readers' lists (anonymous: verified and not trashed), newest first, overall or per
  // jurisdiction: the page is an index walk and its count reads the index alone, instead of a scan
  // and sort of 50,000 rows for each (bench:load).
  indexes: [{ fields: ['verified', 'deletedAt', 'date'] }, { fields: ['jurisdiction', 'verified', 'deletedAt', 'date'] }],
  admin: {
    group: 'Armed violence monitor',
    useAsTitle: 'externalId',
    defaultColumns: ['externalId', 'date', 'jurisdiction', 'place', 'context', 'weaponType', 'verified'],
    listSearchableFields: ['externalId', 'place', 'description'],
    pagination: { defaultLimit: 50 },
    description:
      'One record per firearm incident reported by the media or the police. Never enter names or exact addresses: the public data must not identify anyone.',
    components: { beforeList: ['/components/admin/IncidentSpreadsheet#IncidentSpreadsheet'] },
  },
  defaultSort: '-date',
  access: { read: verifiedOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  trash: true,
  hooks: { beforeChange: [deriveIncidentFields] },
  endpoints: incidentSpreadsheetEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          validate: (value: Date | null | undefined) => checkIncidentDate(value ?? null),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, width: '34%' },
        },
        { ...jurisdictionField({ avmpOnly: true }), admin: { width: '33%' } },
        { name: 'place', label: 'Municipality / place', type: 'text', required: true, maxLength: INCIDENT_TEXT_MAX.place, admin: { width: '33%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', required: true, index: true, validate: checkLatitude, admin: { step: 0.00001, width: '25%' } },
        { name: 'longitude', type: 'number', required: true, index: true, validate: checkLongitude, admin: { step: 0.00001, width: '25%' } },
        { ...selectFrom(SETTINGS, { name: 'setting', required: true }), admin: { width: '25%' } },
        { ...selectFrom(PLACE_TYPES, { name: 'placeType', required: true, defaultValue: INCIDENT_DEFAULTS.placeType }), admin: { width: '25%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { ...selectFrom(INCIDENT_CONTEXTS, { name: 'context', required: true, index: true }), admin: { width: '34%' } },
        { ...selectFrom(INCIDENT_SUBCONTEXTS, { name: 'subcontext', validate: checkSubcontext }), admin: { width: '33%', condition: (data) => INCIDENT_SUBCONTEXTS.some((t) => t.context === data?.context) } },
        { ...selectFrom(WEAPON_TYPES, { name: 'weaponType', required: true, index: true }), admin: { width: '33%' } },
      ],
    },
    { ...selectFrom(POSSESSION, { name: 'possession', required: true, defaultValue: INCIDENT_DEFAULTS.possession }), admin: { description: 'Was the weapon legally or illegally held?' } },
    {
      name: 'victims',
      type: 'group',
      admin: { description: 'Victims by outcome; by sex and by age must each add up to the same total (or be left at 0).' },
      validate: checkVictims,
      fields: [
        { type: 'row', fields: [countField('killed'), countField('injured'), countField('threatened'), countField('suicide', 'Committed suicide')] },
        { type: 'row', fields: sexCounts() },
        { type: 'row', fields: ageCounts() },
      ],
    },
    {
      name: 'perpetrators',
      type: 'group',
      validate: checkPerpetrators,
      fields: [
        { type: 'row', fields: sexCounts() },
        { type: 'row', fields: ageCounts() },
      ],
    },
    {
      name: 'seizure',
      label: 'Seized',
      type: 'group',
      admin: { condition: (data) => data?.context === 'weapon-seizure', description: 'For weapon seizures: what was seized.' },
      fields: [{ type: 'row', fields: [countField('firearms'), countField('ammunition', 'Rounds of ammunition'), countField('explosives', 'Explosive devices')] }],
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: INCIDENT_TEXT_MAX.description,
      admin: { description: 'A short neutral account. No names, no exact addresses.' },
    },
    {
      name: 'source',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { ...selectFrom(SOURCE_TYPES, { name: 'type', required: true, defaultValue: INCIDENT_DEFAULTS.sourceType }), admin: { width: '25%' } },
            { name: 'outlet', type: 'text', required: true, maxLength: INCIDENT_TEXT_MAX.outlet, admin: { width: '35%' } },
            urlField('url', { label: 'Link', admin: { width: '40%' } }),
          ],
        },
      ],
    },
    {
      name: 'externalId',
      label: 'Incident ID',
      type: 'text',
      unique: true,
      index: true,
      maxLength: INCIDENT_TEXT_MAX.externalId,
      admin: { position: 'sidebar', description: 'Stable identifier used for imports and permalinks; generated when empty.' },
    },
    { name: 'verified', type: 'checkbox', defaultValue: INCIDENT_DEFAULTS.verified, index: true, admin: { position: 'sidebar', description: 'Only verified incidents are published.' } },
    { name: 'largeSeizure', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar', readOnly: true, description: 'Set automatically: a seizure of 5 or more firearms.' } },
  ],
}
