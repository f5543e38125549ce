import { z } from 'zod';

/** Every error from the portal/staff JSON API (`/api/*`) has this body. */
export const apiErrorBodySchema = z.object({
  /** Machine-readable code, stable across releases (e.g. `auth.invalid_credentials`). */
  code: z.string(),
  /** A sentence a person understands. */
  message: z.string(),
  /** HTTP status repeated for clients that only see the body. */
  statusCode: z.number().int(),
  /** Per-field messages for validation errors: `{ password: ['Must be at least 8 characters.'] }`. */
  fields: z.record(z.string(), z.array(z.string())).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Names the CSRF double-submit pair: Angular's HttpClient reads the cookie and sends the header. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const SESSION_COOKIE = 'kbc_session';

/** The 401 code of a session that exists but still waits for its MFA code. */
export const MFA_REQUIRED_CODE = 'auth.mfa_required';
