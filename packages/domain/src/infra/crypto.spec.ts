import { describe, expect, it } from '@jest/globals';
import { hmacSha256, randomToken, safeEqual, sha256 } from './crypto.js';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

describe('safeEqual', () => {
  it('is true for equal strings', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('', '')).toBe(true);
    expect(safeEqual('Žluťoučký kůň', 'Žluťoučký kůň')).toBe(true);
  });

  it('is false for strings that differ in content', () => {
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'ABC')).toBe(false);
  });

  it('is false, without throwing, for strings of different length', () => {
    // crypto.timingSafeEqual throws on buffers of different length; safeEqual must not.
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'a')).toBe(false);
  });

  it('compares bytes, not UTF-16 units: same .length but different encodings are unequal', () => {
    // 'é' precomposed (2 UTF-8 bytes) vs 'e' + combining accent (3 bytes).
    expect(safeEqual('\u00e9', 'e\u0301')).toBe(false);
    // Same byte length, different bytes.
    expect(safeEqual('\u00e9', 'ab')).toBe(false);
  });
});

describe('sha256', () => {
  it('matches the FIPS 180-2 test vector', () => {
    expect(sha256('abc').toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('returns the 32-byte digest as a Buffer (stored in bytea columns)', () => {
    const digest = sha256('token');
    expect(Buffer.isBuffer(digest)).toBe(true);
    expect(digest).toHaveLength(32);
  });

  it('hashes the UTF-8 encoding', () => {
    // The digest of the bytes c3 a9 ("é" in UTF-8), not of latin-1 e9 (de2e331d…).
    expect(sha256('\u00e9').toString('hex')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });
});

describe('hmacSha256', () => {
  it('matches RFC 4231 test case 2, encoded as base64url', () => {
    const expectedHex = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(hmacSha256('Jefe', 'what do ya want for nothing?')).toBe(Buffer.from(expectedHex, 'hex').toString('base64url'));
  });

  it('is URL-safe and unpadded', () => {
    for (let i = 0; i < 50; i++) expect(hmacSha256(`key-${i}`, `value-${i}`)).toMatch(BASE64URL);
  });

  it('depends on both the key and the value', () => {
    const mac = hmacSha256('key', 'value');
    expect(hmacSha256('key', 'value')).toBe(mac);
    expect(hmacSha256('other-key', 'value')).not.toBe(mac);
    expect(hmacSha256('key', 'value2')).not.toBe(mac);
  });
});

describe('randomToken', () => {
  it('encodes 32 bytes by default as 43 URL-safe characters', () => {
    const token = randomToken();
    expect(token).toHaveLength(43);
    expect(token).toMatch(BASE64URL);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it.each([1, 16, 24, 48, 64])('carries exactly %i bytes', (bytes) => {
    const token = randomToken(bytes);
    expect(token).toHaveLength(Math.ceil((bytes * 4) / 3));
    expect(Buffer.from(token, 'base64url')).toHaveLength(bytes);
  });

  it('does not repeat', () => {
    const tokens = new Set(Array.from({ length: 5000 }, () => randomToken(16)));
    expect(tokens.size).toBe(5000);
  });

  it('looks uniformly random: about half the bits set, every base64url symbol used', () => {
    const tokens = Array.from({ length: 1000 }, () => randomToken());
    let ones = 0;
    for (const t of tokens) for (const byte of Buffer.from(t, 'base64url')) ones += popcount(byte);
    const bits = tokens.length * 32 * 8;
    // 256,000 fair coin flips: the standard deviation is ~253, so ±1% is ~10 sigma.
    expect(Math.abs(ones / bits - 0.5)).toBeLessThan(0.01);
    expect(new Set(tokens.join('')).size).toBe(64);
  });
});

function popcount(byte: number): number {
  let n = 0;
  for (let b = byte; b; b >>= 1) n += b & 1;
  return n;
}
