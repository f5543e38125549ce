import { MailService, SendEmailJob } from '@kbc/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { JobHandler } from '../jobs/job-handler.js';

@Injectable()
export class SendEmailHandler implements JobHandler<typeof SendEmailJob> {
  readonly definition = SendEmailJob;
  private readonly logger = new Logger(SendEmailHandler.name);

  constructor(private readonly mail: MailService) {}

  async handle({ messageId }: { messageId: string }): Promise<string> {
    const outcome = await this.mail.deliver(messageId);
    this.logger.log({ messageId, outcome }, 'email job done');
    return outcome;
  }
}
