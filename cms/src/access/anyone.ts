import type { Access } from 'payload'

/** Public: anyone, logged in or not. */
export const anyone: Access = () => true
