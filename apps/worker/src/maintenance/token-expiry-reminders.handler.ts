import { TokenExpiryRemindersJob, TokenExpiryService } from '@kbc/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { JobHandler } from '../jobs/job-handler.js';

@Injectable()
export class TokenExpiryRemindersHandler implements JobHandler<typeof TokenExpiryRemindersJob> {
  readonly definition = TokenExpiryRemindersJob;
  private readonly logger = new Logger(TokenExpiryRemindersHandler.name);

  constructor(private readonly tokens: TokenExpiryService) {}

  async handle(): Promise<number> {
    const reminded = await this.tokens.sendReminders();
    this.logger.log({ reminded }, 'sent token expiry reminders');
    return reminded;
  }
}
