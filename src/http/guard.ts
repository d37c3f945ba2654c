// Deny by default. Every route must declare the permission it needs; routes under /api that
// forget are refused at start-up. Authentication runs before the body is even parsed, so an
// anonymous caller learns nothing from validation errors.
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Db } from '../db/database.ts';
import { hasPermission, type Actor, type Permission } from '../domain/access.ts';
import { auditDenied } from '../core/use-case.ts';
import { AppError } from '../core/errors.ts';
import { sendProblem } from './error-handler.ts';

export const SESSION_COOKIE = 'koruma_session';
export const CSRF_HEADER = 'x-koruma-csrf';

/** Routes registered by plugins (API docs, the static web app): public by nature, no personal data. */
const PLUGIN_PUBLIC_PREFIXES = ['/api/v1/docs'];

export interface RouteRecord {
  method: string;
  url: string;
  permission: Permission | 'public';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  return match?.[1] ?? null;
}

/** Who holds a session token (the access module answers; the guard only asks). */
export type Authenticate = (db: Db, token: string) => Promise<{ actor: Actor } | null>;

export function installGuard(
  app: FastifyInstance,
  db: Db,
  routeTable: RouteRecord[],
  authenticate: Authenticate,
): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const config = (route.config ?? {}) as { permission?: Permission | 'public' };
    if (!config.permission && PLUGIN_PUBLIC_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...route.config, permission: 'public' };
    } else if (!config.permission && route.url.startsWith('/api')) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare a permission`);
    }
    const permission = route.config?.permission ?? 'public';
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url, permission });
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('meta', null as never);

  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    const purposeHeader = request.headers['x-koruma-purpose'];
    const purpose =
      typeof purposeHeader === 'string' && purposeHeader.length <= 100
        ? purposeHeader
        : (config.purpose ?? null);
    request.meta = { requestId: String(request.id), ip: request.ip, purpose };
    const permission = config.permission ?? 'public';
    if (permission === 'public') return;

    const bearer = bearerToken(request);
    const cookie = bearer ? null : (request.cookies[SESSION_COOKIE] ?? null);
    const token = bearer ?? cookie;
    const session = token ? await authenticate(db, token) : null;
    if (!session || !token) return sendProblem(request, reply, new AppError('UNAUTHENTICATED'));
    // A cookie rides along with any request the browser makes; a custom header cannot be
    // added cross-site without CORS (which we never enable), so it proves the app sent it.
    // A refusal of a signed-in user is written to the audit trail before it is answered.
    const refuse = async (error: AppError, details: Record<string, unknown>) => {
      await auditDenied(db, session.actor, request.meta, {
        action: `http.${request.method.toLowerCase()}`,
        entityType: 'route',
        entityId: request.routeOptions.url ?? request.url,
        details,
      });
      return sendProblem(request, reply, error);
    };
    if (cookie && !SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== '1') {
      // A signed-in browser sent a write it did not mean to.
      return refuse(new AppError('CSRF_REJECTED'), {
        reason: 'csrf_header_missing',
        origin: request.headers.origin ?? null,
      });
    }
    request.actor = session.actor;
    request.sessionToken = token;
    if (!hasPermission(session.actor.role, permission)) {
      return refuse(new AppError('FORBIDDEN', `Your role may not use this (${permission})`), { permission });
    }
  });
}

/** The actor of an authenticated route (the guard guarantees it). */
export function actorOf(request: FastifyRequest) {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
