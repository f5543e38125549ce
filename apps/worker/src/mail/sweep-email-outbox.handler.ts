import { MailService, SweepEmailOutboxJob } from '@kbc/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { JobHandler } from '../jobs/job-handler.js';

@Injectable()
export class SweepEmailOutboxHandler implements JobHandler<typeof SweepEmailOutboxJob> {
  readonly definition = SweepEmailOutboxJob;
  private readonly logger = new Logger(SweepEmailOutboxHandler.name);

  constructor(private readonly mail: MailService) {}

  async handle(): Promise<number> {
    const requeued = await this.mail.sweepPending();
    if (requeued > 0) this.logger.warn({ requeued }, 're-enqueued undelivered mail from the outbox');
    return requeued;
  }
}
