import type { BeforeListServerProps } from 'payload'
import type React from 'react'

import { isStaffUser } from '../../access/roles'
import { IncidentImportPanel } from './IncidentImportPanel'

/**
 * Above the Incidents list: spreadsheet import (with a dry run) and export, for editors and
 * administrators. The endpoints check the role again; this only decides what the page shows.
 */
export function IncidentSpreadsheet({ payload, user }: Pick<BeforeListServerProps, 'payload' | 'user'>): React.ReactElement | null {
  if (!isStaffUser(user)) return null
  const { api } = payload.config.routes
  return (
    // The list view's own gutters, so the panel lines up with the table below.
    <div className="gutter--left gutter--right">
      <IncidentImportPanel importUrl={`${api}/incidents/import`} exportUrl={`${api}/incidents/export`} />
    </div>
  )
}
