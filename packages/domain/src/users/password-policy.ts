import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kbc/contract';
import { dictionary } from '@zxcvbn-ts/language-common';

/** ~49,000 most common passwords (zxcvbn-ts's maintained list), lower-cased. */
let common: Set<string> | undefined;
const commonPasswords = (): Set<string> => (common ??= new Set(dictionary['passwords-common'].map((p: string) => p.toLowerCase())));

export const COMMON_PASSWORD_COUNT = (): number => commonPasswords().size;

/**
 * NIST SP 800-63B: length after NFKC normalisation, any characters, no composition rules; refuse
 * known-common passwords and ones built from the account's e-mail. Returns the reason, or null.
 */
export function passwordProblem(password: string, ctx: { email: string }): string | null {
  const normalized = password.normalize('NFKC');
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) return `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `A password has at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = normalized.toLowerCase();
  if (commonPasswords().has(lower)) return 'This password is one of the most common passwords. Choose one that is harder to guess.';
  const local = ctx.email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && lower.includes(local)) return 'A password must not contain your e-mail address.';
  return null;
}
