import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EmailVerification } from '../db/entities/email-verification.entity.js';
import { User } from '../db/entities/user.entity.js';
import { DomainError } from '../errors/domain-error.js';
import { randomToken, sha256 } from '../infra/crypto.js';
import { MailService } from '../mail/mail.service.js';
import { AuditService, NO_CONTEXT, type RequestContext } from '../audit/audit.service.js';
import { normalizeEmail } from './email.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblem } from './password-policy.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  isSuperAdmin?: boolean;
  verified?: boolean;
}

function assertPasswordAllowed(input: NewUser): void {
  const problem = passwordProblem(input.password, { email: normalizeEmail(input.email) });
  if (problem) throw new DomainError('invalid', 'password.rejected', problem, { fields: { password: [problem] } });
}

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  findById(id: number): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ email: normalizeEmail(email) });
  }

  async getByIdOrEmail(ref: string): Promise<User> {
    const user = /^\d+$/.test(ref) ? await this.findById(Number(ref)) : await this.findByEmail(ref);
    if (!user) throw new DomainError('not_found', 'user.not_found', `No user ${ref} exists.`);
    return user;
  }

  /** Self-service sign-up: creates the user and sends the verification e-mail. */
  async signUp(input: NewUser, ctx: RequestContext): Promise<User> {
    assertPasswordAllowed(input);
    const passwordHash = await this.hasher.hash(input.password);
    const { user, mailId } = await this.dataSource.transaction(async (em) => {
      const user = await this.insertUser(em, { ...input, verified: false }, passwordHash);
      const mailId = await this.createVerification(em, user);
      await this.audit.record('user.signed_up', user.id, ctx, {}, em);
      return { user, mailId };
    });
    await this.mail.dispatch({ id: mailId });
    return user;
  }

  /** Operator path (CLI): may create super admins and pre-verified accounts, sends no mail. */
  async create(input: NewUser): Promise<User> {
    assertPasswordAllowed(input);
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (em) => {
      const user = await this.insertUser(em, input, passwordHash);
      await this.audit.record('user.created', user.id, NO_CONTEXT, { by: 'cli' }, em);
      return user;
    });
  }

  /** Checks e-mail and password. Unknown e-mail and wrong password answer alike, in similar time. */
  async authenticate(email: string, password: string, ctx: RequestContext): Promise<User> {
    const user = await this.findByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || user.disabledAt) {
      await this.audit.record('login.failed', user?.id ?? null, ctx, user ? {} : { email: normalizeEmail(email) });
      throw new DomainError('unauthenticated', 'auth.invalid_credentials', 'Incorrect e-mail or password.');
    }
    return user;
  }

  async resendVerification(userId: number, ctx: RequestContext): Promise<User> {
    const user = await this.findById(userId);
    if (!user) throw new DomainError('not_found', 'user.not_found', 'Your account no longer exists.');
    if (user.emailVerifiedAt) {
      throw new DomainError('conflict', 'email.already_verified', 'Your e-mail address is already verified.');
    }
    const mailId = await this.dataSource.transaction(async (em) => {
      const id = await this.createVerification(em, user);
      await this.audit.record('email.verification_sent', user.id, ctx, {}, em);
      return id;
    });
    await this.mail.dispatch({ id: mailId });
    return user;
  }

  /** Follows a verification link. Using a link twice is harmless; a forged or expired one is refused. */
  async verifyEmail(token: string, ctx: RequestContext): Promise<User> {
    return this.dataSource.transaction(async (em) => {
      const verification = await em.getRepository(EmailVerification).findOne({
        where: { tokenHash: sha256(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!verification) {
        throw new DomainError('invalid', 'email.verification_invalid', 'This verification link is not valid. Open the link from the most recent e-mail, or request a new one.');
      }
      const user = await em.getRepository(User).findOneByOrFail({ id: verification.userId });
      if (verification.usedAt) return user;
      if (verification.expiresAt.getTime() < Date.now()) {
        throw new DomainError('invalid', 'email.verification_expired', 'This verification link has expired. Sign in and request a new one.');
      }
      if (verification.email !== user.email) {
        throw new DomainError('invalid', 'email.verification_invalid', 'This verification link is not valid. Open the link from the most recent e-mail, or request a new one.');
      }
      verification.usedAt = new Date();
      await em.save(verification);
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await em.save(user);
        await this.audit.record('email.verified', user.id, ctx, {}, em);
      }
      return user;
    });
  }

  private async insertUser(em: EntityManager, input: NewUser, passwordHash: string): Promise<User> {
    const repo = em.getRepository(User);
    const email = normalizeEmail(input.email);
    try {
      return await repo.save(
        repo.create({
          email,
          name: input.name.trim(),
          passwordHash,
          isSuperAdmin: input.isSuperAdmin ?? false,
          emailVerifiedAt: input.verified ? new Date() : null,
        }),
      );
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new DomainError('conflict', 'user.email_taken', `An account with the e-mail ${email} already exists. Sign in instead.`, {
          fields: { email: ['An account with this e-mail already exists.'] },
        });
      }
      throw e;
    }
  }

  /** Writes a verification link and its e-mail (in the caller's transaction); returns the mail id. */
  private async createVerification(em: EntityManager, user: User): Promise<string> {
    const token = randomToken(32);
    const hours = this.config.emailVerificationHours;
    await em.insert(EmailVerification, {
      userId: user.id,
      email: user.email,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + hours * 3600_000),
    });
    const url = `${this.config.http.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    const message = await this.mail.compose(em, 'verify-email', user.email, { name: user.name, url, hours });
    return message.id;
  }
}
