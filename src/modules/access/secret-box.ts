// How a TOTP secret is kept in the database. It cannot be hashed (the server needs it to compute
// codes), so it is encrypted with AES-256-GCM under KORUMA_TOTP_KEY, a key that lives in the
// environment and not in the database: a dump alone then does not reveal it. The user's id is
// the additional data, so a ciphertext copied onto another account does not decrypt. Without a
// key the secret is stored marked "plain:" (and the README says so); setting a key later still
// reads those, and each is sealed on its owner's next enrolment.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export type SecretKey = Buffer | null;

/** KORUMA_TOTP_KEY: 32 bytes, as 64 hex digits or base64. */
export function parseSecretKey(text: string | undefined): SecretKey {
  if (!text) return null;
  const bytes = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (bytes.length !== 32) throw new Error('KORUMA_TOTP_KEY must be 32 bytes (64 hex digits or base64)');
  return bytes;
}

export function sealSecret(key: SecretKey, secret: string, ownerId: string): string {
  if (!key) return `plain:${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(ownerId));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(
    ':',
  );
}

/** The secret, or null when it was sealed under a key this server does not have. */
export function openSecret(key: SecretKey, stored: string, ownerId: string): string | null {
  if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
  const [version, iv, tag, body] = stored.split(':');
  if (version !== 'v1' || !iv || !tag || !body || !key) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(ownerId));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
