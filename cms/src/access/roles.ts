import type { UserRole } from '@clearinghouse/shared/vocab'

/** The fields of a logged-in user that access rules look at. */
interface RoleHolder {
  role?: UserRole | null
  collection?: string
}

const roleOf = (user: RoleHolder | null | undefined): UserRole | undefined =>
  user && (user.collection === undefined || user.collection === 'users') ? (user.role ?? undefined) : undefined

export const hasRole = (user: RoleHolder | null | undefined, ...roles: UserRole[]): boolean => {
  const role = roleOf(user)
  return role !== undefined && roles.includes(role)
}

export const isAdminUser = (user: RoleHolder | null | undefined): boolean => hasRole(user, 'admin')

/** Admins and editors: the people who keep the content. */
export const isStaffUser = (user: RoleHolder | null | undefined): boolean => hasRole(user, 'admin', 'editor')
