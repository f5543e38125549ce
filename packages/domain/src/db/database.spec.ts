import { describe, expect, it } from '@jest/globals';
import { redactUrl } from './database.js';

describe('redactUrl', () => {
  it.each([
    ['postgres://app:s3cret@db.internal:5432/kbc', 'postgres://app:***@db.internal:5432/kbc'],
    ['postgresql://app:s3cret@db.internal/kbc?sslmode=require', 'postgresql://app:***@db.internal/kbc?sslmode=require'],
    ['redis://:s3cret@127.0.0.1:6379', 'redis://:***@127.0.0.1:6379'],
    ['rediss://default:s3cret@cache.example.com:6380/0', 'rediss://default:***@cache.example.com:6380/0'],
    ['smtp://mailer:p%40ss%3Aword@smtp.example.com:587', 'smtp://mailer:***@smtp.example.com:587'],
  ])('hides the password in %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
    expect(redactUrl(url)).not.toMatch(/s3cret|p%40ss/);
  });

  it('hides credentials passed as query parameters', () => {
    const redacted = redactUrl('postgres://db.internal/kbc?user=app&password=s3cret&sslmode=require');
    expect(redacted).not.toMatch(/s3cret/);
    expect(redacted).toMatch(/sslmode=require/);
  });

  it.each([
    ['postgres://root@127.0.0.1:5432/kbc_account'],
    ['redis://127.0.0.1:6379'],
  ])('leaves a URL without a password as it is: %s', (url) => {
    expect(redactUrl(url)).toBe(url);
  });

  it('answers a fixed placeholder, not the input, for something that is not a URL', () => {
    // The input might be a secret pasted into the wrong variable.
    expect(redactUrl('hunter2 is my password')).toBe('(unparseable URL)');
    expect(redactUrl('')).toBe('(unparseable URL)');
  });
});
