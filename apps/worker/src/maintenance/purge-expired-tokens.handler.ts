import { PurgeExpiredTokensJob, TokenExpiryService } from '@kbc/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { JobHandler } from '../jobs/job-handler.js';

@Injectable()
export class PurgeExpiredTokensHandler implements JobHandler<typeof PurgeExpiredTokensJob> {
  readonly definition = PurgeExpiredTokensJob;
  private readonly logger = new Logger(PurgeExpiredTokensHandler.name);

  constructor(private readonly tokens: TokenExpiryService) {}

  async handle(): Promise<number> {
    const purged = await this.tokens.purgeExpired();
    this.logger.log({ purged }, 'purged long-expired management tokens');
    return purged;
  }
}
