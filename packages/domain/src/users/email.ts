/** E-mail addresses are case-insensitive identifiers here: trimmed and lower-cased once, on the way in. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
