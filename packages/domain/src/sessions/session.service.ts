import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Session } from '../db/entities/session.entity.js';
import { User } from '../db/entities/user.entity.js';
import { randomToken, sha256 } from '../infra/crypto.js';
import type { RequestContext } from '../audit/audit.service.js';

export interface ResolvedSession {
  session: Session;
  user: User;
}

/** Writing last_seen_at on every request would turn reads into writes; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session; returns the cookie secret (never stored — only its hash is). */
  async create(user: User, ctx: RequestContext): Promise<{ token: string; session: Session }> {
    const token = randomToken(32);
    const now = new Date();
    const repo = this.dataSource.getRepository(Session);
    const session = await repo.save(
      repo.create({
        tokenHash: sha256(token),
        userId: user.id,
        mfaPassed: !user.mfaEnabled,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.session.absoluteHours * 3600_000),
        userAgent: ctx.userAgent?.slice(0, 512) ?? null,
        ip: ctx.ip,
      }),
    );
    return { token, session };
  }

  /** The live session and user behind a cookie secret, or null (unknown, expired, idle too long, user disabled). */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!token || token.length > 128) return null;
    const session = await this.dataSource.getRepository(Session).findOneBy({ tokenHash: sha256(token) });
    if (!session) return null;
    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + this.config.session.idleMinutes * 60_000;
    if (session.expiresAt.getTime() <= now || idleLimit <= now) {
      await this.dataSource.getRepository(Session).delete({ id: session.id });
      return null;
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ id: session.userId });
    if (!user || user.disabledAt) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await this.dataSource.getRepository(Session).update({ id: session.id }, { lastSeenAt: session.lastSeenAt });
    }
    return { session, user };
  }

  async destroy(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ id: sessionId });
  }

  /** Removes expired sessions (a periodic sweep; resolve() already refuses them). */
  async purgeExpired(): Promise<number> {
    const idle = `${this.config.session.idleMinutes} minutes`;
    const res = await this.dataSource.query(
      `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - $1::interval`,
      [idle],
    );
    return (res as [unknown, number])[1] ?? 0;
  }
}
