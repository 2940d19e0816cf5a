import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardApiRoute } from '../../../../security/requestGuard'

// Bad input that Payload would answer with a 500 gets a 400 first (SECURITY.md).
export const GET = guardApiRoute(config, REST_GET(config))
export const POST = guardApiRoute(config, REST_POST(config))
export const DELETE = guardApiRoute(config, REST_DELETE(config))
export const PATCH = guardApiRoute(config, REST_PATCH(config))
export const PUT = guardApiRoute(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
