import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardApiRoute } from '../../../../security/requestGuard'

export const POST = guardApiRoute(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
