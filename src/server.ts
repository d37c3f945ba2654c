// Starts Koruma: validated configuration, database (migrated), first administrator, HTTP.
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

export async function serve(
  env: Env,
  log: (line: string) => void = console.log,
): Promise<() => Promise<void>> {
  configureCounting({ judicialRecessExtendsCourtPeriods: env.KORUMA_JUDICIAL_RECESS_EXTENDS_LFIP_APPEALS });
  const db = await openConfiguredDatabase(env);
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
  const { app } = await buildApp({
    db,
    sessionHours: env.KORUMA_SESSION_HOURS,
    logLevel: env.KORUMA_LOG_LEVEL,
    trustProxy: env.KORUMA_TRUST_PROXY,
    signIn: { requiredRoles: env.KORUMA_TOTP_REQUIRED_ROLES, secretKey: parseSecretKey(env.KORUMA_TOTP_KEY) },
  });
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  const where = db.engine === 'pglite' ? `embedded PGlite in ${env.KORUMA_DATA_DIR}` : 'PostgreSQL server';
  log(`Koruma is running at ${address} (database: ${where}); public help pages at ${address}/help`);
  return async () => {
    await app.close();
    await db.close();
  };
}
