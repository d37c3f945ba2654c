// Time-based one-time passwords, RFC 6238 over HOTP (RFC 4226): HMAC-SHA1, 30-second steps,
// 6 digits, the form Google Authenticator, Aegis and FreeOTP read from an otpauth:// URI.
// Written on node:crypto so that the whole check is in view.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** One step either side of now: a phone clock a little off, or a code typed as it turns. */
export const TOTP_WINDOW = 1;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 as authenticator apps write it (any case, spaces and padding ignored). */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** A new secret: 20 random bytes (160 bits, the HMAC-SHA1 block RFC 4226 §4 recommends). */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** HOTP (RFC 4226 §5.3): HMAC of the 8-byte counter, dynamic truncation, the low digits. */
export function hotp(key: Buffer, counter: number, digits = TOTP_DIGITS, algorithm = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function timeStep(unixMs: number): number {
  return Math.floor(unixMs / 1000 / TOTP_STEP_SECONDS);
}

export function totpAt(secretBase32: string, unixMs: number): string {
  return hotp(base32Decode(secretBase32), timeStep(unixMs));
}

/**
 * The time step a code belongs to, within ±TOTP_WINDOW of now, or null. The caller refuses a
 * step it has already accepted, so that a code cannot be used twice.
 */
export function matchingStep(secretBase32: string, code: string, unixMs: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = base32Decode(secretBase32);
  const now = timeStep(unixMs);
  let found: number | null = null;
  // Every candidate is computed and compared in constant time, whichever matches.
  for (let step = Math.max(0, now - TOTP_WINDOW); step <= now + TOTP_WINDOW; step += 1) {
    const same = timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(code));
    if (same && found === null) found = step;
  }
  return found;
}

/** The enrolment URI authenticator apps scan (Key Uri Format, as Google Authenticator reads it). */
export function otpauthUri(username: string, secretBase32: string): string {
  const label = encodeURIComponent(`Koruma:${username}`);
  return `otpauth://totp/${label}?secret=${secretBase32}&issuer=Koruma&algorithm=SHA1&digits=${TOTP_DIGITS}&period=${TOTP_STEP_SECONDS}`;
}
