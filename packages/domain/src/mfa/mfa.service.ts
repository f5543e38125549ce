import type { MfaEnrollment, MfaStatus } from '@kbc/contract';
import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditService, type RequestContext } from '../audit/audit.service.js';
import { type SecurityNotice, composeSecurityNotice } from '../account/security-mail.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { RecoveryCode } from '../db/entities/recovery-code.entity.js';
import { Session } from '../db/entities/session.entity.js';
import { User } from '../db/entities/user.entity.js';
import { DomainError } from '../errors/domain-error.js';
import { MailService } from '../mail/mail.service.js';
import { RateLimiter, type RateLimitRule } from '../rate-limit/rate-limiter.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { RECOVERY_CODE_COUNT, hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode } from './recovery-codes.js';
import { SecretBox } from './secret-box.js';
import { newTotpSecret, totpUri, verifyTotp } from './totp.js';

/** Wrong MFA codes per account, across all its sessions: 10 per 15 minutes (a 6-digit code has 10^6 values). */
export const MFA_FAILURES_PER_ACCOUNT: RateLimitRule = { name: 'mfa-fail:account', limit: 10, windowSeconds: 15 * 60 };

const invalidCode = (field = 'code') =>
  new DomainError('invalid', 'mfa.invalid_code', 'That code is not valid. Enter the current code from your authenticator app, or an unused recovery code.', {
    fields: { [field]: ['That code is not valid.'] },
  });

export interface CodeCheck {
  kind: 'totp' | 'recovery';
  /** With a recovery code: how many unused ones remain. */
  recoveryCodesLeft?: number;
}

/**
 * TOTP multi-factor authentication: enrolment, activation, the sign-in step, moving to a new
 * device, recovery codes and disabling. Secrets are encrypted at rest; every accepted TOTP code
 * moves the user's last-used time step forward in one conditional UPDATE, so a code works once
 * even when two requests race with it.
 */
