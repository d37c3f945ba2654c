// Starts Koruma: validated configuration, database (migrated), first administrator, HTTP.
// One process does both; with several worker processes (src/cli/serve.ts) the primary prepares
// the database once and each worker only opens it and serves HTTP.
import type { Env } from './config/env.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { ensureFirstAdministrator } from './modules/access/users.service.ts';
import { parseSecretKey } from './modules/access/secret-box.ts';
import { configureCounting } from './modules/calendar/counting-settings.ts';
import { CONTENT_DIR, importContentIfEmpty } from './modules/portal/content-import.service.ts';

export async function openConfiguredDatabase(env: Env): Promise<Db> {
  return openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.KORUMA_DATA_DIR });
}

/** What must happen once per start, before any request: migrations, first administrator, portal pages. */
export async function prepareDatabase(db: Db, env: Env, log: (line: string) => void): Promise<void> {
  const applied = await migrate(db, (m) => log(`migration applied: ${m.version} ${m.name}`));
  if (applied.length === 0) log('database schema is up to date');
  const admin = await ensureFirstAdministrator(db, env.KORUMA_ADMIN_PASSWORD);
  if (admin.created && admin.password) {
    log('');
    log('  First start: created the administrator account.');
    log('    username: admin');
    log(`    password: ${admin.password}`);
    log('  This password is shown once. Change it with: npm run koruma -- users reset-password admin');
    log('');
  } else if (admin.created) {
    log('First start: created the administrator "admin" with the password from KORUMA_ADMIN_PASSWORD.');
  }
  // The portal's pages come from content/help the first time; from then on editors own them.
  const imported = await importContentIfEmpty(db.kysely, CONTENT_DIR);
  if (imported) log(`public portal: ${imported} pages loaded from content/help (four languages each)`);
}

/**
 * Serves HTTP on an already prepared database. The returned function stops taking
 * connections, lets the requests in flight finish, then closes the database.
 */
export async function serveHttp(env: Env, db: Db): Promise<{ address: string; stop: () => Promise<void> }> {
  configureCounting({ judicialRecessExtendsCourtPeriods: env.KORUMA_JUDICIAL_RECESS_EXTENDS_LFIP_APPEALS });
  const { app } = await buildApp({
    db,
    sessionHours: env.KORUMA_SESSION_HOURS,
    logLevel: env.KORUMA_LOG_LEVEL,
    trustProxy: env.KORUMA_TRUST_PROXY,
    signIn: { requiredRoles: env.KORUMA_TOTP_REQUIRED_ROLES, secretKey: parseSecretKey(env.KORUMA_TOTP_KEY) },
  });
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  return {
    address,
    stop: async () => {
      // Fastify closes the connections idle at the moment of closing; a keep-alive connection
      // whose request finishes later would hold the close for the keep-alive timeout (72 s), so
      // each is closed as soon as it has sent its answer.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
      }
      await db.close();
    },
  };
}

/** One process: prepares the database and serves it. */
export async function serve(
  env: Env,
  log: (line: string) => void = console.log,
): Promise<() => Promise<void>> {
  const db = await openConfiguredDatabase(env);
  await prepareDatabase(db, env, log);
  const { address, stop } = await serveHttp(env, db);
  log(
    `Koruma is running at ${address} (database: ${databaseName(env)}); public help pages at ${address}/help`,
  );
  return stop;
}

export function databaseName(env: Env): string {
  return env.DATABASE_URL ? 'PostgreSQL server' : `embedded PGlite in ${env.KORUMA_DATA_DIR}`;
}
