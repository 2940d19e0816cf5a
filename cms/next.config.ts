import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './src/security/headers'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The shared workspace ships TypeScript source; Next compiles it like app code.
  transpilePackages: ['@clearinghouse/shared'],
  // exceljs is CommonJS with a browser build in its package.json: load it from node_modules on the
  // server as Node would, instead of bundling it.
  serverExternalPackages: ['exceljs'],
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  poweredByHeader: false,
  // Payload sets no security headers of its own. `headers()` is evaluated at build time, so the
  // build's mode decides: Next itself sets NODE_ENV to production for `next build`/`next start`.
  headers: async () => securityHeaders({ production: process.env.NODE_ENV === 'production' }),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
