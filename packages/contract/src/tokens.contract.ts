import { z } from 'zod';

/** Expiry choices offered for a new token, in days; the API refuses more than its configured maximum. */
export const MANAGE_TOKEN_EXPIRY_PRESETS = [7, 30, 90, 180, 365] as const;

/** POST /api/account/tokens */
export const createManageTokenRequestSchema = z.object({
  description: z
    .string({ error: 'Describe what the token is for.' })
    .trim()
    .min(1, 'Describe what the token is for.')
    .max(200, 'A description has at most 200 characters.'),
  expiresInDays: z
    .number({ error: 'Choose when the token expires.' })
    .int('Choose when the token expires.')
    .min(1, 'A token lives at least one day.'),
});
export type CreateManageTokenRequest = z.input<typeof createManageTokenRequestSchema>;

export const manageTokenViewSchema = z.object({
  id: z.number().int(),
  description: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  lastUsedIp: z.string().nullable(),
  /** e.g. "curl" or "Chrome on Linux", from the last request's user agent. */
  lastUsedClient: z.string().nullable(),
  expired: z.boolean(),
});
export type ManageTokenView = z.infer<typeof manageTokenViewSchema>;

/** GET /api/account/tokens */
export const manageTokenListResponseSchema = z.object({
  tokens: z.array(manageTokenViewSchema),
  policy: z.object({ defaultDays: z.number().int(), maxDays: z.number().int() }),
});
export type ManageTokenListResponse = z.infer<typeof manageTokenListResponseSchema>;

/** POST /api/account/tokens: `secret` is the whole token string, shown this once. */
export const createManageTokenResponseSchema = z.object({ token: manageTokenViewSchema, secret: z.string() });
export type CreateManageTokenResponse = z.infer<typeof createManageTokenResponseSchema>;
