/**
 * Content phases: pages, team, partners, publications, laws, news, vacancies and procurement
 * notices. Each phase skips documents whose slug (or name) already exists, so re-running the seed
 * adds nothing; images and PDFs are generated only for documents that are actually created.
 */
import type { CollectionSlug } from 'payload'

import { slugify } from '@clearinghouse/shared/slug'
import { labelOf, PROCUREMENT_KINDS } from '@clearinghouse/shared/vocab'

import { NEWS, type NewsSeed } from './content/news'
import { PROCUREMENT, VACANCIES } from './content/notices'
import { PARTNERS, TEAM } from './content/organisation'
import { PAGES } from './content/pages'
import { buildPublications, type PublicationSeed } from './content/publications'
import { buildLaws } from './content/laws'
import { SEED_CONTEXT, countFor, phaseRandom, type SeedContext } from './context'
import { daysAgo, daysFromNow } from './dates'
import { coverSvg, heroSvg, logoSvg, portraitSvg, rasterise } from './images'
import { richText } from './lexical'
import type { MediaLibrary } from './media'
import { createPdf, type PdfBlock } from './pdf'

type Id = number | string

/**
 * The generated types assume SQLite's numeric IDs; MongoDB's are strings. Relationship values are
 * passed through unchanged, so only the static type is adjusted here.
 */
const ref = (id: Id): number => id as number

const ORGANISATION = 'South East and East Europe Clearinghouse for the Control of Small Arms and Light Weapons'
const PROCUREMENT_EMAIL = 'procurement@clearinghouse.example.org'
const APPLY_URL = 'https://jobs.undp.org/'

/** Existing documents of a collection by a key field (slug or name), including drafts and trashed ones. */
async function existingBy(
  ctx: SeedContext,
  collection: CollectionSlug,
  field: 'slug' | 'name',
): Promise<Map<string, Id>> {
  const { docs } = await ctx.payload.find({
    collection,
    pagination: false,
    depth: 0,
    trash: true,
    select: { [field]: true },
    context: SEED_CONTEXT,
  })
  const map = new Map<string, Id>()
  for (const doc of docs as unknown as Record<string, unknown>[]) {
    const key = doc[field]
    if (typeof key === 'string') map.set(key, doc.id as Id)
  }
  return map
}

/** Runs one phase: creates the items whose key is missing, with a progress line and counts. */
async function runPhase<T>(
  ctx: SeedContext,
  collection: CollectionSlug,
  items: readonly T[],
  keyOf: (item: T) => string,
  existing: Map<string, Id>,
  create: (item: T) => Promise<Id>,
): Promise<Map<string, Id>> {
  const count = countFor(ctx, collection)
  const bar = ctx.progress.phase(collection, items.length)
  for (const item of items) {
    const key = keyOf(item)
    if (existing.has(key)) count.existing++
    else {
      existing.set(key, await create(item))
      count.created++
    }
    bar.tick()
  }
  bar.done(`${count.created} created, ${count.existing} existing`)
  return existing
}

export async function seedPages(ctx: SeedContext): Promise<void> {
  const existing = await existingBy(ctx, 'pages', 'slug')
  await runPhase(
    ctx,
    'pages',
    PAGES,
    (p) => p.slug,
    existing,
    async (page) => {
      const doc = await ctx.payload.create({
        collection: 'pages',
        data: {
          title: page.title,
          slug: page.slug,
          section: page.section,
          summary: page.summary,
          body: richText(page.body),
          navOrder: page.navOrder,
          _status: 'published',
        },
        depth: 0,
        context: SEED_CONTEXT,
      })
      return doc.id
    },
  )
}

export async function seedTeam(ctx: SeedContext, media: MediaLibrary): Promise<void> {
  const existing = await existingBy(ctx, 'team-members', 'name')
  await runPhase(
    ctx,
    'team-members',
    TEAM,
    (m) => m.name,
    existing,
    async (member) => {
      const slug = slugify(member.name)
      const photo = await media.ensure({
        filename: `${slug}--portrait.jpg`,
        alt: `Placeholder portrait for ${member.name}`,
        mimetype: 'image/jpeg',
        build: () => rasterise(portraitSvg(phaseRandom(ctx.seed, `portrait:${slug}`)), 'jpeg'),
      })
      const doc = await ctx.payload.create({
        collection: 'team-members',
        data: {
          name: member.name,
          position: member.position,
          bio: member.bio,
          photo: ref(photo),
          order: (TEAM.indexOf(member) + 1) * 10,
        },
        depth: 0,
        context: SEED_CONTEXT,
      })
      return doc.id
    },
  )
}

