// Configuration comes from the environment, validated once at boot. Every problem is listed
// at once, in words an operator can act on, instead of failing on the first.
import { z } from 'zod';
import { ROLES, SECOND_FACTOR_ROLES } from '../domain/access.ts';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  KORUMA_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  KORUMA_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  KORUMA_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  KORUMA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // İYUK Art. 8(3) applied to the short LFIP court periods is UNVERIFIED (domain.md §0.1): off by default.
  KORUMA_JUDICIAL_RECESS_EXTENDS_LFIP_APPEALS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  // Worker processes of `koruma serve` (PostgreSQL server only; PGlite is owned by one process).
  KORUMA_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  // Where pg_dump and pg_restore are, when not in /usr/lib/postgresql/<server major>/bin or on PATH.
  KORUMA_PG_BIN: z.string().min(1).optional(),
  KORUMA_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  // Roles that must sign in with a TOTP second factor, comma-separated; "none" for none.
  KORUMA_TOTP_REQUIRED_ROLES: z
    .string()
    .default(SECOND_FACTOR_ROLES.join(','))
    .transform((v) => (v.trim() || SECOND_FACTOR_ROLES.join(',')).split(',').map((r) => r.trim()))
    .transform((roles) => (roles.length === 1 && roles[0] === 'none' ? [] : roles))
    .pipe(
      z.array(z.enum(ROLES, { error: `a comma-separated list of roles (${ROLES.join(', ')}), or "none"` })),
    ),
  // Seals TOTP secrets in the database (AES-256-GCM): 32 bytes as 64 hex digits or base64.
  KORUMA_TOTP_KEY: z
    .string()
    .refine(
      (v) =>
        /^[0-9a-fA-F]{64}$/.test(v) ||
        (/^[A-Za-z0-9+/]{43}=?$/.test(v) && Buffer.from(v, 'base64').length === 32),
      'must be 32 bytes: 64 hex digits or base64 (for example: openssl rand -hex 32)',
    )
    .optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
