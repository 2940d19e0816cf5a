import type { SelectField } from 'payload'

import { AVMP_JURISDICTIONS, JURISDICTIONS } from '@clearinghouse/shared/vocab'

import { selectFrom } from './selectFrom'

/** The jurisdictions a document concerns (any of the nine), shown in list filters. */
export const jurisdictionsField = (overrides: Partial<SelectField> = {}): SelectField =>
  selectFrom(JURISDICTIONS, {
    name: 'jurisdictions',
    hasMany: true,
    admin: { description: 'Leave empty for regional (all jurisdictions) items.' },
    ...overrides,
  } as SelectField & { name: string })

/** One jurisdiction (laws: any of the nine; incidents: the seven the monitor covers). */
export const jurisdictionField = (opts: { avmpOnly?: boolean; overrides?: Partial<SelectField> } = {}): SelectField =>
  selectFrom(opts.avmpOnly ? AVMP_JURISDICTIONS : JURISDICTIONS, {
    name: 'jurisdiction',
    required: true,
    index: true,
    ...opts.overrides,
  } as SelectField & { name: string })
