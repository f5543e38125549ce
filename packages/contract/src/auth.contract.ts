import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

const email = z
  .string({ error: 'Enter your e-mail address.' })
  .trim()
  .min(1, 'Enter your e-mail address.')
  .max(EMAIL_MAX_LENGTH, `An e-mail address has at most ${EMAIL_MAX_LENGTH} characters.`)
  .pipe(z.email({ error: 'Enter a valid e-mail address, like name@example.com.' }));

/** POST /api/auth/login */
export const loginRequestSchema = z.object({
  email,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(1024, 'A password has at most 1024 characters.'),
  /** `staff` asks for a staff-console session: refused unless the user is a Keboola employee. */
  audience: z.enum(['portal', 'staff'], { error: 'audience is "portal" or "staff".' }).default('portal'),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

/** POST /api/auth/signup */
export const signupRequestSchema = z.object({
  email,
  name: z
    .string({ error: 'Enter your name.' })
    .trim()
    .min(1, 'Enter your name.')
    .max(NAME_MAX_LENGTH, `A name has at most ${NAME_MAX_LENGTH} characters.`),
  password: z
    .string({ error: 'Choose a password.' })
    .min(PASSWORD_MIN_LENGTH, `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`),
});
export type SignupRequest = z.input<typeof signupRequestSchema>;

/** POST /api/auth/verify-email */
export const verifyEmailRequestSchema = z.object({
  token: z.string({ error: 'The verification link is incomplete.' }).min(1, 'The verification link is incomplete.').max(200, 'This verification link is not valid.'),
});
export type VerifyEmailRequest = z.input<typeof verifyEmailRequestSchema>;

/** The signed-in user as the portal and console see it (GET /api/me, login, signup). */
export const currentUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
  isSuperAdmin: z.boolean(),
  mfaEnabled: z.boolean(),
  createdAt: z.string().describe('ISO 8601'),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const currentUserResponseSchema = z.object({ user: currentUserSchema });
export type CurrentUserResponse = z.infer<typeof currentUserResponseSchema>;

/**
 * POST /api/auth/login. With `mfaRequired`, the session exists but is good for nothing except
 * POST /api/auth/mfa (the code prompt) and sign-out; every other route answers 401
 * `auth.mfa_required` until the code is accepted.
 */
export const loginResponseSchema = z.object({ user: currentUserSchema, mfaRequired: z.boolean() });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** POST /api/auth/verify-email */
export const verifyEmailResponseSchema = z.object({ email: z.string() });
export type VerifyEmailResponse = z.infer<typeof verifyEmailResponseSchema>;

/** POST /api/auth/resend-verification: where the mail was sent (the user's own address). */
export const resendVerificationResponseSchema = z.object({ sentTo: z.string() });
export type ResendVerificationResponse = z.infer<typeof resendVerificationResponseSchema>;
