import { KOSOVO_FOOTNOTE, MAP_DISCLAIMER } from '@clearinghouse/shared/vocab'

import { SEED_CONTEXT, countFor, type SeedContext } from './context'

interface MenuLink {
  label: string
  url: string
}

/** The public site's menu, mirroring the real site's information architecture. */
export const NAVIGATION: (MenuLink & { children?: MenuLink[] })[] = [
  {
    label: 'Who we are',
    url: '/who-we-are/',
    children: [
      { label: 'About', url: '/about/' },
      { label: 'Team', url: '/team/' },
      { label: 'Partners and donors', url: '/partners-and-donors/' },
    ],
  },
  {
    label: 'What we do',
    url: '/what-we-do/',
    children: [
      { label: 'SALW control', url: '/salw-control/' },
      { label: 'SALW Control Roadmap', url: '/salw-control-roadmap/' },
      { label: 'Gender in security sector reform', url: '/gender-and-security/' },
      { label: 'Regional security sector reform platform', url: '/regional-ssr-platform/' },
    ],
  },
  {
    label: 'Resources and publications',
    url: '/resources/',
    children: [
      { label: 'Armed Violence Monitoring Platform', url: '/avmp/' },
      { label: 'SALW control publications', url: '/publications/theme/salw-control/' },
      { label: 'Gender and security publications', url: '/publications/theme/gender-and-security/' },
      { label: 'All publications', url: '/publications/' },
      { label: 'Regional arms law compendium', url: '/laws/' },
      { label: 'Standards', url: '/publications/type/standard/' },
      { label: 'Tools and resources', url: '/resources/' },
    ],
  },
  {
    label: 'News and information',
    url: '/news/',
    children: [
      { label: 'News', url: '/news/' },
      { label: 'Newsletter', url: '/newsletter/' },
    ],
  },
  { label: 'Vacancies', url: '/vacancies/' },
  { label: 'Procurement', url: '/procurement/' },
  { label: 'Contact', url: '/contact/' },
]

export const CONTACT = {
  organisation: 'South East and East Europe Clearinghouse for the Control of Small Arms and Light Weapons',
  address: 'Bulevar Zorana Đinđića 64, 11000 Belgrade, Serbia',
  phone: '+381 11 415 5300',
  email: 'info@clearinghouse.example.org',
}

export const NEWSLETTER = {
  consentText:
    'Yes, send me the Clearinghouse newsletter by e-mail. My address is used only for this newsletter and is never shared; I can unsubscribe at any time with the link in every issue. See the privacy policy for details.',
  consentVersion: '2026-11-v1',
}

export const EU_DISCLAIMER =
  'This website is funded by the European Union. Its contents are the sole responsibility of the Clearinghouse and do not necessarily reflect the views of the European Union.'

/**
 * Fills the site-settings global once. A global that an administrator has already configured
 * (it has a menu) is left alone, so re-running the seed never overwrites their edits.
 */
export async function seedSiteSettings(ctx: SeedContext): Promise<void> {
  const count = countFor(ctx, 'site-settings')
  const current = await ctx.payload.findGlobal({ slug: 'site-settings', depth: 0, context: SEED_CONTEXT })
  if ((current.navigation?.items?.length ?? 0) > 0) {
    count.existing++
    return
  }
  await ctx.payload.updateGlobal({
    slug: 'site-settings',
    data: {
      contact: CONTACT,
      navigation: {
        items: NAVIGATION.map((item) => ({ label: item.label, url: item.url, children: item.children ?? [] })),
      },
      footer: { euDisclaimer: EU_DISCLAIMER, kosovoFootnote: KOSOVO_FOOTNOTE, mapDisclaimer: MAP_DISCLAIMER },
      newsletter: NEWSLETTER,
    },
    depth: 0,
    context: SEED_CONTEXT,
  })
  count.created++
}
