import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AccountService } from './account/account.service.js';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { openDatabase } from './db/database.js';
import { HealthService } from './infra/health.service.js';
import { connectRedis } from './infra/redis.js';
import { REDIS } from './infra/tokens.js';
import { MailService } from './mail/mail.service.js';
import { MailTransport } from './mail/mail-transport.js';
import { ManageTokenService } from './manage/manage-token.service.js';
import { ManageService } from './manage/manage.service.js';
import { TokenExpiryService } from './manage/token-expiry.service.js';
import { MfaService } from './mfa/mfa.service.js';
import { DirectoryService, ProjectService } from './projects/project.service.js';
import { QueueService } from './queues/queue.service.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { DemoSeed } from './seed/demo-seed.js';
import { SessionService } from './sessions/session.service.js';
import { PasswordHasher } from './users/password-hasher.js';
import { UserService } from './users/user.service.js';

/** Closes shared connections in dependency order: producers first, then Redis and PostgreSQL. */
@Injectable()
class DomainLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly queues: QueueService,
    private readonly transport: MailTransport,
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queues.close();
    this.transport.close();
    await this.redis.quit().catch(() => this.redis.disconnect());
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

export interface DomainModuleOptions {
  config: AppConfig;
  /** Apply pending migrations on boot (the API does; the worker and CLI commands decide per use). */
  migrate: boolean;
}

const SERVICES = [
  AccountService,
  AuditService,
  AuthService,
  DemoSeed,
  DirectoryService,
  HealthService,
  MailService,
  MailTransport,
  ManageService,
  ManageTokenService,
  MfaService,
  PasswordHasher,
  ProjectService,
  QueueService,
  RateLimiter,
  SessionService,
  TokenExpiryService,
  UserService,
];

@Global()
@Module({})
export class DomainModule {
  static forRoot(opts: DomainModuleOptions): DynamicModule {
    return {
      module: DomainModule,
      providers: [
        { provide: APP_CONFIG, useValue: opts.config },
        {
          provide: DataSource,
          useFactory: () =>
            openDatabase({ url: opts.config.database.url, poolSize: opts.config.database.poolSize, migrate: opts.migrate }),
        },
        { provide: REDIS, useFactory: () => connectRedis(opts.config.redis.url) },
        ...SERVICES,
        DomainLifecycle,
      ],
      exports: [APP_CONFIG, DataSource, REDIS, ...SERVICES],
    };
  }
}
