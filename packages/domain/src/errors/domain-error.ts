/**
 * What kind of failure a domain error is. The API edge maps kinds to HTTP statuses; the worker
 * and CLI map them to log lines and exit codes. Domain code never sees HTTP.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    /** Stable machine-readable code, e.g. `auth.invalid_credentials`. */
    readonly code: string,
    message: string,
    readonly details: { fields?: Record<string, string[]>; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
