import { type AppConfig, DomainModule } from '@kbc/domain';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { JOB_HANDLERS, type JobHandler } from './jobs/job-handler.js';
import { WorkerHost } from './jobs/worker-host.js';
import { SendEmailHandler } from './mail/send-email.handler.js';
import { SweepEmailOutboxHandler } from './mail/sweep-email-outbox.handler.js';
import { PurgeExpiredTokensHandler } from './maintenance/purge-expired-tokens.handler.js';
import { PurgeSessionsHandler } from './maintenance/purge-sessions.handler.js';
import { TokenExpiryRemindersHandler } from './maintenance/token-expiry-reminders.handler.js';

const HANDLERS = [SendEmailHandler, SweepEmailOutboxHandler, PurgeSessionsHandler, TokenExpiryRemindersHandler, PurgeExpiredTokensHandler];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DomainModule.forRoot({ config, migrate: config.database.migrationsRun }),
      ],
      providers: [
        ...HANDLERS,
        { provide: JOB_HANDLERS, useFactory: (...handlers: JobHandler[]) => handlers, inject: HANDLERS },
        WorkerHost,
      ],
    };
  }
}
