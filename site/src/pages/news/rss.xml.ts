import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { NEWS_TOPICS, labelOf } from '@clearinghouse/shared/vocab'

import { getNews } from '../../lib/content'
import { FEED_SIZE, feedChannelExtras } from '../../lib/feeds'
import { absoluteUrl, ORGANISATION_NAME } from '../../lib/seo'

export const GET: APIRoute = async () => {
  const news = (await getNews()).slice(0, FEED_SIZE)
  return rss({
    title: `News | ${ORGANISATION_NAME}`,
    description: 'News on small arms control, security sector reform and armed violence monitoring in South East and East Europe.',
    site: absoluteUrl('/'),
    ...feedChannelExtras(absoluteUrl('/news/rss.xml')),
    items: news.map((n) => ({
      title: n.title,
      link: absoluteUrl(`/news/${n.slug ?? n.id}/`),
      pubDate: new Date(n.date),
      description: n.summary,
      categories: [labelOf(NEWS_TOPICS, n.topic)],
    })),
  })
}
