import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import {
  LAW_FIELDS,
  NEWS_FIELDS,
  PAGE_FIELDS,
  PARTNER_FIELDS,
  PROCUREMENT_FIELDS,
  PUBLICATION_FIELDS,
  TEAM_FIELDS,
  VACANCY_FIELDS,
} from './lib/cms/fields'
import { mediaLoader, payloadLoader, siteSettingsLoader } from './lib/cms/loaders'

// Documents keep the shapes Payload generates (see lib/cms/fields.ts); only media needs a schema,
// for `image()` to turn downloaded files into optimisable assets.
export const collections = {
  news: defineCollection({ loader: payloadLoader('news', { select: NEWS_FIELDS, sort: '-date' }) }),
  publications: defineCollection({ loader: payloadLoader('publications', { select: PUBLICATION_FIELDS, sort: '-date' }) }),
  laws: defineCollection({ loader: payloadLoader('laws', { select: LAW_FIELDS, sort: 'adoptedDate' }) }),
  pages: defineCollection({ loader: payloadLoader('pages', { select: PAGE_FIELDS, sort: 'navOrder' }) }),
  team: defineCollection({ loader: payloadLoader('team-members', { select: TEAM_FIELDS, sort: 'order' }) }),
  partners: defineCollection({ loader: payloadLoader('partners', { select: PARTNER_FIELDS, sort: 'order' }) }),
  vacancies: defineCollection({ loader: payloadLoader('vacancies', { select: VACANCY_FIELDS, sort: '-deadline' }) }),
  procurement: defineCollection({ loader: payloadLoader('procurement-notices', { select: PROCUREMENT_FIELDS, sort: '-deadline' }) }),
  media: defineCollection({
    loader: mediaLoader(),
    schema: ({ image }) =>
      z
        .object({
          alt: z.string(),
          image: image().optional(),
          href: z.string().optional(),
        })
        .loose(),
  }),
  settings: defineCollection({ loader: siteSettingsLoader() }),
}
