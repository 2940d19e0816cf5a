import type { NumberField } from 'payload'

import { checkCount } from '@clearinghouse/shared/incidents'

/** A whole-number count ≥ 0 that defaults to 0. */
export const countField = (name: string, label?: string): NumberField => ({
  name,
  ...(label ? { label } : {}),
  type: 'number',
  defaultValue: 0,
  min: 0,
  admin: { step: 1, width: '25%' },
  validate: (value: number | null | undefined) => checkCount(value),
})
