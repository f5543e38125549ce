import { describe, expect, it } from '@jest/globals';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode, normalizeRecoveryCode } from './recovery-codes.js';

describe('recovery codes', () => {
  it('are four groups of four unambiguous characters (80 bits)', () => {
    const codes = new Set(Array.from({ length: 200 }, newRecoveryCode));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
  });

  it('match however they are typed back', () => {
    const code = newRecoveryCode();
    expect(hashRecoveryCode(` ${code.toUpperCase().replace(/-/g, ' ')} `)).toEqual(hashRecoveryCode(code));
    expect(normalizeRecoveryCode('ABCD-efgh 2345-6789')).toBe('abcdefgh23456789');
    expect(looksLikeRecoveryCode('123456')).toBe(false);
    expect(looksLikeRecoveryCode(code)).toBe(true);
  });
});
