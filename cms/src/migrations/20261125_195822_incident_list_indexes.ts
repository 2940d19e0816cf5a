import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`verified_deletedAt_date_idx\` ON \`incidents\` (\`verified\`,\`deleted_at\`,\`date\`);`)
  await db.run(sql`CREATE INDEX \`jurisdiction_verified_deletedAt_date_idx\` ON \`incidents\` (\`jurisdiction\`,\`verified\`,\`deleted_at\`,\`date\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`verified_deletedAt_date_idx\`;`)
  await db.run(sql`DROP INDEX \`jurisdiction_verified_deletedAt_date_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
}
