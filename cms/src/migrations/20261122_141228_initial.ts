import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news_jurisdictions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_jurisdictions_order_idx\` ON \`news_jurisdictions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_jurisdictions_parent_idx\` ON \`news_jurisdictions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`date\` text,
  	\`topic\` text,
  	\`summary\` text,
  	\`hero_image_id\` integer,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_date_idx\` ON \`news\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`news_topic_idx\` ON \`news\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`news_hero_image_idx\` ON \`news\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news_deleted_at_idx\` ON \`news\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`publications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_publications_id_idx\` ON \`news_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_jurisdictions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_jurisdictions_order_idx\` ON \`_news_v_version_jurisdictions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_jurisdictions_parent_idx\` ON \`_news_v_version_jurisdictions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_date\` text,
  	\`version_topic\` text,
  	\`version_summary\` text,
  	\`version_hero_image_id\` integer,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_date_idx\` ON \`_news_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_topic_idx\` ON \`_news_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_hero_image_idx\` ON \`_news_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_deleted_at_idx\` ON \`_news_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`publications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_publications_id_idx\` ON \`_news_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`language\` text DEFAULT 'en',
  	\`label\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_files_order_idx\` ON \`publications_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_files_parent_id_idx\` ON \`publications_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_files_file_idx\` ON \`publications_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_jurisdictions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_jurisdictions_order_idx\` ON \`publications_jurisdictions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_jurisdictions_parent_idx\` ON \`publications_jurisdictions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_languages_order_idx\` ON \`publications_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_languages_parent_idx\` ON \`publications_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`date\` text,
  	\`type\` text,
  	\`theme\` text,
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_date_idx\` ON \`publications\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`publications_type_idx\` ON \`publications\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`publications_theme_idx\` ON \`publications\` (\`theme\`);`)
  await db.run(sql`CREATE INDEX \`publications_cover_idx\` ON \`publications\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_deleted_at_idx\` ON \`publications\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`language\` text DEFAULT 'en',
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_files_order_idx\` ON \`_publications_v_version_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_files_parent_id_idx\` ON \`_publications_v_version_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_files_file_idx\` ON \`_publications_v_version_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_jurisdictions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_jurisdictions_order_idx\` ON \`_publications_v_version_jurisdictions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_jurisdictions_parent_idx\` ON \`_publications_v_version_jurisdictions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_languages_order_idx\` ON \`_publications_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_languages_parent_idx\` ON \`_publications_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_date\` text,
  	\`version_type\` text,
  	\`version_theme\` text,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_date_idx\` ON \`_publications_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_type_idx\` ON \`_publications_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_theme_idx\` ON \`_publications_v\` (\`version_theme\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_cover_idx\` ON \`_publications_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_deleted_at_idx\` ON \`_publications_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`laws_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_subjects_order_idx\` ON \`laws_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`laws_subjects_parent_idx\` ON \`laws_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`laws_provisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`heading\` text,
  	\`text_english\` text,
  	\`text_original\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_provisions_order_idx\` ON \`laws_provisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`laws_provisions_parent_id_idx\` ON \`laws_provisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`laws_eu_instruments\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_eu_instruments_order_idx\` ON \`laws_eu_instruments\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`laws_eu_instruments_parent_idx\` ON \`laws_eu_instruments\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`laws\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`original_title\` text,
  	\`original_language\` text,
  	\`jurisdiction\` text,
  	\`kind\` text,
  	\`status\` text DEFAULT 'in-force',
  	\`gazette_reference\` text,
  	\`adopted_date\` text,
  	\`effective_date\` text,
  	\`summary\` text,
  	\`slug\` text,
  	\`original_file_id\` integer,
  	\`english_file_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`original_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`english_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_jurisdiction_idx\` ON \`laws\` (\`jurisdiction\`);`)
  await db.run(sql`CREATE INDEX \`laws_kind_idx\` ON \`laws\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`laws_status_idx\` ON \`laws\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`laws_adopted_date_idx\` ON \`laws\` (\`adopted_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`laws_slug_idx\` ON \`laws\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`laws_original_file_idx\` ON \`laws\` (\`original_file_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_english_file_idx\` ON \`laws\` (\`english_file_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_updated_at_idx\` ON \`laws\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laws_created_at_idx\` ON \`laws\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`laws_deleted_at_idx\` ON \`laws\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`laws__status_idx\` ON \`laws\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`laws_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`laws_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_rels_order_idx\` ON \`laws_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`laws_rels_parent_idx\` ON \`laws_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_rels_path_idx\` ON \`laws_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`laws_rels_laws_id_idx\` ON \`laws_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v_version_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_laws_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_version_subjects_order_idx\` ON \`_laws_v_version_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_subjects_parent_idx\` ON \`_laws_v_version_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v_version_provisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`heading\` text,
  	\`text_english\` text,
  	\`text_original\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_laws_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_version_provisions_order_idx\` ON \`_laws_v_version_provisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_provisions_parent_id_idx\` ON \`_laws_v_version_provisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v_version_eu_instruments\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_laws_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_version_eu_instruments_order_idx\` ON \`_laws_v_version_eu_instruments\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_eu_instruments_parent_idx\` ON \`_laws_v_version_eu_instruments\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_original_title\` text,
  	\`version_original_language\` text,
  	\`version_jurisdiction\` text,
  	\`version_kind\` text,
  	\`version_status\` text DEFAULT 'in-force',
  	\`version_gazette_reference\` text,
  	\`version_adopted_date\` text,
  	\`version_effective_date\` text,
  	\`version_summary\` text,
  	\`version_slug\` text,
  	\`version_original_file_id\` integer,
  	\`version_english_file_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_original_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_english_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_parent_idx\` ON \`_laws_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_jurisdiction_idx\` ON \`_laws_v\` (\`version_jurisdiction\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_kind_idx\` ON \`_laws_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_status_idx\` ON \`_laws_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_adopted_date_idx\` ON \`_laws_v\` (\`version_adopted_date\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_slug_idx\` ON \`_laws_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_original_file_idx\` ON \`_laws_v\` (\`version_original_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_english_file_idx\` ON \`_laws_v\` (\`version_english_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_updated_at_idx\` ON \`_laws_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_created_at_idx\` ON \`_laws_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_deleted_at_idx\` ON \`_laws_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version__status_idx\` ON \`_laws_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_created_at_idx\` ON \`_laws_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_updated_at_idx\` ON \`_laws_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_latest_idx\` ON \`_laws_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`laws_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_laws_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_rels_order_idx\` ON \`_laws_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_rels_parent_idx\` ON \`_laws_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_rels_path_idx\` ON \`_laws_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_rels_laws_id_idx\` ON \`_laws_v_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`section\` text,
  	\`nav_order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_section_idx\` ON \`pages\` (\`section\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_section\` text,
  	\`version_nav_order\` numeric DEFAULT 100,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_section_idx\` ON \`_pages_v\` (\`version_section\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`incidents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`jurisdiction\` text NOT NULL,
  	\`place\` text NOT NULL,
  	\`latitude\` numeric NOT NULL,
  	\`longitude\` numeric NOT NULL,
  	\`setting\` text NOT NULL,
  	\`place_type\` text DEFAULT 'other' NOT NULL,
  	\`context\` text NOT NULL,
  	\`subcontext\` text,
  	\`weapon_type\` text NOT NULL,
  	\`possession\` text DEFAULT 'unknown' NOT NULL,
  	\`victims_killed\` numeric DEFAULT 0,
  	\`victims_injured\` numeric DEFAULT 0,
  	\`victims_threatened\` numeric DEFAULT 0,
  	\`victims_suicide\` numeric DEFAULT 0,
  	\`victims_male\` numeric DEFAULT 0,
  	\`victims_female\` numeric DEFAULT 0,
  	\`victims_sex_not_reported\` numeric DEFAULT 0,
  	\`victims_age_under19\` numeric DEFAULT 0,
  	\`victims_age19to35\` numeric DEFAULT 0,
  	\`victims_age36to60\` numeric DEFAULT 0,
  	\`victims_age_over60\` numeric DEFAULT 0,
  	\`victims_age_not_reported\` numeric DEFAULT 0,
  	\`perpetrators_male\` numeric DEFAULT 0,
  	\`perpetrators_female\` numeric DEFAULT 0,
  	\`perpetrators_sex_not_reported\` numeric DEFAULT 0,
  	\`perpetrators_age_under19\` numeric DEFAULT 0,
  	\`perpetrators_age19to35\` numeric DEFAULT 0,
  	\`perpetrators_age36to60\` numeric DEFAULT 0,
  	\`perpetrators_age_over60\` numeric DEFAULT 0,
  	\`perpetrators_age_not_reported\` numeric DEFAULT 0,
  	\`seizure_firearms\` numeric DEFAULT 0,
  	\`seizure_ammunition\` numeric DEFAULT 0,
  	\`seizure_explosives\` numeric DEFAULT 0,
  	\`description\` text NOT NULL,
  	\`source_type\` text DEFAULT 'media' NOT NULL,
  	\`source_outlet\` text NOT NULL,
  	\`source_url\` text,
  	\`external_id\` text,
  	\`verified\` integer DEFAULT false,
  	\`large_seizure\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`incidents_date_idx\` ON \`incidents\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`incidents_jurisdiction_idx\` ON \`incidents\` (\`jurisdiction\`);`)
  await db.run(sql`CREATE INDEX \`incidents_latitude_idx\` ON \`incidents\` (\`latitude\`);`)
  await db.run(sql`CREATE INDEX \`incidents_longitude_idx\` ON \`incidents\` (\`longitude\`);`)
  await db.run(sql`CREATE INDEX \`incidents_context_idx\` ON \`incidents\` (\`context\`);`)
  await db.run(sql`CREATE INDEX \`incidents_weapon_type_idx\` ON \`incidents\` (\`weapon_type\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`incidents_external_id_idx\` ON \`incidents\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`incidents_verified_idx\` ON \`incidents\` (\`verified\`);`)
  await db.run(sql`CREATE INDEX \`incidents_updated_at_idx\` ON \`incidents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_created_at_idx\` ON \`incidents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_deleted_at_idx\` ON \`incidents\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`team_members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text NOT NULL,
  	\`bio\` text,
  	\`photo_id\` integer,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`team_members_photo_idx\` ON \`team_members\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`team_members_updated_at_idx\` ON \`team_members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`team_members_created_at_idx\` ON \`team_members\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`url\` text,
  	\`logo_id\` integer,
  	\`description\` text,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_kind_idx\` ON \`partners\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`vacancies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`reference\` text NOT NULL,
  	\`location\` text DEFAULT 'Belgrade, Serbia' NOT NULL,
  	\`contract_type\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`apply_url\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`vacancies_deadline_idx\` ON \`vacancies\` (\`deadline\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`vacancies_slug_idx\` ON \`vacancies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_updated_at_idx\` ON \`vacancies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_created_at_idx\` ON \`vacancies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`procurement_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`reference\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`contact_email\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_notices_deadline_idx\` ON \`procurement_notices\` (\`deadline\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`procurement_notices_slug_idx\` ON \`procurement_notices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`procurement_notices_updated_at_idx\` ON \`procurement_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_notices_created_at_idx\` ON \`procurement_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`procurement_notices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procurement_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_notices_rels_order_idx\` ON \`procurement_notices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procurement_notices_rels_parent_idx\` ON \`procurement_notices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_notices_rels_path_idx\` ON \`procurement_notices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`procurement_notices_rels_media_id_idx\` ON \`procurement_notices_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers_lists\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_lists_order_idx\` ON \`subscribers_lists\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_lists_parent_idx\` ON \`subscribers_lists\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers_jurisdictions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_jurisdictions_order_idx\` ON \`subscribers_jurisdictions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_jurisdictions_parent_idx\` ON \`subscribers_jurisdictions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`consent_text_version\` text,
  	\`consent_given_at\` text,
  	\`consent_source_page\` text,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`confirm_token_hash\` text,
  	\`confirm_token_expires_at\` text,
  	\`manage_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_confirm_token_hash_idx\` ON \`subscribers\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_manage_token_hash_idx\` ON \`subscribers\` (\`manage_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`publications_id\` integer,
  	\`laws_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`incidents_id\` integer,
  	\`team_members_id\` integer,
  	\`partners_id\` integer,
  	\`vacancies_id\` integer,
  	\`procurement_notices_id\` integer,
  	\`subscribers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`incidents_id\`) REFERENCES \`incidents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`team_members_id\`) REFERENCES \`team_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vacancies_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procurement_notices_id\`) REFERENCES \`procurement_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laws_id_idx\` ON \`payload_locked_documents_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_incidents_id_idx\` ON \`payload_locked_documents_rels\` (\`incidents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_team_members_id_idx\` ON \`payload_locked_documents_rels\` (\`team_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vacancies_id_idx\` ON \`payload_locked_documents_rels\` (\`vacancies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procurement_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`procurement_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_navigation_items_children\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_navigation_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_items_children_order_idx\` ON \`site_settings_navigation_items_children\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_items_children_parent_id_idx\` ON \`site_settings_navigation_items_children\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_navigation_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_items_order_idx\` ON \`site_settings_navigation_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_items_parent_id_idx\` ON \`site_settings_navigation_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_organisation\` text DEFAULT 'South East and East Europe Clearinghouse for the Control of Small Arms and Light Weapons' NOT NULL,
  	\`contact_address\` text DEFAULT 'Bulevar Zorana Đinđića 64
  11000 Belgrade
  Serbia' NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`footer_eu_disclaimer\` text DEFAULT 'This website was produced with the financial support of the European Union. Its contents are the sole responsibility of the clearinghouse and do not necessarily reflect the views of the European Union.' NOT NULL,
  	\`footer_kosovo_footnote\` text DEFAULT '*References to Kosovo shall be understood to be in the context of Security Council Resolution 1244 (1999).' NOT NULL,
  	\`footer_map_disclaimer\` text DEFAULT 'The boundaries and names shown and the designations used on this map do not imply any opinion on the legal status of any territory or on the delimitation of its frontiers.' NOT NULL,
  	\`newsletter_consent_text\` text DEFAULT 'I agree to receive the newsletter by e-mail. I can unsubscribe at any time from a link in every message.' NOT NULL,
  	\`newsletter_consent_version\` text DEFAULT '2026-11' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news_jurisdictions\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_jurisdictions\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`publications_files\`;`)
  await db.run(sql`DROP TABLE \`publications_jurisdictions\`;`)
  await db.run(sql`DROP TABLE \`publications_languages\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_files\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_jurisdictions\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`laws_subjects\`;`)
  await db.run(sql`DROP TABLE \`laws_provisions\`;`)
  await db.run(sql`DROP TABLE \`laws_eu_instruments\`;`)
  await db.run(sql`DROP TABLE \`laws\`;`)
  await db.run(sql`DROP TABLE \`laws_rels\`;`)
  await db.run(sql`DROP TABLE \`_laws_v_version_subjects\`;`)
  await db.run(sql`DROP TABLE \`_laws_v_version_provisions\`;`)
  await db.run(sql`DROP TABLE \`_laws_v_version_eu_instruments\`;`)
  await db.run(sql`DROP TABLE \`_laws_v\`;`)
  await db.run(sql`DROP TABLE \`_laws_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`incidents\`;`)
  await db.run(sql`DROP TABLE \`team_members\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`vacancies\`;`)
  await db.run(sql`DROP TABLE \`procurement_notices\`;`)
  await db.run(sql`DROP TABLE \`procurement_notices_rels\`;`)
  await db.run(sql`DROP TABLE \`subscribers_lists\`;`)
  await db.run(sql`DROP TABLE \`subscribers_jurisdictions\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_navigation_items_children\`;`)
  await db.run(sql`DROP TABLE \`site_settings_navigation_items\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
}
