export * from './breakdown.js'
export * from './validate.js'
