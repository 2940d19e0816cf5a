import type { SelectField } from 'payload'

import { toSelectOptions, type Term } from '@clearinghouse/shared/vocab'

type SelectOverrides = Partial<Omit<SelectField, 'type' | 'options' | 'hasMany'>> & { name: string }

/**
 * A select whose options come from a shared vocabulary. Values outside the vocabulary are refused
 * by Payload itself with a message naming the field.
 */
export function selectFrom(
  vocab: readonly Term[],
  overrides: SelectOverrides & { hasMany?: boolean },
): SelectField {
  const { hasMany, ...rest } = overrides
  const base = { type: 'select' as const, options: toSelectOptions(vocab) }
  // The single/many variants differ only in their validate signature, which callers pick to match.
  return (hasMany ? { ...base, ...rest, hasMany: true } : { ...base, ...rest, hasMany: false }) as SelectField
}
