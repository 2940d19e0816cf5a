'use client'
import { PasswordField, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The "Current password" box on one's own account page only (an administrator sets other people's
 * passwords without it), masked like Payload's own password boxes; the server asks for it when the
 * password or e-mail address changes (collections/Users/currentPassword.ts).
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  if (id === undefined || !user || String(id) !== String(user.id)) return null
  return <PasswordField autoComplete="current-password" field={{ ...field, required: false }} path={path ?? field.name} validate={() => true} />
}