export async function seedPartners(ctx: SeedContext, media: MediaLibrary): Promise<void> {
  const existing = await existingBy(ctx, 'partners', 'name')
  await runPhase(
    ctx,
    'partners',
    PARTNERS,
    (p) => p.name,
    existing,
    async (partner) => {
      const slug = slugify(partner.name)
      const logo = await media.ensure({
        filename: `${slug}--emblem.png`,
        alt: `Emblem standing in for the logo of ${partner.name}`,
        mimetype: 'image/png',
        build: () => rasterise(logoSvg(phaseRandom(ctx.seed, `logo:${slug}`)), 'png'),
      })
      const doc = await ctx.payload.create({
        collection: 'partners',
        data: {
          name: partner.name,
          kind: partner.kind,
          url: partner.url,
          description: partner.description,
          logo: ref(logo),
          order: (PARTNERS.indexOf(partner) + 1) * 10,
        },
        depth: 0,
        context: SEED_CONTEXT,
      })
      return doc.id
    },
  )
}

/** Creates the publications; returns publication keys → ids (for news) and the seeds themselves. */
export async function seedPublications(
  ctx: SeedContext,
  media: MediaLibrary,
): Promise<{ ids: Map<string, Id>; seeds: PublicationSeed[] }> {
  const seeds = buildPublications(ctx.now, phaseRandom(ctx.seed, 'publications'))
  const existing = await existingBy(ctx, 'publications', 'slug')
  const bySlug = await runPhase(
    ctx,
    'publications',
    seeds,
    (p) => slugify(p.title),
    existing,
    async (pub) => {
      const slug = slugify(pub.title)
      const cover = await media.ensure({
        filename: `${slug}--cover.jpg`,
        alt: `Cover of ${pub.title}`,
        mimetype: 'image/jpeg',
        build: () => rasterise(coverSvg(phaseRandom(ctx.seed, `cover:${slug}`), pub.motif), 'jpeg'),
      })
      const files = []
      for (const file of pub.files) {
        const id = await media.ensure({
          filename: `${slug}--${file.language}.pdf`,
          alt: file.pdf.title,
          mimetype: 'application/pdf',
          build: () => createPdf(file.pdf),
        })
        files.push({ file: ref(id), language: file.language, label: file.label })
      }
      const doc = await ctx.payload.create({
        collection: 'publications',
        data: {
          title: pub.title,
          slug,
          date: pub.date.toISOString(),
          type: pub.type,
          theme: pub.theme,
          jurisdictions: pub.jurisdictions,
          languages: pub.files.map((f) => f.language),
          files,
          cover: ref(cover),
          summary: pub.summary,
          body: richText(pub.body),
          _status: 'published',
        },
        depth: 0,
        context: SEED_CONTEXT,
      })
      return doc.id
    },
  )
  const ids = new Map<string, Id>()
  for (const pub of seeds) {
    const id = bySlug.get(slugify(pub.title))
    if (id !== undefined) ids.set(pub.key, id)
  }
  return { ids, seeds }
}

export async function seedLaws(ctx: SeedContext, media: MediaLibrary): Promise<void> {
  const seeds = buildLaws(slugify)
  const existing = await existingBy(ctx, 'laws', 'slug')
  const slugByKey = new Map(seeds.map((s) => [s.key, s.slug]))
  const idOf = (key: string): Id => {
    const id = existing.get(slugByKey.get(key) ?? '')
    if (id === undefined) throw new Error(`Law ${key} must be created before the acts that refer to it`)
    return id
  }
  await runPhase(
    ctx,
    'laws',
    seeds,
    (l) => l.slug,
    existing,
    async (law) => {
      const originalFile = law.originalPdf
        ? await media.ensure({
            filename: `${law.slug}--original.pdf`,
            alt: law.originalTitle,
            mimetype: 'application/pdf',
            build: () => createPdf(law.originalPdf!),
          })
        : undefined
      const englishFile = law.englishPdf
        ? await media.ensure({
            filename: `${law.slug}--english.pdf`,
            alt: `${law.title} (English translation)`,
            mimetype: 'application/pdf',
            build: () => createPdf(law.englishPdf!),
          })
        : undefined
      const doc = await ctx.payload.create({
        collection: 'laws',
        data: {
          title: law.title,
          originalTitle: law.originalTitle,
          originalLanguage: law.originalLanguage,
          slug: law.slug,
          jurisdiction: law.jurisdiction,
          kind: law.kind,
          subjects: law.subjects,
          gazetteReference: law.gazetteReference,
          adoptedDate: law.adoptedDate,
          effectiveDate: law.effectiveDate,
          status: law.status,
          amends: law.amends.map((k) => ref(idOf(k))),
          replaces: law.replaces.map((k) => ref(idOf(k))),
          euInstruments: law.euInstruments,
          summary: law.summary,
          provisions: law.provisions,
          ...(originalFile !== undefined ? { originalFile: ref(originalFile) } : {}),
          ...(englishFile !== undefined ? { englishFile: ref(englishFile) } : {}),
          _status: 'published',
        },
        depth: 0,
        context: SEED_CONTEXT,
      })
      return doc.id
    },
  )
}

