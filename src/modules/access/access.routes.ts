import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../domain/access.ts';
import { actorOf, SESSION_COOKIE } from '../../http/guard.ts';
import { typed, type RouteDeps } from '../../http/route-kit.ts';
import { login, logout } from './auth.service.ts';
import * as usersService from './users.service.ts';

const language = z.enum(['tr', 'en', 'ar', 'fa']);
const userView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  provinceCode: z.string().nullable(),
  centreId: z.string().nullable(),
  organisation: z.string().nullable(),
  preferredLanguage: z.string(),
  active: z.boolean(),
});
const password = z.string().min(12, 'at least 12 characters').max(200);
const userParams = z.strictObject({ id: z.uuid() });

export function accessRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in: returns a bearer token and sets the session cookie',
        body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
        response: { 200: z.object({ token: z.string(), expiresAt: z.string(), user: userView }) },
        errors: ['INVALID_CREDENTIALS', 'RATE_LIMITED'],
      },
    },
    async (request, reply) => {
      const result = await login(
        deps.db,
        { ...request.meta, ip: request.ip },
        request.body,
        deps.sessionHours,
      );
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
        expires: result.expiresAt,
      });
      return {
        token: result.token,
        expiresAt: result.expiresAt.toISOString(),
        user: usersService.presentUser(result.user),
      };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { permission: 'self' },
      schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logout(deps.db, actorOf(request), request.meta, request.sessionToken ?? '');
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'self' },
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: userView } },
    },
    async (request) => usersService.getUser(deps.db, actorOf(request).userId),
  );

  r.patch(
    '/api/v1/auth/me',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['auth'],
        summary: 'Remember the interface language',
        body: z.strictObject({ preferredLanguage: language }),
        response: { 200: userView },
      },
    },
    async (request) =>
      usersService.setPreferredLanguage(
        deps.db,
        actorOf(request),
        request.meta,
        request.body.preferredLanguage,
      ),
  );

  r.get(
    '/api/v1/users',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Staff accounts',
        response: { 200: z.object({ users: z.array(userView) }) },
      },
    },
    async () => ({ users: await usersService.listAllUsers(deps.db) }),
  );

  r.post(
    '/api/v1/users',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a staff account with its role and scope',
        body: z.strictObject({
          username: z
            .string()
            .regex(/^[a-z0-9._-]{3,64}$/, '3–64 lower-case letters, digits, dot, dash or underscore'),
          displayName: z.string().trim().min(1).max(100),
          role: z.enum(ROLES),
          provinceCode: z.string().nullish(),
          centreId: z.uuid().nullish(),
          organisation: z.string().trim().max(100).nullish(),
          password,
          preferredLanguage: language.optional(),
        }),
        response: { 201: userView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await usersService.createUser(deps.db, actorOf(request), request.meta, request.body)),
  );

  r.patch(
    '/api/v1/users/:id',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Change role, scope or status (deactivating ends all sessions)',
        params: userParams,
        body: z.strictObject({
          displayName: z.string().trim().min(1).max(100).optional(),
          role: z.enum(ROLES).optional(),
          provinceCode: z.string().nullish(),
          centreId: z.uuid().nullish(),
          organisation: z.string().trim().max(100).nullish(),
          active: z.boolean().optional(),
          preferredLanguage: language.optional(),
        }),
        response: { 200: userView },
      },
    },
    async (request) =>
      usersService.changeUser(deps.db, actorOf(request), request.meta, request.params.id, request.body),
  );
}
