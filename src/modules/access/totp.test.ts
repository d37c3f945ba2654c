import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchingStep, otpauthUri, timeStep, totpAt } from './totp.ts';
import { openSecret, parseSecretKey, sealSecret } from './secret-box.ts';

// RFC 6238 Appendix B: the seeds are the ASCII strings below (20, 32 and 64 bytes), 8 digits.
const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};
const APPENDIX_B: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it('gives the Appendix B test vectors', () => {
    for (const [seconds, sha1, sha256, sha512] of APPENDIX_B) {
      const step = timeStep(seconds * 1000);
      expect(hotp(SEEDS.sha1, step, 8, 'sha1'), `T=${seconds} SHA1`).toBe(sha1);
      expect(hotp(SEEDS.sha256, step, 8, 'sha256'), `T=${seconds} SHA256`).toBe(sha256);
      expect(hotp(SEEDS.sha512, step, 8, 'sha512'), `T=${seconds} SHA512`).toBe(sha512);
    }
  });

  it('gives the RFC 4226 Appendix D HOTP values (6 digits, the form apps show)', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(SEEDS.sha1, counter))).toEqual(expected);
  });

  it('reads base32 as apps write it, and round-trips', () => {
    const secret = base32Encode(SEEDS.sha1);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(secret.toLowerCase().replace(/(.{4})/g, '$1 '))).toEqual(SEEDS.sha1);
    const random = randomBytes(20);
    expect(base32Decode(base32Encode(random))).toEqual(random);
    expect(() => base32Decode('not base32!')).toThrow();
  });

  it('accepts one step either side and no further', () => {
    const secret = base32Encode(SEEDS.sha1);
    const at = 1_111_111_111_000;
    const step = timeStep(at);
    expect(matchingStep(secret, totpAt(secret, at), at)).toBe(step);
    expect(matchingStep(secret, totpAt(secret, at - 30_000), at)).toBe(step - 1);
    expect(matchingStep(secret, totpAt(secret, at + 30_000), at)).toBe(step + 1);
    expect(matchingStep(secret, totpAt(secret, at + 60_000), at)).toBeNull();
    expect(matchingStep(secret, totpAt(secret, at - 60_000), at)).toBeNull();
    expect(matchingStep(secret, '12345', at)).toBeNull();
  });

  it('writes the otpauth URI authenticator apps scan', () => {
    expect(otpauthUri('ayse.k', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/Koruma%3Aayse.k?secret=JBSWY3DPEHPK3PXP&issuer=Koruma&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('secret sealing', () => {
  const key = parseSecretKey(randomBytes(32).toString('hex'));
  it('does not show the secret in what is stored, and opens only for its owner and key', () => {
    const sealed = sealSecret(key, 'JBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(key, sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(openSecret(key, sealed, 'user-2')).toBeNull();
    expect(openSecret(parseSecretKey(randomBytes(32).toString('base64')), sealed, 'user-1')).toBeNull();
    expect(openSecret(null, sealed, 'user-1')).toBeNull();
  });
  it('keeps a secret marked plain without a key, and still reads it once a key is set', () => {
    const plain = sealSecret(null, 'JBSWY3DPEHPK3PXP', 'user-1');
    expect(plain).toBe('plain:JBSWY3DPEHPK3PXP');
    expect(openSecret(key, plain, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
  });
  it('refuses a key of the wrong length', () => {
    expect(() => parseSecretKey('abcd')).toThrow(/32 bytes/);
  });
});
