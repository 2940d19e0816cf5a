import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import nodemailer from 'nodemailer'
import { buildConfig, type DatabaseAdapterObj, type Migration } from 'payload'
import sharp from 'sharp'

import { AuditLog } from './collections/AuditLog'
import { CampaignDeliveries } from './collections/CampaignDeliveries'
import { Campaigns } from './collections/Campaigns'
import { Incidents } from './collections/Incidents'
import { Laws } from './collections/Laws'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import { Partners } from './collections/Partners'
import { ProcurementNotices } from './collections/ProcurementNotices'
import { Publications } from './collections/Publications'
import { SiteBuilds } from './collections/SiteBuilds'
import { Subscribers } from './collections/Subscribers'
import { TeamMembers } from './collections/TeamMembers'
import { Users } from './collections/Users'
import { Vacancies } from './collections/Vacancies'
import { answerStorageErrors } from './db/answerStorageErrors'
import { keepSqlitePragmas } from './db/keepSqlitePragmas'
import { fileTransport } from './email/fileTransport'
import { newsletterEndpoints } from './endpoints/newsletter'
import { publishingEndpoints } from './endpoints/publishing'
import { env } from './env'
import { SiteSettings } from './globals/SiteSettings'
import { answerUnreadableBodies } from './security/answerUnreadableBodies'
import { keepValidationDetail } from './security/keepValidationDetail'
import { logRefusedAccess } from './security/logRefusedAccess'
import { withApiReadGuards, withGlobalApiReadGuards } from './security/apiReadGuards'
import { maskLockedLogin } from './security/maskLockedLogin'
import { allowedOrigins } from './security/origins'
import { sendCampaignTask } from './jobs/sendCampaign'
import { migrations } from './migrations'
import { trackChanges, trackGlobalChanges } from './publishing/trackChanges'

const dirname = path.dirname(fileURLToPath(import.meta.url))

function database(): DatabaseAdapterObj {
  if (env.isMongo) return mongooseAdapter({ url: env.DATABASE_URI })
  return sqliteAdapter({
    client: { url: env.DATABASE_URI },
    // CMS, seed and import scripts may write at once: wait for the lock instead of failing.
    wal: true,
    busyTimeout: 10_000,
    // Transactions are off on SQLite unless asked for; imports rely on all-or-nothing writes.
    transactionOptions: {},
    // One schema path everywhere: migrations, never dev "push" (production cannot push, and a
    // pushed dev database would disagree with the migrated one).
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  })
}

function email() {
  const transport = env.SMTP_HOST
    ? nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: env.SMTP_PORT,
        secure: env.SMTP_SECURE,
        ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
      })
    : nodemailer.createTransport(fileTransport(env.MAIL_DIR))
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM,
    defaultFromName: env.EMAIL_FROM_NAME,
    transport,
    // verify() would open a connection at start-up; a bad SMTP setting shows when mail is sent.
    skipVerify: true,
  })
}

// The CMS and the site(s) only (never empty, never `*`): cookies from any other origin are ignored.
const origins = allowedOrigins(env)

export default buildConfig({
  serverURL: env.CMS_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Clearinghouse CMS' },
    // Gravatar would send a hash of each editor's e-mail to a third party on every page.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: { beforeDashboard: ['/components/admin/BuildStatus#BuildStatus', '/components/admin/EditorDashboard#EditorDashboard'] },
  },
  collections: [
    // What the public site is built from: every write is audited, and those readers would see
    // mark the site stale for the publishing runner (README "Publishing").
    ...[News, Publications, Laws, Pages, Media, TeamMembers, Partners, Vacancies, ProcurementNotices].map((c) => trackChanges(c)),
    trackChanges(Incidents, { visible: (doc) => doc.verified === true }),
    Campaigns,
    CampaignDeliveries,
    Subscribers,
    Users,
    AuditLog,
    SiteBuilds,
    // Page size, depth, joins and trash bounded for anonymous API readers; no sorting through relations (SECURITY.md).
  ].map(withApiReadGuards),
  globals: [trackGlobalChanges(SiteSettings)].map(withGlobalApiReadGuards),
  endpoints: [...newsletterEndpoints, ...publishingEndpoints],
  // Failed logins and refused requests: one masked, structured line each (SECURITY.md); then a
  // locked account is made to answer like a wrong password (after logging, which needs the cause);
  // writes the storage refused (disk full, read-only database) get a clear 507/503, not a bare 500;
  // a multipart body that does not parse gets a 400; a validation error keeps its fields and
  // reasons in production too.
  hooks: { afterError: [logRefusedAccess, maskLockedLogin, answerStorageErrors, answerUnreadableBodies, keepValidationDetail] },
  jobs: {
    tasks: [sendCampaignTask],
    // The running CMS (`npm start`, `npm run dev`, the docker `cms` service) works the queue every
    // 15 s: campaigns, and the scheduled publishing of news and publications (Payload's
    // `schedulePublish` task, queued with `waitUntil` on the default queue), so a scheduled item is
    // live within a minute. Tests run jobs themselves (`payload.jobs.run()`).
    autoRun: [{ cron: '*/15 * * * * *', queue: 'default', limit: 10 }],
    shouldAutoRun: () => env.NODE_ENV !== 'test',
    deleteJobOnComplete: false,
  },
  editor: lexicalEditor(),
  db: database(),
  email: email(),
  sharp,
  cors: origins,
  csrf: origins,
  upload: { limits: { fileSize: env.UPLOAD_MAX_BYTES } },
  defaultDepth: 1,
  maxDepth: 4,
  // Introspection and the playground answer only outside production (tested in access-probes).
  graphQL: { disablePlaygroundInProduction: true, disableIntrospectionInProduction: true, maxComplexity: 1000 },
  telemetry: false,
  // Production runs `prodMigrations` itself; dev, tests, seed and scripts migrate here.
  onInit: async (payload) => {
    if (env.isMongo) return
    keepSqlitePragmas(payload)
    if (!env.isProduction) await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  },
  typescript: {
    outputFile: path.resolve(dirname, '../../shared/src/payload-types.ts'),
    // shared/ is framework-free: the `declare module 'payload'` augmentation lives in cms/src/payload-generated.d.ts.
    declare: false,
    // Tests and scripts must never rewrite the types file behind the developer's back.
    autoGenerate: false,
  },
})
