// Assembles the HTTP server from the modules. Order matters only for plugins: cookies and
// schema compilers first, then the guard (which must see every route as it is added).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from './db/database.ts';
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
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { installErrorHandler, sendProblem } from './http/error-handler.ts';
import { AppError } from './core/errors.ts';
import { installGuard, type RouteRecord } from './http/guard.ts';
import { installTextHygiene } from './http/text-hygiene.ts';
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
}

export interface KorumaApp {
  app: FastifyInstance;
  routes: RouteRecord[];
}

const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function buildApp(options: AppOptions): Promise<KorumaApp> {
  wireModules();
  const app = Fastify({
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Accept a caller's request id (a proxy's) when it is well-formed; otherwise make one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (request.url.startsWith('/api/'))
      reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
  });
  installErrorHandler(app);
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
  for (const register of [
    accessRoutes,
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
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  if (serveWebApp) await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: true });
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
