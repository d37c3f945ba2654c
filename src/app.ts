// Assembles the HTTP server from the modules. Order matters only for plugins: cookies and
// schema compilers first, then the guard (which must see every route as it is added).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from './db/database.ts';
import { SECOND_FACTOR_ROLES, type Role } from './domain/access.ts';
import type { SecretKey } from './modules/access/secret-box.ts';
import { accessRoutes } from './modules/access/access.routes.ts';
import { authenticate } from './modules/access/auth.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { documentsRoutes } from './modules/documents/documents.routes.ts';
import { householdsRoutes } from './modules/households/households.routes.ts';
import { personsRoutes } from './modules/persons/persons.routes.ts';
import { referenceRoutes } from './modules/reference/reference.routes.ts';
import { statisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { casesRoutes } from './modules/cases/cases.routes.ts';
import { worklistsRoutes } from './modules/worklists/worklists.routes.ts';
import { centresRoutes } from './modules/centres/centres.routes.ts';
import { placementsRoutes } from './modules/placements/placements.routes.ts';
import { careRoutes } from './modules/care/care.routes.ts';
import { removalRoutes } from './modules/removal/removal.routes.ts';
import { detentionRoutes } from './modules/detention/detention.routes.ts';
import { sharingRoutes } from './modules/sharing/sharing.routes.ts';
import { resettlementRoutes } from './modules/resettlement/resettlement.routes.ts';
import { looksLikePortalPath, portalNotFound, portalRoutes } from './modules/portal/portal.routes.ts';
import {
  contactChangeRoutes,
  installFormParser,
  selfServiceRoutes,
} from './modules/self-service/self-service.routes.ts';
import { portalEditingRoutes } from './modules/portal/editing.routes.ts';
import { portalFastPath } from './modules/portal/portal.fast-path.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { clientError, frameworkError, installErrorHandler, sendProblem } from './http/error-handler.ts';
import { AppError } from './core/errors.ts';
import { installGuard, type RouteRecord } from './http/guard.ts';
import { installTextHygiene } from './http/text-hygiene.ts';
import { installRequestLimits } from './http/request-limits.ts';
import { installResponseHeaders, requestIdFrom } from './http/response-headers.ts';
import { installCompression } from './http/compression.ts';
import { serveStaffApp } from './http/static-assets.ts';
import { documentRoute, problemComponent } from './http/openapi.ts';
import type { RouteDeps } from './http/route-kit.ts';
import { turkishToday } from './core/use-case.ts';
import './http/types.ts';
import { wireModules } from './wiring.ts';

export interface AppOptions {
  db: Db;
  sessionHours?: number;
  /** Only for tests of date-driven rules: the day the server believes it is. */
  today?: () => string;
  logLevel?: string;
  trustProxy?: boolean;
  /**
   * Second factor and its key. Left out, every role in SECOND_FACTOR_ROLES must have one and
   * secrets are stored unsealed; tests and benchmarks that sign in by password say so explicitly.
   */
  signIn?: { requiredRoles?: readonly Role[]; secretKey?: SecretKey };
}

export interface KorumaApp {
  app: FastifyInstance;
  routes: RouteRecord[];
}

const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

export async function buildApp(options: AppOptions): Promise<KorumaApp> {
  wireModules();
  const fromMemory = portalFastPath(options.db);
  const app = Fastify({
    // A portal page held in memory is answered before Fastify builds a request (portal.fast-path.ts).
    serverFactory: (handler) => {
      const server = createServer((req, res) => fromMemory(req, res) || handler(req, res));
      server.keepAliveTimeout = 72_000; // Fastify's own default, which it sets only on servers it makes
      return server;
    },
    bodyLimit: 1024 * 1024,
    // Errors Fastify and Node answer before our handler: problem+json as well (error-handler.ts).
    frameworkErrors: frameworkError,
    clientErrorHandler: clientError,
    trustProxy: options.trustProxy ?? false,
    // Accept a caller's request id (a proxy's) when it is well-formed; otherwise make one.
    genReqId: (req) => requestIdFrom(req.headers['x-request-id']),
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Headers first, compression last: it must see the final content type and encoding.
  installResponseHeaders(app, { trustProxy: options.trustProxy ?? false });
  installCompression(app);
  installErrorHandler(app);
  installRequestLimits(app);
  installTextHygiene(app);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Koruma API',
        version: '1',
        description: 'International protection case management. Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'koruma_session' },
        },
        schemas: { Problem: problemComponent },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: documentRoute,
  });

  const routes: RouteRecord[] = [];
  installGuard(app, options.db, routes, authenticate);
  const deps: RouteDeps = {
    db: options.db,
    sessionHours: options.sessionHours ?? 12,
    today: options.today ?? (() => turkishToday()),
  };

  await app.register(swaggerUi, { routePrefix: '/api/v1/docs' });
  app.get('/api/v1/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, () =>
    Promise.resolve(app.swagger()),
  );
  app.get(
    '/healthz',
    {
      config: { permission: 'public' },
      schema: {
        hide: true,
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await options.db.kysely.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      return { status: 'ok' as const, database: options.db.engine };
    },
  );

  installFormParser(app);
  accessRoutes(app, deps, {
    requiredRoles: options.signIn?.requiredRoles ?? SECOND_FACTOR_ROLES,
    secretKey: options.signIn?.secretKey ?? null,
    sessionHours: deps.sessionHours,
  });
  for (const register of [
    personsRoutes,
    householdsRoutes,
    documentsRoutes,
    referenceRoutes,
    auditRoutes,
    statisticsRoutes,
    casesRoutes,
    worklistsRoutes,
    calendarRoutes,
    centresRoutes,
    placementsRoutes,
    careRoutes,
    removalRoutes,
    detentionRoutes,
    sharingRoutes,
    resettlementRoutes,
    portalRoutes,
    selfServiceRoutes,
    portalEditingRoutes,
    contactChangeRoutes,
  ]) {
    register(app, deps);
  }

  const serveWebApp = existsSync(WEB_DIST);
  if (serveWebApp) await serveStaffApp(app, WEB_DIST);
  const portalMissing = portalNotFound(deps);
  app.setNotFoundHandler((request, reply) => {
    // A public page in a language we do not have, or a page that is not there: the portal's 404.
    if (request.method === 'GET' && looksLikePortalPath(request.url)) return portalMissing(request, reply);
    // The staff app routes on the client: unknown non-API pages get its index page.
    return serveWebApp && request.method === 'GET' && !request.url.startsWith('/api/')
      ? reply.sendFile('index.html')
      : sendProblem(request, reply, new AppError('NOT_FOUND', 'No such route'));
  });
  await app.ready();
  return { app, routes };
}
