import type { GlobalConfig } from 'payload'

import { KOSOVO_FOOTNOTE, MAP_DISCLAIMER } from '@clearinghouse/shared/vocab'

import { anyone, isAdmin } from '../../access'

const link = [
  { name: 'label', type: 'text' as const, required: true, maxLength: 80 },
  { name: 'url', type: 'text' as const, required: true, maxLength: 300, admin: { description: 'A site path such as /publications/ or a full https:// address.' } },
]

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Administration', description: 'Contact details, menu and footer notices used on every page.' },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          name: 'contact',
          label: 'Contact',
          fields: [
            { name: 'organisation', type: 'text', required: true, defaultValue: 'South East and East Europe Clearinghouse for the Control of Small Arms and Light Weapons' },
            { name: 'address', type: 'textarea', required: true, defaultValue: 'Bulevar Zorana Đinđića 64\n11000 Belgrade\nSerbia' },
            { name: 'phone', type: 'text', maxLength: 40 },
            { name: 'email', type: 'email' },
          ],
        },
        {
          name: 'navigation',
          label: 'Menu',
          fields: [
            {
              name: 'items',
              type: 'array',
              labels: { singular: 'Menu item', plural: 'Menu items' },
              fields: [...link, { name: 'children', type: 'array', labels: { singular: 'Sub-item', plural: 'Sub-items' }, fields: link }],
            },
          ],
        },
        {
          name: 'footer',
          label: 'Footer notices',
          fields: [
            { name: 'euDisclaimer', label: 'EU funding disclaimer', type: 'textarea', required: true, defaultValue: 'This website was produced with the financial support of the European Union. Its contents are the sole responsibility of the clearinghouse and do not necessarily reflect the views of the European Union.' },
            { name: 'kosovoFootnote', type: 'textarea', required: true, defaultValue: KOSOVO_FOOTNOTE },
            { name: 'mapDisclaimer', type: 'textarea', required: true, defaultValue: MAP_DISCLAIMER },
          ],
        },
        {
          name: 'newsletter',
          label: 'Newsletter',
          fields: [
            { name: 'consentText', type: 'textarea', required: true, defaultValue: 'I agree to receive the newsletter by e-mail. I can unsubscribe at any time from a link in every message.' },
            { name: 'consentVersion', type: 'text', required: true, defaultValue: '2026-11', admin: { description: 'Change this whenever the consent text changes: each subscriber’s record keeps the version they agreed to.' } },
          ],
        },
      ],
    },
  ],
}
