import type { Config } from '@clearinghouse/shared/payload-types'

// Types the Local API (`payload.find({ collection: 'news' })` → News) with the generated schema.
declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface merge is how Payload takes the types
  export interface GeneratedTypes extends Config {}
}
