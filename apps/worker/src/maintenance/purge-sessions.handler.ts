import { PurgeSessionsJob, SessionService } from '@kbc/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { JobHandler } from '../jobs/job-handler.js';

@Injectable()
export class PurgeSessionsHandler implements JobHandler<typeof PurgeSessionsJob> {
  readonly definition = PurgeSessionsJob;
  private readonly logger = new Logger(PurgeSessionsHandler.name);

  constructor(private readonly sessions: SessionService) {}

  async handle(): Promise<number> {
    const purged = await this.sessions.purgeExpired();
    this.logger.log({ purged }, 'purged expired sessions');
    return purged;
  }
}
