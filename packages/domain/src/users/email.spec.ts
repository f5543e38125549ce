import { describe, expect, it } from '@jest/globals';
import { normalizeEmail } from './email.js';

describe('normalizeEmail', () => {
  it.each([
    ['Jana.Novak@Example.COM', 'jana.novak@example.com'],
    ['  jana@example.com\t\n', 'jana@example.com'],
    [' JANA+Tag@EXAMPLE.com ', 'jana+tag@example.com'],
    ['already@normal.example', 'already@normal.example'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeEmail('  Mixed.Case@Example.Org ');
    expect(normalizeEmail(once)).toBe(once);
  });

  it('keeps inner characters as they are (no dot or plus folding)', () => {
    expect(normalizeEmail('j.a.n.a+x@example.com')).toBe('j.a.n.a+x@example.com');
  });
});
