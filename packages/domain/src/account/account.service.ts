import { type AccountSession, SECURITY_EVENT_LABELS, type SecurityLogResponse } from '@kbc/contract';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { AuditService, type RequestContext } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuditEvent } from '../db/entities/audit-event.entity.js';
import { Session } from '../db/entities/session.entity.js';
import { User } from '../db/entities/user.entity.js';
import { DomainError } from '../errors/domain-error.js';
import { MailService } from '../mail/mail.service.js';
import { RateLimiter, type RateLimitRule } from '../rate-limit/rate-limiter.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { passwordProblem } from '../users/password-policy.js';
import { deviceLabel } from './device-label.js';
import { composeSecurityNotice } from './security-mail.js';

/** Wrong current passwords on the change-password form, per account. */
export const PASSWORD_CHANGE_FAILURES: RateLimitRule = { name: 'password-change-fail:account', limit: 10, windowSeconds: 15 * 60 };
export const SECURITY_LOG_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Account & Security: password, sessions, the security log. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Changes the password when the current one is right and the new one passes the policy; ends
   * the user's other sessions (this one stays), records the event and e-mails the user.
   */
  async changePassword(userId: number, currentSessionId: string, input: { currentPassword: string; newPassword: string }, ctx: RequestContext): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    await this.limiter.assertUnder(PASSWORD_CHANGE_FAILURES, String(userId));
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      await this.limiter.hit(PASSWORD_CHANGE_FAILURES, String(userId));
      throw new DomainError('invalid', 'password.wrong_current', 'Your current password is not correct.', {
        fields: { currentPassword: ['Your current password is not correct.'] },
      });
    }
    const problem =
      passwordProblem(input.newPassword, { email: user.email }) ??
      (input.newPassword.normalize('NFKC') === input.currentPassword.normalize('NFKC') ? 'Choose a password different from your current one.' : null);
    if (problem) throw new DomainError('invalid', 'password.rejected', problem, { fields: { newPassword: [problem] } });

    const passwordHash = await this.hasher.hash(input.newPassword);
    const mailId = await this.dataSource.transaction(async (em) => {
      await em.update(User, { id: userId }, { passwordHash, passwordChangedAt: new Date() });
      await em.delete(Session, { userId, id: Not(currentSessionId) });
      await this.audit.record('password.changed', userId, ctx, {}, em);
      return (await composeSecurityNotice(this.mail, em, user, 'password.changed', ctx, this.accountUrl())).id;
    });
    await this.mail.dispatch({ id: mailId });
  }

  async listSessions(userId: number, currentSessionId: string): Promise<AccountSession[]> {
    const sessions = await this.dataSource.getRepository(Session).find({ where: { userId }, order: { lastSeenAt: 'DESC' } });
    const now = Date.now();
    const idleMs = this.config.session.idleMinutes * 60_000;
    return sessions
      .filter((s) => s.expiresAt.getTime() > now && s.lastSeenAt.getTime() + idleMs > now)
      .map((s) => ({
        id: s.id,
        device: deviceLabel(s.userAgent),
        userAgent: s.userAgent,
        ip: s.ip,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        current: s.id === currentSessionId,
      }));
  }

  /** Ends one of the user's other sessions. Someone else's session id is "not found". */
  async endSession(userId: number, currentSessionId: string, sessionId: string, ctx: RequestContext): Promise<void> {
    if (sessionId === currentSessionId) {
      throw new DomainError('invalid', 'session.is_current', 'This is the session you are using. Use Sign out to end it.');
    }
    const done = UUID.test(sessionId) ? await this.dataSource.getRepository(Session).delete({ id: sessionId, userId }) : { affected: 0 };
    if (!done.affected) throw new DomainError('not_found', 'session.not_found', 'That session does not exist or has already ended.');
    await this.audit.record('session.ended', userId, ctx, { sessionId });
  }

  async endOtherSessions(userId: number, currentSessionId: string, ctx: RequestContext): Promise<number> {
    const done = await this.dataSource.getRepository(Session).delete({ userId, id: Not(currentSessionId) });
    const ended = done.affected ?? 0;
    if (ended > 0) await this.audit.record('session.ended', userId, ctx, { others: ended });
    return ended;
  }

  async securityLog(userId: number, page: number): Promise<SecurityLogResponse> {
    const [events, total] = await this.dataSource.getRepository(AuditEvent).findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * SECURITY_LOG_PAGE_SIZE,
      take: SECURITY_LOG_PAGE_SIZE,
    });
    return {
      events: events.map((e) => ({
        id: String(e.id),
        type: e.type,
        label: SECURITY_EVENT_LABELS[e.type] ?? e.type,
        ip: e.ip,
        userAgent: e.userAgent,
        device: deviceLabel(e.userAgent),
        createdAt: e.createdAt.toISOString(),
      })),
      page,
      pageSize: SECURITY_LOG_PAGE_SIZE,
      total,
    };
  }

  private accountUrl(): string {
    return `${this.config.http.publicUrl}/account/security`;
  }
}
