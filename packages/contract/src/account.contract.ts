import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, currentUserSchema } from './auth.contract.js';

/**
 * An MFA code field: the 6-digit code from the authenticator app, or one of the recovery codes
 * (`xxxx-xxxx-xxxx-xxxx`). Spaces are ignored; the API tells the two apart by their shape.
 */
export const mfaCodeSchema = z
  .string({ error: 'Enter the code from your authenticator app.' })
  .transform((v) => v.replace(/\s+/g, '').toLowerCase())
  .pipe(z.string().min(1, 'Enter the code from your authenticator app.').max(40, 'That code is too long.'));

const currentPassword = z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(1024, 'A password has at most 1024 characters.');

/** POST /api/auth/mfa — the second step of signing in. */
export const mfaVerifyRequestSchema = z.object({ code: mfaCodeSchema });
export type MfaVerifyRequest = z.input<typeof mfaVerifyRequestSchema>;

/** POST /api/account/password */
export const changePasswordRequestSchema = z
  .object({
    currentPassword,
    newPassword: z
      .string({ error: 'Choose a new password.' })
      .min(1, 'Choose a new password.')
      .max(PASSWORD_MAX_LENGTH * 4, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`),
    confirmPassword: z.string({ error: 'Repeat the new password.' }).min(1, 'Repeat the new password.'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });
export type ChangePasswordRequest = z.input<typeof changePasswordRequestSchema>;

/** POST /api/account/mfa/activate and /api/account/mfa/reconfigure/confirm: a code from the new device. */
export const mfaCodeRequestSchema = z.object({ code: mfaCodeSchema });
export type MfaCodeRequest = z.input<typeof mfaCodeRequestSchema>;

/** POST /api/account/mfa/recovery-codes and /api/account/mfa/disable */
export const mfaPasswordAndCodeRequestSchema = z.object({ password: currentPassword, code: mfaCodeSchema });
export type MfaPasswordAndCodeRequest = z.input<typeof mfaPasswordAndCodeRequestSchema>;

/** POST /api/auth/mfa */
export type MfaVerifyResponse = z.infer<typeof mfaVerifyResponseSchema>;
export const mfaVerifyResponseSchema = z.object({
  user: currentUserSchema,
  /** Present when a recovery code was used: how many unused ones remain. */
  recoveryCodesLeft: z.number().int().optional(),
});

/** GET /api/account/mfa */
export const mfaStatusSchema = z.object({
  enabled: z.boolean(),
  /** Unused recovery codes (0 when MFA is off). */
  recoveryCodesLeft: z.number().int(),
});
export type MfaStatus = z.infer<typeof mfaStatusSchema>;

/** POST /api/account/mfa/setup and /api/account/mfa/reconfigure: what the authenticator app needs. */
export const mfaEnrollmentSchema = z.object({
  /** Base32 secret, for typing into the app by hand. */
  secret: z.string(),
  /** `otpauth://totp/Keboola:<email>?secret=…&issuer=Keboola&algorithm=SHA1&digits=6&period=30` */
  otpauthUri: z.string(),
  /** The same URI as a QR code: an SVG document. */
  qrCodeSvg: z.string(),
});
export type MfaEnrollment = z.infer<typeof mfaEnrollmentSchema>;

/** POST /api/account/mfa/activate and /api/account/mfa/recovery-codes: shown once. */
export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesResponse = z.infer<typeof recoveryCodesResponseSchema>;

/** GET /api/account/sessions */
export const accountSessionSchema = z.object({
  id: z.string(),
  /** e.g. "Chrome on Linux"; "Unknown device" when the browser sent nothing useful. */
  device: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSessionSchema>;
export const accountSessionsResponseSchema = z.object({ sessions: z.array(accountSessionSchema) });
export type AccountSessionsResponse = z.infer<typeof accountSessionsResponseSchema>;

/** POST /api/account/sessions/revoke-others */
export const revokeOthersResponseSchema = z.object({ ended: z.number().int() });
export type RevokeOthersResponse = z.infer<typeof revokeOthersResponseSchema>;

export const SECURITY_EVENT_LABELS = {
  'user.signed_up': 'Account created',
  'user.created': 'Account created by an operator',
  'login.succeeded': 'Signed in',
  'login.failed': 'Failed sign-in',
  'login.mfa_failed': 'Failed authentication code',
  logout: 'Signed out',
  'email.verified': 'E-mail address verified',
  'email.verification_sent': 'Verification e-mail sent',
  'password.changed': 'Password changed',
  'mfa.enabled': 'Multi-factor authentication enabled',
  'mfa.disabled': 'Multi-factor authentication disabled',
  'mfa.reconfigured': 'Multi-factor authentication moved to a new device',
  'mfa.recovery_codes_regenerated': 'Recovery codes regenerated',
  'mfa.recovery_code_used': 'Recovery code used',
  'session.ended': 'Session ended',
  'token.created': 'Management API token created',
  'token.deleted': 'Management API token deleted',
} as const;
export type SecurityEventType = keyof typeof SECURITY_EVENT_LABELS;

/** GET /api/account/security-log?page=N (newest first) */
export const securityEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  /** A sentence for people, from SECURITY_EVENT_LABELS. */
  label: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** e.g. "Chrome on Linux", from the user agent. */
  device: z.string(),
  createdAt: z.string(),
});
export type SecurityEvent = z.infer<typeof securityEventSchema>;
export const securityLogResponseSchema = z.object({
  events: z.array(securityEventSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type SecurityLogResponse = z.infer<typeof securityLogResponseSchema>;
