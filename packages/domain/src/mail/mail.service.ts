import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MailMessage } from '../db/entities/mail-message.entity.js';
import { SendEmailJob } from '../queues/queue-contract.js';
import { QueueService } from '../queues/queue.service.js';
import { MailTransport, type OutgoingMail } from './mail-transport.js';
import { type MailTemplateData, type MailTemplateName, mailTemplates } from './templates/templates.js';

/**
 * The outbox: `compose` writes a message in the caller's transaction, `dispatch` enqueues its
 * delivery after the commit, `deliver` (the worker) sends it once.
 */
/** How long a worker may take to hand one message to SMTP before another may try. */
const CLAIM_SECONDS = 120;

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

  /**
   * Deliver one message, at most once: the worker first claims the message with a short lease
   * (one UPDATE, so two jobs cannot both win), sends, then marks it sent and drops the body —
   * bodies can hold one-time links, which are stored nowhere else in plain text.
   */
  async deliver(messageId: string): Promise<'sent' | 'already-sent' | 'missing'> {
    const [claimed] = (await this.dataSource.query(
      `UPDATE mail_messages SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1
        WHERE id = $1 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())
        RETURNING id, to_address AS "to", subject, body_text AS text, body_html AS html`,
      [messageId, CLAIM_SECONDS],
    )) as [OutgoingMail[], number];
    const message = claimed[0];
    if (!message) {
      const [row] = (await this.dataSource.query(`SELECT status FROM mail_messages WHERE id = $1`, [messageId])) as { status: string }[];
      if (!row) return 'missing';
      if (row.status === 'sent') return 'already-sent';
      // Another job holds the lease: retry later (its outcome decides what we find then).
      throw new Error(`message ${messageId} is being delivered by another job`);
    }
    try {
      await this.transport.send(message);
    } catch (e) {
      await this.dataSource.query(`UPDATE mail_messages SET claimed_until = NULL, last_error = $2 WHERE id = $1`, [
        messageId,
        (e as Error).message.slice(0, 500),
      ]);
      throw e;
    }
    await this.dataSource.query(
      `UPDATE mail_messages SET status = 'sent', sent_at = now(), claimed_until = NULL, last_error = NULL,
              body_text = '', body_html = '' WHERE id = $1`,
      [messageId],
    );
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
