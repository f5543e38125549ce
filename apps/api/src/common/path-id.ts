import type { DomainError } from '@kbc/domain';

/** A numeric id from the path (up to 9 digits, so it fits PostgreSQL's int); anything else is `invalid()`. */
export function pathId(value: string, invalid: () => DomainError): number {
  if (!/^\d{1,9}$/.test(value)) throw invalid();
  return Number(value);
}
