/** Defaults of the seed, in a module of their own so `--help` can show them without loading Payload. */
export const DEFAULT_SEED = 2002
export const DEFAULT_INCIDENTS = 10_000
