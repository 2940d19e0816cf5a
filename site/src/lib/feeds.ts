/** What every RSS feed of the site shares. */

/** Items per feed: enough for a reader that checks monthly. */
export const FEED_SIZE = 30

/** RSS 2.0 channel extras: the Atom self link that feed validators ask for, and the language. */
export function feedChannelExtras(selfUrl: string): { xmlns: Record<string, string>; customData: string } {
  const href = selfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return {
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${href}" rel="self" type="application/rss+xml"/>`,
  }
}
