import { describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig } from '../config/config.js';
import type { MailService } from '../mail/mail.service.js';
import { TokenExpiryService, purgeCutoff, reminderWindow } from './token-expiry.service.js';

// The SQL itself runs against PostgreSQL in the worker's integration tests
// (apps/worker/test/token-expiry.spec.ts); these pin the arithmetic and the order of work.

const NOW = new Date('2026-03-01T12:00:00Z');

describe('reminderWindow', () => {
  it('covers tokens expiring after now and up to `days` × 24 h later', () => {
    expect(reminderWindow(NOW, 7)).toEqual({ after: NOW, until: new Date('2026-03-08T12:00:00Z') });
  });

  it('counts days as 24 hours, also across a daylight-saving change', () => {
    // 2026-03-29 is the EU switch to summer time; timestamps are UTC, so it makes no difference.
    expect(reminderWindow(new Date('2026-03-28T12:00:00Z'), 2).until).toEqual(new Date('2026-03-30T12:00:00Z'));
  });
});

describe('purgeCutoff', () => {
  it('is `days` × 24 h before now', () => {
    expect(purgeCutoff(NOW, 30)).toEqual(new Date('2026-01-30T12:00:00Z'));
  });
});

interface Due {
  id: number;
  description: string;
  expiresAt: Date;
  email: string;
  name: string;
}

/**
 * A DataSource whose claim query answers the given batches in turn, and a MailService that
 * records what is composed and dispatched, and when relative to the commits.
 */
function fakes(batches: Due[][], opts: { failComposeAt?: number } = {}) {
  const log: string[] = [];
  const claims: unknown[][] = [];
  let composed = 0;
  const em = {
    query: async (_sql: string, params: unknown[]) => {
      claims.push(params);
      return [batches.shift() ?? [], 0];
    },
  } as unknown as EntityManager;
  const dataSource = {
    transaction: async <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => {
      log.push('begin');
      try {
        const result = await work(em);
        log.push('commit');
        return result;
      } catch (e) {
        log.push('rollback');
        throw e;
      }
    },
  } as unknown as DataSource;
  const mail = {
    compose: async (_em: EntityManager, template: string, to: string, data: Record<string, unknown>) => {
      if (opts.failComposeAt === composed++) throw new Error('disk full');
      log.push(`compose ${template} ${to} ${String(data.description)}`);
      return { id: `mail-${to}` };
    },
    dispatch: async ({ id }: { id: string }) => {
      log.push(`dispatch ${id}`);
    },
  } as unknown as MailService;
  const service = new TokenExpiryService(dataSource, mail, loadConfig({ PUBLIC_URL: 'https://account.example.com', TOKEN_EXPIRY_REMINDER_DAYS: '10' }));
  return { service, log, claims };
}

const due = (n: number): Due => ({ id: n, description: `token ${n}`, expiresAt: NOW, email: `u${n}@example.com`, name: `User ${n}` });

describe('TokenExpiryService.sendReminders', () => {
  it('claims with now and now + TOKEN_EXPIRY_REMINDER_DAYS, composes in the transaction and dispatches after the commit', async () => {
    const { service, log, claims } = fakes([[due(1), due(2)]]);
    await expect(service.sendReminders(NOW, 500)).resolves.toBe(2);
    expect(claims).toEqual([[NOW, new Date('2026-03-11T12:00:00Z'), 500]]);
    expect(log).toEqual([
      'begin',
      'compose token-expiry-reminder u1@example.com token 1',
      'compose token-expiry-reminder u2@example.com token 2',
      'commit',
      'dispatch mail-u1@example.com',
      'dispatch mail-u2@example.com',
    ]);
  });

  it('works in batches until one comes back short, one transaction each', async () => {
    const { service, log, claims } = fakes([[due(1), due(2)], [due(3), due(4)], [due(5)]]);
    await expect(service.sendReminders(NOW, 2)).resolves.toBe(5);
    expect(claims).toHaveLength(3);
    expect(log.filter((l) => l === 'commit')).toHaveLength(3);
    expect(log.filter((l) => l.startsWith('dispatch'))).toHaveLength(5);
  });

  it('stops after an empty claim and sends nothing when nothing is due', async () => {
    const { service, log } = fakes([]);
    await expect(service.sendReminders(NOW)).resolves.toBe(0);
    expect(log).toEqual(['begin', 'commit']);
  });

  it('dispatches nothing from a batch whose transaction rolled back', async () => {
    const { service, log } = fakes([[due(1), due(2)]], { failComposeAt: 1 });
    await expect(service.sendReminders(NOW)).rejects.toThrow('disk full');
    expect(log).toEqual(['begin', 'compose token-expiry-reminder u1@example.com token 1', 'rollback']);
  });
});
