// Sign-in: the password, the second step (TOTP or recovery code), enrolment of a second factor,
// and the administrator's view of throttled sign-ins. All open routes here are under
// /api/v1/auth/login: only they may be reached without a session.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf, SESSION_COOKIE } from '../../http/guard.ts';
import { typed, type RouteDeps } from '../../http/route-kit.ts';
import { AppError } from '../../core/errors.ts';
import { login } from './auth.service.ts';
import {
  completeSecondStep,
  confirmEnrolment,
  resetSecondFactor,
  startEnrolment,
  type SignInSettings,
} from './second-factor.service.ts';
import type { SessionStart } from './session-start.ts';
import { clearThrottles, currentThrottles } from './throttle.ts';
import { presentUser, userView } from './users.view.ts';

const challenge = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'six digits');
const recoveryCode = z.string().trim().min(10).max(20);
const signedIn = z.object({
  step: z.literal('done'),
  token: z.string(),
  expiresAt: z.string(),
  user: userView,
});
const secondStep = z.object({
  step: z.enum(['code', 'enrol']),
  challenge: z.string(),
  expiresAt: z.string(),
});
const throttleView = z.object({
  username: z.string(),
  ip: z.string(),
  kind: z.enum(['password', 'second_factor']),
  failures: z.number().int(),
  lastFailureAt: z.string(),
  retryAt: z.string().nullable(),
});

/** Sign-in with the client address it came from; a refusal for throttling says when to retry. */
async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const seconds = error instanceof AppError ? error.extensions?.retryAfterSeconds : undefined;
    if (typeof seconds === 'number') reply.header('retry-after', String(seconds));
    throw error;
  }
}

/** The session cookie; Secure when the request came over TLS (directly, or per a trusted proxy). */
function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: SessionStart) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
    expires: session.expiresAt,
  });
  return {
    step: 'done' as const,
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    user: presentUser(session.user),
  };
}

export function signInRoutes(app: FastifyInstance, deps: RouteDeps, settings: SignInSettings): void {
  const r = typed(app);
  const meta = (request: FastifyRequest) => ({ ...request.meta, ip: request.ip });

  r.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary:
          'Sign in. Either signed in (a bearer token and the session cookie), or the password was right and a second step follows with the challenge: a code, or enrolment of a second factor',
        body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
        response: { 200: z.union([signedIn, secondStep]) },
        errors: ['INVALID_CREDENTIALS', 'RATE_LIMITED'],
      },
    },
    async (request, reply) => {
      const result = await withRetryAfter(reply, () => login(deps.db, settings, meta(request), request.body));
      if (result.step === 'done') return setSessionCookie(request, reply, result);
      return { step: result.step, challenge: result.challenge, expiresAt: result.expiresAt.toISOString() };
    },
  );

  r.post(
    '/api/v1/auth/login/second-factor',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Second step of sign-in: a code from the authenticator app, or a one-time recovery code',
        body: z.union([
          z.strictObject({ challenge, code: totpCode }),
          z.strictObject({ challenge, recoveryCode }),
        ]),
        response: { 200: signedIn },
        errors: ['UNAUTHENTICATED', 'RATE_LIMITED'],
      },
    },
    async (request, reply) => {
      const session = await withRetryAfter(reply, () =>
        completeSecondStep(deps.db, settings, meta(request), request.body),
      );
      return setSessionCookie(request, reply, session);
    },
  );

  r.post(
    '/api/v1/auth/login/enrolment',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Start enrolling a second factor: a new secret, its otpauth:// URI and QR code (SVG)',
        body: z.strictObject({ challenge }),
        response: { 200: z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() }) },
        errors: ['UNAUTHENTICATED', 'RATE_LIMITED'],
      },
    },
    async (request) => startEnrolment(deps.db, settings, request.meta, request.body.challenge),
  );

  r.post(
    '/api/v1/auth/login/enrolment/confirm',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary:
          'Confirm enrolment with a first code: signs in and returns the recovery codes, shown this once',
        body: z.strictObject({ challenge, code: totpCode }),
        response: { 200: signedIn.extend({ recoveryCodes: z.array(z.string()) }) },
        errors: ['UNAUTHENTICATED', 'RATE_LIMITED'],
      },
    },
    async (request, reply) => {
      const result = await withRetryAfter(reply, () =>
        confirmEnrolment(deps.db, settings, meta(request), request.body),
      );
      return { ...setSessionCookie(request, reply, result), recoveryCodes: result.recoveryCodes };
    },
  );

  r.get(
    '/api/v1/auth/throttles',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['auth'],
        summary: 'Sign-in failures still counted: by (account, address) pair, and addresses at their limit',
        response: {
          200: z.object({
            pairs: z.array(throttleView),
            addresses: z.array(z.object({ ip: z.string(), failures: z.number().int() })),
            limits: z.object({
              freeFailures: z.number(),
              firstDelaySeconds: z.number(),
              maxDelaySeconds: z.number(),
              addressFailuresPerWindow: z.number(),
              windowMinutes: z.number(),
            }),
          }),
        },
      },
    },
    async () => currentThrottles(deps.db),
  );

  r.post(
    '/api/v1/auth/throttles/clear',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['auth'],
        summary: 'Clear counted sign-in failures: of an account, of an address, or of one pair',
        body: z
          .strictObject({
            username: z.string().min(1).max(64).optional(),
            ip: z.string().min(1).max(64).optional(),
          })
          .refine((b) => b.username !== undefined || b.ip !== undefined, {
            message: 'name an account, an address or both',
            path: ['username'],
          }),
        response: { 200: z.object({ cleared: z.number().int() }) },
      },
    },
    async (request) => clearThrottles(deps.db, actorOf(request), request.meta, request.body),
  );

  r.post(
    '/api/v1/users/:id/second-factor/reset',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: "Remove a user's second factor and recovery codes and end their sessions; they enrol again",
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: userView },
      },
    },
    async (request) =>
      presentUser(
        await resetSecondFactor(deps.db, actorOf(request), request.meta, { id: request.params.id }),
      ),
  );
}
