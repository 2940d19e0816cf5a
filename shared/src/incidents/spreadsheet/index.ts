/**
 * The incident spreadsheet: the columns editors import and export (mapped to the public data
 * dictionary), reading and checking a sheet row by row, planning an import, writing rows.
 */
export * from './columns'
export * from './read'
export * from './plan'
export * from './write'
export * from './demoRecords'
