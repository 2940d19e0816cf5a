/**
 * The incident monitor's data layer: binary codec, filters, aggregations and CSV, framework-free
 * and DOM-free so the site build (Node) and the browser islands share one implementation.
 */
export * from './days'
export * from './codec'
export * from './details'
export * from './text'
export * from './filter'
export * from './aggregate'
export * from './csv'
export * from './list'
export * from './sparkline'
export * from './releases'
export * from './transfer'
