export * from './breakdown'
export * from './validate'
