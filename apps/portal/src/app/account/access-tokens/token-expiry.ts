import type { MANAGE_TOKEN_EXPIRY_PRESETS as ContractExpiryPresets, ManageTokenListResponse } from '@kbc/contract';

/*
 * The contract's expiry presets, in days. Importing the value at runtime would pull the contract's zod schemas into
 * this page's chunk; the literal type taken from the contract makes the build fail if the two ever disagree.
 */
const EXPIRY_PRESETS: typeof ContractExpiryPresets = [7, 30, 90, 180, 365];

/** The API's limit on a token's description (`createManageTokenRequestSchema`). */
export const DESCRIPTION_MAX_LENGTH = 200;

/**
 * The expiry choices for a new token, in days: the presets the API's policy allows, and its default even when
 * that is not a preset. No "never": every token expires.
 */
export function expiryChoices(policy: ManageTokenListResponse['policy']): number[] {
  const allowed: number[] = EXPIRY_PRESETS.filter((days) => days <= policy.maxDays);
  if (!allowed.includes(policy.defaultDays)) {
    allowed.push(policy.defaultDays);
  }
  return allowed.sort((a, b) => a - b);
}
