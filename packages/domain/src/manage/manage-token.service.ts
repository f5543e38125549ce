import type { ManageTokenView } from '@kbc/contract';
import { Inject, Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { composeSecurityNotice } from '../account/security-mail.js';
import { deviceLabel } from '../account/device-label.js';
import { AuditService, type RequestContext } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ManageToken } from '../db/entities/manage-token.entity.js';
import { User } from '../db/entities/user.entity.js';
import { DomainError } from '../errors/domain-error.js';
import { randomToken, sha256 } from '../infra/crypto.js';
import { MailService } from '../mail/mail.service.js';

/** `<id>-<secret>`: the secret is 32 random bytes (256 bits), base64url. */
const TOKEN_FORMAT = /^(\d{1,10})-([A-Za-z0-9_-]{43})$/;

export interface VerifiedToken {
  token: ManageToken;
  /** The owner of an `admin` token; null for a `super` (application) token. */
  user: User | null;
}

const invalidToken = () => new DomainError('unauthenticated', 'manage.invalid_token', 'Invalid access token');

@Injectable()
export class ManageTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get policy(): { defaultDays: number; maxDays: number } {
    return { defaultDays: Math.min(90, this.config.manageTokens.maxDays), maxDays: this.config.manageTokens.maxDays };
  }

  async list(userId: number): Promise<ManageTokenView[]> {
    const tokens = await this.dataSource.getRepository(ManageToken).find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return tokens.map(toView);
  }

  /** Creates a user's token; the returned secret is the only copy there will ever be. */
  async createForUser(userId: number, input: { description: string; expiresInDays: number }, ctx: RequestContext): Promise<{ token: ManageTokenView; secret: string }> {
    if (input.expiresInDays > this.policy.maxDays) {
      throw new DomainError('invalid', 'token.expiry_too_long', `A token expires within ${this.policy.maxDays} days at most.`, {
        fields: { expiresInDays: [`At most ${this.policy.maxDays} days.`] },
      });
    }
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const secret = randomToken(32);
    const { token, mailId } = await this.dataSource.transaction(async (em) => {
      const token = await em.getRepository(ManageToken).save(
        em.getRepository(ManageToken).create({
          userId,
          type: 'admin',
          description: input.description,
          secretHash: sha256(secret),
          scopes: [],
          expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        }),
      );
      await this.audit.record('token.created', userId, ctx, { tokenId: token.id, description: token.description }, em);
      const mail = await composeSecurityNotice(this.mail, em, user, 'token.created', ctx, `${this.config.http.publicUrl}/account/access-tokens`, `Token "${token.description}" expires on ${token.expiresAt.toISOString().slice(0, 10)}.`);
      return { token, mailId: mail.id };
    });
    await this.mail.dispatch({ id: mailId });
    return { token: toView(token), secret: `${token.id}-${secret}` };
  }

  /** Operator path (CLI): an application token with scopes, not tied to a user. */
  async createSuperToken(input: { description: string; scopes: string[]; expiresInDays: number }): Promise<{ id: number; secret: string; expiresAt: Date }> {
    const secret = randomToken(32);
    const repo = this.dataSource.getRepository(ManageToken);
    const token = await repo.save(
      repo.create({ userId: null, type: 'super', description: input.description, secretHash: sha256(secret), scopes: input.scopes, expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000) }),
    );
    return { id: token.id, secret: `${token.id}-${secret}`, expiresAt: token.expiresAt };
  }

  /** Revokes at once: the row goes, so the next request with the token is refused. */
  async deleteForUser(userId: number, tokenId: number, ctx: RequestContext): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const mailId = await this.dataSource.transaction(async (em) => {
      const token = await em.getRepository(ManageToken).findOneBy({ id: tokenId, userId });
      if (!token) throw new DomainError('not_found', 'token.not_found', 'That token does not exist or was already deleted.');
      await em.delete(ManageToken, { id: tokenId });
      await this.audit.record('token.deleted', userId, ctx, { tokenId, description: token.description }, em);
      return (await composeSecurityNotice(this.mail, em, user, 'token.deleted', ctx, `${this.config.http.publicUrl}/account/access-tokens`, `Token "${token.description}" no longer works.`)).id;
    });
    await this.mail.dispatch({ id: mailId });
  }

  /**
   * Checks an `X-KBC-ManageApiToken` value. Malformed values are refused before any database
   * work; otherwise one lookup by id and a constant-time comparison of SHA-256 digests.
   */
  async verify(raw: string | undefined, ctx: RequestContext): Promise<VerifiedToken> {
    const m = raw ? TOKEN_FORMAT.exec(raw.trim()) : null;
    if (!m) throw invalidToken();
    const token = await this.dataSource.getRepository(ManageToken).findOneBy({ id: Number(m[1]) });
    if (!token || !timingSafeEqual(token.secretHash, sha256(m[2]!))) throw invalidToken();
    if (token.expiresAt.getTime() <= Date.now()) throw new DomainError('unauthenticated', 'manage.token_expired', 'Access token has expired');
    let user: User | null = null;
    if (token.userId !== null) {
      user = await this.dataSource.getRepository(User).findOneBy({ id: token.userId });
      if (!user || user.disabledAt) throw invalidToken();
    }
    token.lastUsedAt = new Date();
    token.lastUsedIp = ctx.ip;
    token.lastUsedAgent = ctx.userAgent?.slice(0, 512) ?? null;
    await this.dataSource.getRepository(ManageToken).update({ id: token.id }, { lastUsedAt: token.lastUsedAt, lastUsedIp: token.lastUsedIp, lastUsedAgent: token.lastUsedAgent });
    return { token, user };
  }
}

function toView(t: ManageToken): ManageTokenView {
  return {
    id: t.id,
    description: t.description,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: t.lastUsedIp,
    lastUsedClient: t.lastUsedAgent ? deviceLabel(t.lastUsedAgent) : null,
    expired: t.expiresAt.getTime() <= Date.now(),
  };
}