/** Resolves a news item's `related` entries (keys or `latest:<type>[:n]`) to publication ids. */
function relatedIds(item: NewsSeed, pubs: PublicationSeed[], ids: Map<string, Id>): Id[] {
  const out: Id[] = []
  for (const ref of item.related ?? []) {
    let key = ref
    const latest = /^latest:([a-z-]+)(?::(\d+))?$/.exec(ref)
    if (latest) {
      const ofType = pubs.filter((p) => p.type === latest[1]).sort((a, b) => b.date.getTime() - a.date.getTime())
      key = ofType[Number(latest[2] ?? 1) - 1]?.key ?? ''
    }
    const id = ids.get(key)
    if (id === undefined) throw new Error(`News item “${item.title}” refers to unknown publication ${ref}`)
    if (!out.includes(id)) out.push(id)
  }
  return out
}

export async function seedNews(
  ctx: SeedContext,
  media: MediaLibrary,
  publications: { ids: Map<string, Id>; seeds: PublicationSeed[] },
): Promise<void> {
  const existing = await existingBy(ctx, 'news', 'slug')
  await runPhase(
    ctx,
    'news',
    NEWS,
    (n) => slugify(n.title),
    existing,
    async (item) => {
      if (item.summary.length > 300) throw new Error(`News summary too long (${item.summary.length}): ${item.title}`)
      const slug = slugify(item.title)
      const heroImage = await media.ensure({
        filename: `${slug}--hero.jpg`,
        alt: `Abstract illustration for the news item “${item.title}”`,
        credit: 'Clearinghouse',
        mimetype: 'image/jpeg',
        build: () => rasterise(heroSvg(phaseRandom(ctx.seed, `hero:${slug}`), item.topic), 'jpeg'),
      })
      const doc = await ctx.payload.create({
        collection: 'news',
        data: {
          title: item.title,
          slug,
          date: daysAgo(ctx.now, item.daysAgo).toISOString(),
          topic: item.topic,
          summary: item.summary,
          body: richText(item.body),
          heroImage: ref(heroImage),
          jurisdictions: item.jurisdictions,
          relatedPublications: relatedIds(item, publications.seeds, publications.ids).map(ref),
          _status: item.draft ? 'draft' : 'published',
        },
        draft: item.draft ?? false,
        depth: 0,
        context: SEED_CONTEXT,
      })
      return doc.id
    },
  )
}

export async function seedVacancies(ctx: SeedContext): Promise<void> {
  const existing = await existingBy(ctx, 'vacancies', 'slug')
  await runPhase(
    ctx,
    'vacancies',
    VACANCIES,
    (v) => slugify(v.title),
    existing,
    async (vacancy) => {
      const doc = await ctx.payload.create({
        collection: 'vacancies',
        data: {
          title: vacancy.title,
          slug: slugify(vacancy.title),
          reference: vacancy.reference,
          location: vacancy.location,
          contractType: vacancy.contractType,
          deadline: daysFromNow(ctx.now, vacancy.deadlineInDays).toISOString(),
          description: richText(vacancy.description),
          applyUrl: APPLY_URL,
        },
        depth: 0,
        context: SEED_CONTEXT,
      })
      return doc.id
    },
  )
}

export async function seedProcurement(ctx: SeedContext, media: MediaLibrary): Promise<void> {
  const existing = await existingBy(ctx, 'procurement-notices', 'slug')
  await runPhase(
    ctx,
    'procurement-notices',
    PROCUREMENT,
    (n) => slugify(n.title),
    existing,
    async (notice) => {
      const slug = slugify(notice.title)
      const deadline = daysFromNow(ctx.now, notice.deadlineInDays)
      const documents: Id[] = []
      for (const title of notice.documents) {
        documents.push(
          await media.ensure({
            filename: `${slug}--${slugify(title)}-document.pdf`,
            alt: `${title}: ${notice.title} (${notice.reference})`,
            mimetype: 'application/pdf',
            build: () =>
              createPdf({
                title: `${title}: ${notice.title}`,
                subtitle: `${labelOf(PROCUREMENT_KINDS, notice.kind)} · Reference ${notice.reference}`,
                author: ORGANISATION,
                lang: 'en-GB',
                date: daysAgo(deadline, 30),
                footer: ORGANISATION,
                blocks: [
                  { h: 'Purpose' },
                  ...notice.description.flatMap((b): PdfBlock[] =>
                    'p' in b ? [{ p: b.p }] : 'ul' in b ? [{ ul: b.ul }] : [],
                  ),
                  { h: 'Deadline' },
                  {
                    p: `Offers must reach us by ${deadline.toISOString().slice(0, 10)}, 12:00 Central European Time, at ${PROCUREMENT_EMAIL}, quoting reference ${notice.reference}.`,
                  },
                  { h: 'Evaluation' },
                  {
                    p: 'Offers that meet the technical requirements will be compared on price. The contract will be awarded to the lowest technically compliant offer, in line with UNDP procurement rules.',
                  },
                ],
              }),
          }),
        )
      }
      const doc = await ctx.payload.create({
        collection: 'procurement-notices',
        data: {
          title: notice.title,
          slug,
          reference: notice.reference,
          kind: notice.kind,
          deadline: deadline.toISOString(),
          description: richText(notice.description),
          documents: documents.map(ref),
          contactEmail: PROCUREMENT_EMAIL,
        },
        depth: 0,
        context: SEED_CONTEXT,
      })
      return doc.id
    },
  )
}
