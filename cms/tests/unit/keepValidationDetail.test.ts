import type { AfterErrorHook } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepValidationDetail } from '../../src/security/keepValidationDetail'

type Args = Parameters<AfterErrorHook>[0]
const run = (error: object, result: object) => keepValidationDetail({ error, result } as unknown as Args)

/** A ValidationError as the Next production bundle throws it: minified class name, list in `data`. */
const minified = {
  name: 'm',
  status: 400,
  message: 'The following field is invalid: Current password',
  data: { id: 3, collection: 'users', errors: [{ path: 'currentPassword', message: 'The current password is not correct.', label: 'Current password' }] },
}

describe('keepValidationDetail', () => {
  it('puts the fields and reasons back into a 400 that lost them', () => {
    expect(run(minified, { errors: [{ message: minified.message }] })).toEqual({
      status: 400,
      response: {
        errors: [
          {
            name: 'ValidationError',
            message: minified.message,
            data: { id: 3, collection: 'users', errors: [{ path: 'currentPassword', message: 'The current password is not correct.', label: 'Current password' }] },
          },
        ],
      },
    })
  })

  it('leaves answers that already carry the list, other statuses and other errors alone', () => {
    expect(run(minified, { errors: [{ message: minified.message, data: minified.data }] })).toBeUndefined()
    expect(run({ ...minified, status: 500 }, { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
    expect(run({ name: 'APIError', status: 400, message: 'Bad', data: { code: 'x' } }, { errors: [{ message: 'Bad' }] })).toBeUndefined()
    expect(run({ ...minified, data: { errors: [{ nonsense: true }] } }, { errors: [{ message: minified.message }] })).toBeUndefined()
  })
})
