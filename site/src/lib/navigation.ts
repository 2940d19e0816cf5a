/** The menu from the site settings, and the section a path belongs to (for "In this section"). */
import type { SiteSettings } from './cms/fields'

export interface MenuLink {
  label: string
  url: string
}

export interface MenuSection extends MenuLink {
  children: MenuLink[]
}

export function menuSections(settings: SiteSettings): MenuSection[] {
  return (settings.navigation?.items ?? []).map((item) => ({
    label: item.label,
    url: item.url,
    children: (item.children ?? []).map((c) => ({ label: c.label, url: c.url })),
  }))
}

/** The menu section that links to `pathname` (itself or a child), if any. */
export function sectionOf(settings: SiteSettings, pathname: string): MenuSection | undefined {
  return menuSections(settings).find((s) => s.url === pathname || s.children.some((c) => c.url === pathname))
}
