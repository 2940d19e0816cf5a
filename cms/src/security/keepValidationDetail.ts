import type { AfterErrorHook } from 'payload'

interface FieldError {
  path: string
  message: string
  label?: unknown
}

/**
 * Root `afterError` hook: a validation error keeps its list of fields and reasons in production.
 * Payload builds that list with an `instanceof ValidationError` check, which fails in the Next
 * production bundle (seen with Payload 3.90 and Next 16: the class is loaded twice, and its name is
 * minified, so the error is recognised here by its shape), so a 400 said only "The following field is
 * invalid: Current password": the admin could not mark the field or say why, and API callers could
 * not tell which rule they broke. Answers that already carry the list are left alone.
 */
export const keepValidationDetail: AfterErrorHook = ({ error, result }) => {
  const { message, data, status } = error as { message?: unknown; data?: { errors?: unknown }; status?: unknown }
  // By shape, not by name: class names are minified in the bundle.
  if (status !== 400 || !Array.isArray(data?.errors)) return
  const answered = (result as { errors?: { data?: unknown }[] } | undefined)?.errors?.[0]
  if (answered?.data) return
  const errors = (data.errors as FieldError[])
    .filter((e) => typeof e?.path === 'string' && typeof e?.message === 'string')
    .map(({ path, message: reason, label }) => ({ path, message: reason, ...(label === undefined ? {} : { label }) }))
  if (errors.length === 0) return
  return { status: 400, response: { errors: [{ name: 'ValidationError', message: String(message), data: { ...data, errors } }] } }
}
