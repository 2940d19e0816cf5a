import { formatNames, type CollectionSlug } from 'payload'

import type { Role } from './accessMatrix'

/** How a role talks to the API over HTTP: headers carrying a real session, or none. */
export type Session = Record<string, string>

export const PASSWORD = 'a-long-test-password-1'

/**
 * Logs in through `POST /api/users/login` and returns the headers of a real session: the JWT as an
 * `Authorization: JWT …` header, or as the `payload-token` cookie a browser would send (with the
 * Origin header Payload's CSRF check wants for cookie sessions).
 */
export async function login(base: string, email: string, as: 'header' | 'cookie'): Promise<Session> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}: ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  if (as === 'header') return { authorization: `JWT ${token}` }
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  if (!cookie) throw new Error('login set no payload-token cookie')
  return { cookie: cookie.split(';')[0] ?? '', origin: base }
}

export interface HttpAnswer {
  status: number
  body: unknown
  text: string
}

/** One REST request; the body is sent as JSON, or as it is when a string or FormData. */
export async function rest(base: string, session: Session, method: string, path: string, body?: unknown): Promise<HttpAnswer> {
  const isRaw = typeof body === 'string' || body instanceof FormData
  const res = await fetch(`${base}/api${path}`, {
    method,
    headers: { ...session, ...(body !== undefined && !isRaw ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : isRaw ? body : JSON.stringify(body),
  })
  const text = await res.text()
  let parsed: unknown = undefined
  try {
    parsed = JSON.parse(text)
  } catch {
    // Not JSON: the caller decides whether that is wrong.
  }
  return { status: res.status, body: parsed, text }
}

export interface GraphqlError {
  message: string
  extensions?: { statusCode?: number; name?: string }
}
export interface GraphqlAnswer {
  status: number
  data: Record<string, unknown> | null | undefined
  errors: GraphqlError[] | undefined
  text: string
}

export async function graphql(base: string, session: Session, query: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer> {
  const res = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { ...session, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const text = await res.text()
  const parsed = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: GraphqlError[] }
  return { status: res.status, data: parsed.data, errors: parsed.errors, text }
}

/** Payload's GraphQL names for a collection (its own rule: a name whose plural is itself gets `all`). */
export function graphqlNames(slug: CollectionSlug): { singular: string; plural: string } {
  const { singular, plural } = formatNames(slug)
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

/** A literal for an id in a GraphQL query: numbers on SQLite, strings on MongoDB. */
export const gqlId = (id: number | string): string => JSON.stringify(id)

interface TypeRef {
  kind: string
  name: string | null
  ofType: TypeRef | null
}
interface SchemaType {
  name: string
  kind: string
  inputFields: { name: string; type: TypeRef }[] | null
  enumValues: { name: string }[] | null
}

/**
 * Turns document data as the Local API takes it into GraphQL input: select values become the
 * schema's enum names (`salw-control` → `salw_control`), matched on their letters and digits.
 */
export class GraphqlInput {
  private constructor(private readonly types: Map<string, SchemaType>) {}

  static async load(base: string, session: Session): Promise<GraphqlInput> {
    const ref = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }'
    const answer = await graphql(
      base,
      session,
      `{ __schema { types { name kind inputFields { name type { ${ref} } } enumValues { name } } } }`,
    )
    const types = (answer.data?.__schema as { types: SchemaType[] } | undefined)?.types
    if (!types) throw new Error(`introspection failed: ${answer.text.slice(0, 300)}`)
    return new GraphqlInput(new Map(types.map((t) => [t.name, t])))
  }

  convert(value: unknown, typeName: string): unknown {
    const type = this.types.get(typeName)
    if (!type || value === null || value === undefined) return value
    if (Array.isArray(value)) return value.map((v) => this.convert(v, typeName))
    if (type.kind === 'ENUM') {
      const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')
      const match = type.enumValues?.find((e) => key(e.name) === key(String(value)))
      if (!match) throw new Error(`no ${typeName} value for ${String(value)}`)
      return match.name
    }
    if (type.kind !== 'INPUT_OBJECT' || typeof value !== 'object') return value
    const out: Record<string, unknown> = {}
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const field = type.inputFields?.find((f) => f.name === name)
      if (!field) throw new Error(`${typeName} has no input field ${name}`)
      out[name] = this.convert(v, baseName(field.type))
    }
    return out
  }
}

const baseName = (t: TypeRef): string => (t.ofType ? baseName(t.ofType) : (t.name ?? ''))

export const ROLE_EMAILS: Record<Exclude<Role, 'anonymous'>, string> = { admin: 'admin@example.org', editor: 'editor@example.org' }
