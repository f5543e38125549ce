import { describe, expect, it } from '@jest/globals';
import { purgeCutoff, reminderWindow } from './token-expiry.service.js';

// The arithmetic only. Claiming, batching and rollback run against the real PostgreSQL, Redis
// and SMTP server in the worker's integration tests (apps/worker/test/token-expiry.spec.ts).

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

