import { type AppConfig, DomainModule } from '@kbc/domain';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AccountController } from './account/account.controller.js';
import { TokensController } from './account/tokens.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { ErrorFilter } from './common/error.filter.js';
import { SessionGuard } from './common/session.guard.js';
import { loggerOptions } from './common/logger.js';
import { HealthController } from './health/health.controller.js';
import { ManageTokenGuard } from './manage/manage-token.guard.js';
import { ManageTokensController } from './manage/tokens.manage.controller.js';
import { ManageController } from './manage/manage.controller.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { ProjectsController } from './projects/projects.controller.js';
import { StaffController } from './staff/staff.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [LoggerModule.forRoot(loggerOptions(config)), DomainModule.forRoot({ config, migrate: config.database.migrationsRun })],
      controllers: [HealthController, AuthController, AccountController, TokensController, ManageTokensController, ManageController, ProjectsController, StaffController, OpenApiController],
      providers: [SessionGuard, ManageTokenGuard, { provide: APP_FILTER, useClass: ErrorFilter }],
    };
  }
}
