import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MailMessage } from '../db/entities/mail-message.entity.js';
import { SendEmailJob } from '../queues/queue-contract.js';
import { QueueService } from '../queues/queue.service.js';
import { MailTransport } from './mail-transport.js';
import { type MailTemplateData, type MailTemplateName, mailTemplates } from './templates/templates.js';

/**
 * The outbox: `compose` writes a message in the caller's transaction, `dispatch` enqueues its
 * delivery after the commit, `deliver` (the worker) sends it once.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    @Inject(MailTransport) private readonly transport: MailTransport,
  ) {}

  async compose<T extends MailTemplateName>(
    em: EntityManager,
    template: T,
    to: string,
    data: MailTemplateData<T>,
  ): Promise<MailMessage> {
    const rendered = (mailTemplates[template] as (d: MailTemplateData<T>) => { subject: string; text: string; html: string })(data);
    const repo = em.getRepository(MailMessage);
    return repo.save(repo.create({ to, template, ...rendered }));
  }

  /** Enqueue delivery. A failure here loses nothing: the outbox sweep re-enqueues pending mail. */
  async dispatch(message: Pick<MailMessage, 'id'>): Promise<void> {
    try {
      await this.queues.add(SendEmailJob, { messageId: message.id }, { jobId: `mail-${message.id}` });
    } catch (e) {
      this.logger.warn({ messageId: message.id, err: (e as Error).message }, 'could not enqueue mail; the outbox sweep will retry');
    }
  }

  /** Deliver one message. Idempotent: a message already sent is not sent again. */
  async deliver(messageId: string): Promise<'sent' | 'already-sent' | 'missing'> {
    const repo = this.dataSource.getRepository(MailMessage);
    const message = await repo.findOneBy({ id: messageId });
    if (!message) return 'missing';
    if (message.status === 'sent') return 'already-sent';
    try {
      await this.transport.send(message);
    } catch (e) {
      await repo.update({ id: messageId }, { attempts: () => 'attempts + 1', lastError: (e as Error).message.slice(0, 500) });
      throw e;
    }
    await repo.update({ id: messageId, status: 'pending' }, { status: 'sent', sentAt: new Date(), attempts: () => 'attempts + 1', lastError: null });
    return 'sent';
  }

  /**
   * Re-enqueue pending messages older than `olderThanMs`: their job was lost (Redis was down when
   * they were written) or used up its attempts during a long SMTP outage. A message whose job is
   * still waiting or retrying is left alone, so it is never sent by two jobs at once.
   */
  async sweepPending(olderThanMs = 5 * 60_000, batch = 500): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM mail_messages WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1)
       ORDER BY created_at LIMIT $2`,
      [olderThanMs / 1000, batch],
    );
    const queue = this.queues.queue(SendEmailJob.queue);
    let requeued = 0;
    for (const { id } of rows) {
      const job = await queue.getJob(`mail-${id}`);
      const state = job ? await job.getState() : 'missing';
      if (state === 'failed') {
        await job!.retry('failed', { resetAttemptsMade: true });
      } else if (state === 'missing' || state === 'completed' || state === 'unknown') {
        if (job) await job.remove();
        await this.dispatch({ id });
      } else {
        continue;
      }
      requeued++;
    }
    return requeued;
  }
}
