import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { PUBLICATION_TYPES, labelOf } from '@clearinghouse/shared/vocab'

import { getPublications } from '../../lib/content'
import { publicationPath } from '../../lib/publications'
import { FEED_SIZE, feedChannelExtras } from '../../lib/feeds'
import { absoluteUrl, ORGANISATION_NAME } from '../../lib/seo'

export const GET: APIRoute = async () => {
  const publications = (await getPublications()).slice(0, FEED_SIZE)
  return rss({
    title: `Publications | ${ORGANISATION_NAME}`,
    description: 'New reports, studies, policy briefs and standards on small arms control and gender and security in South East and East Europe.',
    site: absoluteUrl('/'),
    ...feedChannelExtras(absoluteUrl('/publications/rss.xml')),
    items: publications.map((p) => ({
      title: p.title,
      link: absoluteUrl(publicationPath(p)),
      pubDate: new Date(p.date),
      description: p.summary,
      categories: [labelOf(PUBLICATION_TYPES, p.type)],
    })),
  })
}