@Injectable()
export class MfaService {
  private readonly box: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.mfaEncryptionKey);
  }

  async status(userId: number): Promise<MfaStatus> {
    const user = await this.user(userId);
    return { enabled: user.mfaEnabled, recoveryCodesLeft: user.mfaEnabled ? await this.codesLeft(userId) : 0 };
  }

  /** Starts enrolment: a new secret, kept pending until a code from the app confirms it. */
  async beginSetup(userId: number): Promise<MfaEnrollment> {
    const user = await this.user(userId);
    if (user.mfaEnabled) throw new DomainError('conflict', 'mfa.already_enabled', 'Multi-factor authentication is already on. Use Reconfigure to move it to a new device.');
    return this.enroll(user);
  }

  /** Confirms enrolment with a code from the app; returns the recovery codes (shown once). */
  async activate(userId: number, code: string, ctx: RequestContext): Promise<string[]> {
    const user = await this.user(userId);
    if (user.mfaEnabled) throw new DomainError('conflict', 'mfa.already_enabled', 'Multi-factor authentication is already on.');
    if (!user.mfaPendingSecretEnc) throw new DomainError('conflict', 'mfa.no_setup', 'Start by choosing Enable MFA to get a QR code.');
    await this.limiter.assertUnder(MFA_FAILURES_PER_ACCOUNT, String(userId));
    const step = await verifyTotp(this.box.open(user.mfaPendingSecretEnc), code);
    if (step === null) return this.failed(userId);
    return this.changeAndNotify(user, 'mfa.enabled', ctx, async (em) => {
      const done = await em.query(
        `UPDATE users SET mfa_secret_enc = mfa_pending_secret_enc, mfa_pending_secret_enc = NULL, mfa_enabled = true, mfa_last_time_step = $2
          WHERE id = $1 AND mfa_enabled = false AND mfa_pending_secret_enc = $3`,
        [userId, step, user.mfaPendingSecretEnc],
      );
      if (affected(done) !== 1) throw new DomainError('conflict', 'mfa.changed', 'Your MFA settings changed meanwhile. Reload the page and try again.');
      return this.replaceRecoveryCodes(em, userId);
    });
  }

  /** Moving to a new device, step 1: prove possession of the current one; get a new secret. */
  async beginReconfigure(userId: number, code: string, ctx: RequestContext): Promise<MfaEnrollment> {
    const user = await this.enabledUser(userId);
    await this.checkCode(user, code, ctx);
    return this.enroll(user);
  }

  /** Step 2: a code from the new device switches over; until then the old secret keeps working. */
  async confirmReconfigure(userId: number, code: string, ctx: RequestContext): Promise<void> {
    const user = await this.enabledUser(userId);
    if (!user.mfaPendingSecretEnc) throw new DomainError('conflict', 'mfa.no_setup', 'Start with Reconfigure and the code from your current device.');
    await this.limiter.assertUnder(MFA_FAILURES_PER_ACCOUNT, String(userId));
    const step = await verifyTotp(this.box.open(user.mfaPendingSecretEnc), code);
    if (step === null) return this.failed(userId);
    await this.changeAndNotify(user, 'mfa.reconfigured', ctx, async (em) => {
      const done = await em.query(
        `UPDATE users SET mfa_secret_enc = mfa_pending_secret_enc, mfa_pending_secret_enc = NULL, mfa_last_time_step = $2
          WHERE id = $1 AND mfa_enabled = true AND mfa_pending_secret_enc = $3`,
        [userId, step, user.mfaPendingSecretEnc],
      );
      if (affected(done) !== 1) throw new DomainError('conflict', 'mfa.changed', 'Your MFA settings changed meanwhile. Reload the page and try again.');
    });
  }

  async regenerateRecoveryCodes(userId: number, password: string, code: string, ctx: RequestContext): Promise<string[]> {
    const user = await this.enabledUser(userId);
    await this.checkPasswordAndCode(user, password, code, ctx);
    return this.changeAndNotify(user, 'mfa.recovery_codes_regenerated', ctx, (em) => this.replaceRecoveryCodes(em, userId));
  }

  async disable(userId: number, password: string, code: string, ctx: RequestContext): Promise<void> {
    const user = await this.enabledUser(userId);
    await this.checkPasswordAndCode(user, password, code, ctx);
    await this.changeAndNotify(user, 'mfa.disabled', ctx, (em) => turnOff(em, userId));
  }

  /** Operator reset (lost device, no recovery codes): turns MFA off, e-mails the user, audits. */
  async resetByOperator(userId: number): Promise<void> {
    const user = await this.enabledUser(userId);
    await this.changeAndNotify(
      user,
      'mfa.disabled',
      { ip: null, userAgent: 'operator' },
      (em) => turnOff(em, userId),
      'A Keboola operator turned it off at your request. Turn it on again in Account Settings.',
    );
  }

  /** The sign-in step: a valid code (or recovery code) makes the session usable. */
  async completeSignIn(session: Session, code: string, ctx: RequestContext): Promise<{ user: User; check: CodeCheck }> {
    const user = await this.user(session.userId);
    if (session.mfaPassed) return { user, check: { kind: 'totp' } };
    const check = await this.checkCode(user, code, ctx, 'login.mfa_failed');
    await this.dataSource.getRepository(Session).update({ id: session.id }, { mfaPassed: true });
    await this.audit.record('login.succeeded', user.id, ctx, { mfa: check.kind });
    return { user, check };
  }

  /**
   * Accepts a current TOTP code (once: its time step must be newer than the last one used) or an
   * unused recovery code (then spent). Failures count against the account's limit.
   */
  async checkCode(user: User, rawCode: string, ctx: RequestContext, failureEvent: 'login.mfa_failed' | null = null): Promise<CodeCheck> {
    const code = rawCode.replace(/\s+/g, '');
    await this.limiter.assertUnder(MFA_FAILURES_PER_ACCOUNT, String(user.id));
    if (user.mfaEnabled && user.mfaSecretEnc && /^\d{6}$/.test(code)) {
      const step = await verifyTotp(this.box.open(user.mfaSecretEnc), code);
      if (step !== null) {
        const moved = await this.dataSource.query(
          `UPDATE users SET mfa_last_time_step = $2 WHERE id = $1 AND (mfa_last_time_step IS NULL OR mfa_last_time_step < $2)`,
          [user.id, step],
        );
        if (affected(moved) === 1) return { kind: 'totp' };
        if (failureEvent) await this.audit.record(failureEvent, user.id, ctx, { reason: 'replayed' });
        await this.limiter.hit(MFA_FAILURES_PER_ACCOUNT, String(user.id));
        throw new DomainError('invalid', 'mfa.code_used', 'This code was already used. Wait for the next code in your authenticator app.', {
          fields: { code: ['This code was already used.'] },
        });
      }
    } else if (user.mfaEnabled && looksLikeRecoveryCode(code)) {
      const spent = await this.dataSource.query(
        `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
        [user.id, hashRecoveryCode(code)],
      );
      if (affected(spent) === 1) {
        const left = await this.codesLeft(user.id);
        await this.changeAndNotify(user, 'mfa.recovery_code_used', ctx, async () => undefined, `${left} unused recovery code${left === 1 ? '' : 's'} left.`);
        return { kind: 'recovery', recoveryCodesLeft: left };
      }
    }
    if (failureEvent) await this.audit.record(failureEvent, user.id, ctx);
    return this.failed(user.id);
  }

  private async checkPasswordAndCode(user: User, password: string, code: string, ctx: RequestContext): Promise<void> {
    await this.limiter.assertUnder(MFA_FAILURES_PER_ACCOUNT, String(user.id));
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      await this.limiter.hit(MFA_FAILURES_PER_ACCOUNT, String(user.id));
      throw new DomainError('invalid', 'auth.wrong_password', 'Your password is not correct.', { fields: { password: ['Your password is not correct.'] } });
    }
    await this.checkCode(user, code, ctx);
  }

  private async failed(userId: number): Promise<never> {
    await this.limiter.hit(MFA_FAILURES_PER_ACCOUNT, String(userId));
    throw invalidCode();
  }

  private async enroll(user: User): Promise<MfaEnrollment> {
    const secret = newTotpSecret();
    await this.dataSource.getRepository(User).update({ id: user.id }, { mfaPendingSecretEnc: this.box.seal(secret) });
    const otpauthUri = totpUri(secret, user.email);
    return { secret, otpauthUri, qrCodeSvg: await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
  }

  /** Runs a change, its audit event and its notice e-mail in one transaction; sends after commit. */
  private async changeAndNotify<T>(user: User, kind: SecurityNotice, ctx: RequestContext, change: (em: EntityManager) => Promise<T>, detail?: string): Promise<T> {
    const { result, mailId } = await this.dataSource.transaction(async (em) => {
      const result = await change(em);
      await this.audit.record(kind, user.id, ctx, {}, em);
      const message = await composeSecurityNotice(this.mail, em, user, kind, ctx, `${this.config.http.publicUrl}/account/security`, detail);
      return { result, mailId: message.id };
    });
    await this.mail.dispatch({ id: mailId });
    return result;
  }

  private async replaceRecoveryCodes(em: EntityManager, userId: number): Promise<string[]> {
    await em.delete(RecoveryCode, { userId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await em.insert(RecoveryCode, codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })));
    return codes;
  }

  private async codesLeft(userId: number): Promise<number> {
    return this.dataSource.getRepository(RecoveryCode).countBy({ userId, usedAt: IsNull() });
  }

  private async user(userId: number): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw new DomainError('not_found', 'user.not_found', 'Your account no longer exists.');
    return user;
  }

  private async enabledUser(userId: number): Promise<User> {
    const user = await this.user(userId);
    if (!user.mfaEnabled) throw new DomainError('conflict', 'mfa.not_enabled', 'Multi-factor authentication is off.');
    return user;
  }
}

/** MFA off: secrets, the replay guard and the recovery codes go. */
async function turnOff(em: EntityManager, userId: number): Promise<void> {
  await em.query(
    `UPDATE users SET mfa_enabled = false, mfa_secret_enc = NULL, mfa_pending_secret_enc = NULL, mfa_last_time_step = NULL WHERE id = $1`,
    [userId],
  );
  await em.delete(RecoveryCode, { userId });
}

/** Rows changed by an UPDATE/DELETE run through DataSource.query (PostgreSQL driver: [rows, count]). */
export function affected(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
