import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../audit/audit.service.js';
import type { User } from '../db/entities/user.entity.js';
import type { MailService } from '../mail/mail.service.js';

/** The security e-mails: one notice per kind of change. */
export const SECURITY_NOTICES = {
  'password.changed': { subject: 'Your Keboola password was changed', headline: 'Your password was changed.', detail: 'Your other sessions were signed out.' },
  'mfa.enabled': { subject: 'Multi-factor authentication is on', headline: 'Multi-factor authentication was turned on.', detail: 'Signing in now also asks for a code from your authenticator app.' },
  'mfa.disabled': { subject: 'Multi-factor authentication is off', headline: 'Multi-factor authentication was turned off.', detail: 'Signing in no longer asks for a code.' },
  'mfa.reconfigured': { subject: 'Multi-factor authentication moved to a new device', headline: 'Multi-factor authentication now uses a new device.', detail: 'Codes from your previous authenticator app no longer work.' },
  'mfa.recovery_codes_regenerated': { subject: 'New recovery codes were generated', headline: 'New recovery codes were generated.', detail: 'Your previous recovery codes no longer work.' },
  'token.created': { subject: 'A Management API token was created', headline: 'A Management API token was created for your account.', detail: '' },
  'token.deleted': { subject: 'A Management API token was deleted', headline: 'A Management API token was deleted.', detail: '' },
  'mfa.recovery_code_used': { subject: 'A recovery code was used', headline: 'A recovery code was used to sign in or confirm a change.', detail: 'Each code works once.' },
} as const;

export type SecurityNotice = keyof typeof SECURITY_NOTICES;

export function composeSecurityNotice(
  mail: MailService,
  em: EntityManager,
  user: User,
  kind: SecurityNotice,
  ctx: RequestContext,
  accountUrl: string,
  detail?: string,
) {
  const n = SECURITY_NOTICES[kind];
  return mail.compose(em, 'security-notice', user.email, {
    name: user.name,
    subject: n.subject,
    headline: n.headline,
    detail: detail ?? n.detail,
    when: new Date(),
    ip: ctx.ip,
    url: accountUrl,
  });
}
