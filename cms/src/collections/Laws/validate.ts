import type { DateFieldValidation, RelationshipFieldManyValidation } from 'payload'

/** An act cannot enter into force before it was adopted. */
export const checkEffectiveAfterAdopted: DateFieldValidation = (value, { siblingData }) => {
  const adopted = (siblingData as { adoptedDate?: string | null }).adoptedDate
  if (!value || !adopted) return true
  return new Date(value).getTime() >= new Date(adopted).getTime()
    ? true
    : 'The date of entry into force cannot be earlier than the date of adoption.'
}

/** An act cannot amend or replace itself. */
export const checkNotSelfReference: RelationshipFieldManyValidation = (value, { id }) => {
  if (!value || id === undefined) return true
  const ids = value.map((v) => (typeof v === 'object' && v !== null && 'value' in v ? v.value : v))
  return ids.some((v) => String(v) === String(id)) ? 'An act cannot amend or replace itself.' : true
}
