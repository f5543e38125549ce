import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuditService, type RequestContext } from '../audit/audit.service.js';
import type { Session } from '../db/entities/session.entity.js';
import type { User } from '../db/entities/user.entity.js';
import { DomainError } from '../errors/domain-error.js';
import { RateLimiter, type RateLimitRule } from '../rate-limit/rate-limiter.js';
import { SessionService } from '../sessions/session.service.js';
import { normalizeEmail } from '../users/email.js';
import { type NewUser, UserService } from '../users/user.service.js';

/** Failed sign-ins per account, across all IPs: slows guessing one password. */
export const LOGIN_FAILURES_PER_ACCOUNT: RateLimitRule = { name: 'login-fail:account', limit: 10, windowSeconds: 15 * 60 };
/** Failed sign-ins per IP, across accounts: slows spraying many accounts. */
export const LOGIN_FAILURES_PER_IP: RateLimitRule = { name: 'login-fail:ip', limit: 50, windowSeconds: 15 * 60 };
export const VERIFICATION_MAILS_PER_USER: RateLimitRule = { name: 'verify-mail:user', limit: 5, windowSeconds: 3600 };

export type LoginAudience = 'portal' | 'staff';

export interface SignedIn {
  user: User;
  session: Session;
  /** The cookie secret; only its hash is stored. */
  token: string;
  /** The session is not usable until the MFA code is accepted. */
  mfaRequired: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, audience: LoginAudience, ctx: RequestContext): Promise<SignedIn> {
    const account = normalizeEmail(email);
    const ip = ctx.ip ?? 'unknown';
    // Checked before the password, so that a locked-out account answers 429 even for the right one.
    await this.limiter.assertUnder(LOGIN_FAILURES_PER_IP, ip);
    await this.limiter.assertUnder(LOGIN_FAILURES_PER_ACCOUNT, account);
    let user: User;
    try {
      user = await this.users.authenticate(account, password, ctx);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'auth.invalid_credentials') {
        await this.limiter.hit(LOGIN_FAILURES_PER_IP, ip);
        await this.limiter.hit(LOGIN_FAILURES_PER_ACCOUNT, account);
      }
      throw e;
    }
    if (audience === 'staff' && !user.isSuperAdmin) {
      throw new DomainError('forbidden', 'auth.staff_only', 'The staff console is for Keboola employees only.');
    }
    await this.limiter.reset(LOGIN_FAILURES_PER_ACCOUNT, account);
    const { token, session } = await this.sessions.create(user, ctx);
    // With MFA, the sign-in is recorded when the code is accepted.
    if (!user.mfaEnabled) await this.audit.record('login.succeeded', user.id, ctx, { audience });
    return { user, session, token, mfaRequired: user.mfaEnabled };
  }

  async signUp(input: NewUser, ctx: RequestContext): Promise<SignedIn> {
    // Sign-ups per IP (configurable: offices behind one NAT sign up many people).
    await this.limiter.hit({ name: 'signup:ip', limit: this.config.signupsPerIpPerHour, windowSeconds: 3600 }, ctx.ip ?? 'unknown');
    const user = await this.users.signUp(input, ctx);
    const { token, session } = await this.sessions.create(user, ctx);
    return { user, session, token, mfaRequired: false };
  }

  async logout(session: Session, ctx: RequestContext): Promise<void> {
    await this.sessions.destroy(session.id);
    await this.audit.record('logout', session.userId, ctx);
  }

  async resendVerification(userId: number, ctx: RequestContext): Promise<User> {
    await this.limiter.hit(VERIFICATION_MAILS_PER_USER, String(userId));
    return this.users.resendVerification(userId, ctx);
  }
}
