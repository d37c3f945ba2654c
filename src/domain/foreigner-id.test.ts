import { describe, expect, it } from 'vitest';
import {
  foreignerIdFromSerial,
  hasIdentityCheckDigits,
  foreignerIdProblem,
  formatForeignerId,
  isValidForeignerId,
} from './foreigner-id.ts';

describe('foreigner identification number', () => {
  it('builds valid numbers from serials', () => {
    for (const serial of [1, 42, 1_000_001, 9_999_999]) {
      const id = foreignerIdFromSerial(serial);
      expect(id).toMatch(/^99\d{9}$/);
      expect(isValidForeignerId(id)).toBe(true);
    }
  });

  it('computes the check digits of the Turkish identity-number algorithm', () => {
    // 991000001: odd = 9+1+0+0+1 = 11, even = 9+0+0+0 = 9 → d10 = (77-9) mod 10 = 8; d11 = (20+8) mod 10 = 8
    expect(foreignerIdFromSerial(1_000_001)).toBe('99100000188');
    // The same algorithm accepts the well-known Turkish test identity number 10000000146.
    expect(hasIdentityCheckDigits('10000000146')).toBe(true);
    expect(hasIdentityCheckDigits('10000000147')).toBe(false);
  });

  it('names what is wrong', () => {
    const valid = foreignerIdFromSerial(1_234_567);
    const wrongCheck = valid.slice(0, 10) + String((Number(valid[10]) + 1) % 10);
    expect(foreignerIdProblem(wrongCheck)).toBe('check_digit');
    expect(foreignerIdProblem('12345678901')).toBe('prefix');
    expect(foreignerIdProblem('99123')).toBe('format');
    expect(foreignerIdProblem('99l23456789')).toBe('format');
  });

  it('detects every single-digit typo in the serial', () => {
    const valid = foreignerIdFromSerial(3_141_592);
    for (let position = 2; position < 11; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === valid[position]) continue;
        const typo = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
        expect(isValidForeignerId(typo)).toBe(false);
      }
    }
  });

  it('rejects serials out of range', () => {
    expect(() => foreignerIdFromSerial(0)).toThrow(RangeError);
    expect(() => foreignerIdFromSerial(10_000_000)).toThrow(RangeError);
  });

  it('formats in readable groups', () => {
    expect(formatForeignerId('99100000188')).toBe('99 100 000 188');
  });
});
