import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

/** The cms/ folder: relative paths in the environment are resolved against it, not the cwd. */
export const CMS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const resolveFromCms = (p: string): string => (path.isAbsolute(p) ? p : path.resolve(CMS_ROOT, p))

const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))

/** An http(s) URL; a wildcard (`*`) or any other scheme is refused, since these feed the CORS/CSRF lists. */
const httpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL (a wildcard such as * is not allowed)' })
  .refine((u) => !u.includes('*'), 'must name one origin: wildcards (*) are not allowed')

/** Comma-separated http(s) URLs, at least one: an empty or `*` list would open CORS/CSRF to every site. */
const originList = csv.pipe(z.array(httpUrl).min(1, 'must list at least one http(s) origin'))

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: z.string().min(1).default('file:./data/clearinghouse.db'),
  PAYLOAD_SECRET: z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional(),
  CMS_URL: httpUrl.default('http://localhost:3000'),
  /** Origins of the public site, comma-separated: allowed for CORS and CSRF. */
  SITE_URL: originList.default(['http://localhost:4321']),
  MEDIA_DIR: z.string().default('./media'),
  /** Where `npm run backup` writes its folders (relative to cms/). */
  BACKUP_DIR: z.string().default('./backups'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().positive().default(587),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  EMAIL_FROM: z.email().default('newsletter@clearinghouse.example.org'),
  EMAIL_FROM_NAME: z.string().default('SALW Clearinghouse'),
  /** Without SMTP, e-mails are written here as .eml files (local runs). */
  MAIL_DIR: z.string().default('./data/mail'),
  /**
   * Reverse proxies (IPs or CIDRs, comma-separated) whose X-Forwarded-For is believed. Empty: the
   * direct peer is the client and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXIES: csv.default([]),
  /** Leading zero bits of the newsletter proof-of-work (≈ 2^bits SHA-256 hashes in the browser). */
  NEWSLETTER_POW_BITS: z.coerce.number().int().min(0).max(24).default(13),
  /** Earliest moment after the challenge was issued at which a signup is accepted (time trap). */
  NEWSLETTER_MIN_FILL_MS: z.coerce.number().int().min(0).default(2000),
  /** Every signup answer takes at least this long, so new and known addresses look alike. */
  NEWSLETTER_MIN_RESPONSE_MS: z.coerce.number().int().min(0).default(250),
  /** Set by npm: the folder `npm run …` was started from; command-line paths are relative to it. */
  INIT_CWD: z.string().optional(),
  /**
   * Shared secret of the publishing runner (scripts/publish/runner.ts), sent in `x-publish-secret`
   * to claim builds and report results. Unset: the runner endpoints answer 503. `npm start` makes one.
   */
  PUBLISH_RUNNER_SECRET: z.string().min(16, 'PUBLISH_RUNNER_SECRET must be at least 16 characters').optional(),
  /** Origin of the preview server (the site's real templates rendering drafts); the admin's Preview button opens it. */
  SITE_PREVIEW_URL: z.url().default('http://localhost:4322'),
  /** Minutes a preview link stays valid. */
  PREVIEW_TOKEN_MINUTES: z.coerce.number().int().positive().max(24 * 60).default(30),
  /**
   * Anonymous API requests (REST and GraphQL) in progress at once; the rest wait in arrival order
   * (see security/requestGate.ts). Staff requests are not held back. More helps with MongoDB (its
   * queries wait on the network); with SQLite the queries run on the one JavaScript thread anyway.
   */
  API_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  /** Anonymous API requests that may wait for a place; past this they get 503 with Retry-After at once. */
  API_QUEUE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(500),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
})

/**
 * The environment's settings, checked; throws one error listing every bad variable.
 * @example parseEnv({ SITE_URL: '*' }) // throws "Invalid CMS environment: SITE_URL.0: must be an http(s) URL…"
 */
export function parseEnv(environment: Record<string, string | undefined> = process.env) {
  // `KEY=` in an .env file means "not set", not "set to the empty string".
  const given = Object.fromEntries(Object.entries(environment).filter(([, v]) => v !== undefined && v !== ''))
  const result = schema.safeParse(given)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid CMS environment:\n${lines.join('\n')}`)
  }
  return result.data
}

/**
 * In production the secret must be given; locally one is generated once and kept in
 * cms/data/.payload-secret so sessions survive restarts without any setup.
 */
function resolveSecret(given: string | undefined, nodeEnv: string): string {
  if (given) return given
  if (nodeEnv === 'production') throw new Error('PAYLOAD_SECRET is required in production.')
  const file = path.join(CMS_ROOT, 'data', '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** `file:` URIs with a relative path are made absolute against cms/ so every process opens the same file. */
function resolveDatabaseUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri
  const p = uri.slice('file:'.length)
  const abs = resolveFromCms(p)
  fs.mkdirSync(path.dirname(abs), { recursive: true })
  return `file:${abs}`
}

const raw = parseEnv()

export const env = {
  ...raw,
  PAYLOAD_SECRET: resolveSecret(raw.PAYLOAD_SECRET, raw.NODE_ENV),
  DATABASE_URI: resolveDatabaseUri(raw.DATABASE_URI),
  MEDIA_DIR: resolveFromCms(raw.MEDIA_DIR),
  BACKUP_DIR: resolveFromCms(raw.BACKUP_DIR),
  MAIL_DIR: resolveFromCms(raw.MAIL_DIR),
  isMongo: /^mongodb(\+srv)?:\/\//.test(raw.DATABASE_URI),
  isProduction: raw.NODE_ENV === 'production',
}

export type Env = typeof env
