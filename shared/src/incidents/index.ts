export * from './breakdown'
export * from './validate'
export * from './generate'
export * from './record'
