import type { APIRoute, GetStaticPaths } from 'astro'

import { getAvmpDataFiles, type DataFile } from '../../../lib/avmp/dataFiles'

export const getStaticPaths = (async () => {
  const files = await getAvmpDataFiles()
  return [files.core, ...files.details].map((file) => ({ params: { file: file.name }, props: { file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ file: DataFile }> = ({ props }) => {
  const { body } = props.file
  // Response wants a plain ArrayBuffer-backed view; copy the bytes into one.
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'content-type': props.file.contentType } })
}
