import type * as contract from '@kbc/contract';

/*
 * The sign-up limits from @kbc/contract. Importing the values at runtime would also pull the package's zod
 * schemas into the browser bundle, so they are repeated here; the literal types taken from the contract make
 * the build fail if the two ever disagree.
 */
export const PASSWORD_MIN_LENGTH: typeof contract.PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH: typeof contract.PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH: typeof contract.NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH: typeof contract.EMAIL_MAX_LENGTH = 254;
