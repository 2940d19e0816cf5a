/** One entry of a controlled vocabulary: a stable machine value and the label people read. */
export interface Term<V extends string = string> {
  readonly value: V
  readonly label: string
}

/** The values of a vocabulary, in order, typed as a tuple of literals. */
export type ValueOf<T extends readonly Term[]> = T[number]['value']

/** Payload select options (`{ label, value }`) derived from a vocabulary. */
export function toSelectOptions<T extends readonly Term[]>(
  terms: T,
): { label: string; value: ValueOf<T> }[] {
  return terms.map((t) => ({ label: t.label, value: t.value as ValueOf<T> }))
}

/** All values of a vocabulary. */
export function valuesOf<T extends readonly Term[]>(terms: T): ValueOf<T>[] {
  return terms.map((t) => t.value as ValueOf<T>)
}

/** The label of a value, or the value itself when it is not in the vocabulary. */
export function labelOf(terms: readonly Term[], value: string): string {
  return terms.find((t) => t.value === value)?.label ?? value
}

/** Narrowing check: is `value` one of the vocabulary's values? */
export function isValueOf<T extends readonly Term[]>(terms: T, value: unknown): value is ValueOf<T> {
  return typeof value === 'string' && terms.some((t) => t.value === value)
}
