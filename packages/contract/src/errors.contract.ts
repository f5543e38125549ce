/** Every error from the portal/staff JSON API (`/api/*`) has this body. */
export interface ApiErrorBody {
  /** Machine-readable code, stable across releases (e.g. `auth.invalid_credentials`). */
  code: string;
  /** A sentence a person understands. */
  message: string;
  /** HTTP status repeated for clients that only see the body. */
  statusCode: number;
  /** Per-field messages for validation errors: `{ password: ['Must be at least 8 characters.'] }`. */
  fields?: Record<string, string[]>;
}

/** Names the CSRF double-submit pair: Angular's HttpClient reads the cookie and sends the header. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const SESSION_COOKIE = 'kbc_session';
