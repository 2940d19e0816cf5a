import { getImage } from 'astro:assets'

import type { MediaEntry } from './content'
import { absoluteUrl } from './seo'

/** An absolute URL of a 1200-px JPEG rendition, for Open Graph and Twitter cards (they ignore AVIF). */
export async function ogImageUrl(media: MediaEntry | null): Promise<string | undefined> {
  if (!media?.image) return undefined
  const image = await getImage({ src: media.image, width: Math.min(1200, media.image.width), format: 'jpg' })
  return absoluteUrl(image.src)
}
