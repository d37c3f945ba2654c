// `koruma <command>`: thin wrappers over the same services the API uses.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { EnvError, loadEnv } from '../config/env.ts';
import { migrate } from '../db/migrate.ts';
import { isRole, ROLES } from '../domain/access.ts';
import { SYSTEM_META } from '../core/use-case.ts';
import { verifyAuditChain } from '../core/audit-trail.ts';
import { createUser, resetPassword } from '../modules/access/users.service.ts';
import { resetSecondFactor } from '../modules/access/second-factor.service.ts';
import { AppError } from '../core/errors.ts';
import { openConfiguredDatabase } from '../server.ts';
import { runServe } from './serve.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { seedDemo } from './seed.ts';
import { wireModules } from '../wiring.ts';
import { runUseCase } from '../core/use-case.ts';
import { maintainYear, yearView } from '../modules/calendar/calendar.service.ts';
import { holidayList } from '../modules/calendar/calendar.routes.ts';

const USAGE = `Usage: koruma <command>

  serve [--workers N]           start the server (migrates first); N worker processes need
                                DATABASE_URL (default KORUMA_WORKERS, 1)
  migrate                       apply pending database migrations
  users add <username> --role <role> [--province 34] [--centre <uuid>] [--organisation <name>] [--name "<display name>"] [--password <pw>]
  users reset-password <username> [--password <pw>]
  users reset-2fa <username>       remove the second factor; the user enrols again at sign-in
  seed --demo                   add fictional families for trying Koruma out
  audit verify                  check the audit trail's hash chain
  calendar show <year>          the public holidays legal periods are counted with
  calendar set <year> <file>    enter a year's holidays from JSON ([{date, kind, name, source}])
                                and mark the year maintained; open clocks are counted again
  backup <file>                 write a consistent copy: the embedded database's files (server
                                stopped), or pg_dump's custom format for DATABASE_URL
  restore <file>                into a new KORUMA_DATA_DIR, or the empty database of DATABASE_URL;
                                then the audit trail is verified

Roles: ${ROLES.join(', ')}
Configuration comes from the environment; see the README.`;

/** Opens the configured database, brought up to date first unless the command is `migrate` itself. */
async function withDb<T>(
  work: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
  migrateFirst = true,
): Promise<T> {
  const db = await openConfiguredDatabase(loadEnv());
  try {
    if (migrateFirst) await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  wireModules();
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      province: { type: 'string' },
      centre: { type: 'string' },
      organisation: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      demo: { type: 'boolean' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  // Commands with sub-commands are matched with them ("users add"); the others alone.
  const key = ['users', 'audit', 'calendar'].includes(command) ? `${command} ${sub ?? ''}`.trim() : command;
  switch (key) {
    case 'serve': {
      const env = loadEnv();
      const workers = values.workers === undefined ? env.KORUMA_WORKERS : Number(values.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        console.error('--workers needs a whole number from 1 to 64');
        return 1;
      }
      return runServe(env, workers);
    }
    case 'migrate':
      await withDb(async (db) => {
        const applied = await migrate(db, (m) => console.log(`applied ${m.version} ${m.name}`));
        console.log(
          applied.length ? `${applied.length} migration(s) applied` : 'nothing to apply: up to date',
        );
      }, false);
      return 0;
    case 'users add': {
      if (!arg || !values.role || !isRole(values.role)) {
        console.error(`users add needs a username and --role (${ROLES.join(', ')})`);
        return 1;
      }
      const role = values.role;
      const password = values.password ?? (await import('../modules/access/passwords.ts')).generatePassword();
      const user = await withDb((db) =>
        createUser(db, null, SYSTEM_META, {
          username: arg,
          displayName: values.name ?? arg,
          role,
          provinceCode: values.province ?? null,
          centreId: values.centre ?? null,
          organisation: values.organisation ?? null,
          password,
        }),
      );
      console.log(`created ${user.username} (${user.role})`);
      if (!values.password) console.log(`password: ${password}  (shown once)`);
      if (loadEnv().KORUMA_TOTP_REQUIRED_ROLES.includes(role))
        console.log('this role needs a second factor: the first sign-in asks to set up an authenticator app');
      return 0;
    }
    case 'users reset-2fa': {
      if (!arg) {
        console.error('users reset-2fa needs a username');
        return 1;
      }
      const user = await withDb((db) => resetSecondFactor(db, null, SYSTEM_META, { username: arg }));
      console.log(
        `second factor of ${user.username} removed; all their sessions ended; they enrol again at sign-in`,
      );
      return 0;
    }
    case 'users reset-password': {
      if (!arg) {
        console.error('users reset-password needs a username');
        return 1;
      }
      const result = await withDb((db) => resetPassword(db, null, SYSTEM_META, arg, values.password));
      console.log(`password of ${result.user.username} reset; all their sessions ended`);
      if (!values.password) console.log(`new password: ${result.password}  (shown once)`);
      return 0;
    }
    case 'seed': {
      if (!values.demo) {
        console.error('seed needs --demo (the only seed there is: fictional families)');
        return 1;
      }
      await withDb((db) => seedDemo(db, (line) => console.log(line)));
      return 0;
    }
    case 'audit verify': {
      const result = await withDb((db) =>
        verifyAuditChain(db.kysely, (n) => process.stderr.write(`\rchecked ${n} events…`)),
      );
      process.stderr.write('\n');
      if (result.ok) {
        console.log(
          `audit trail intact: ${result.checked} events, head #${result.headSeq} ${result.headHash}`,
        );
        return 0;
      }
      console.error(
        `AUDIT TRAIL BROKEN after ${result.checked} good events: ${JSON.stringify(result.problem)}`,
      );
      return 2;
    }
    case 'calendar show':
    case 'calendar set': {
      const year = Number(arg);
      if (!Number.isInteger(year) || year < 2014 || year > 2100) {
        console.error('calendar needs a year, e.g. koruma calendar show 2027');
        return 1;
      }
      const file = positionals[3];
      if (sub === 'set' && !file) {
        console.error(
          'calendar set needs a JSON file: [{"date":"2027-03-09","kind":"full","name":"…","source":"…"}]',
        );
        return 1;
      }
      const view = await withDb((db) =>
        runUseCase(db, null, { ...SYSTEM_META, purpose: 'administration' }, (ctx) =>
          sub === 'set'
            ? maintainYear(ctx, year, {
                holidays: holidayList.parse(JSON.parse(readFileSync(file!, 'utf8'))),
              })
            : yearView(ctx, year),
        ),
      );
      console.log(
        `${view.year}: ${view.maintained ? `maintained (${view.confirmedBy})` : 'NOT maintained: moving feasts missing'}`,
      );
      for (const h of view.holidays)
        console.log(`  ${h.date}  ${h.kind.padEnd(12)}  ${h.name}  [${h.source}]`);
      if ('recountedClocks' in view) console.log(`${String(view.recountedClocks)} open clock(s) moved`);
      return 0;
    }
    case 'backup':
      return backupCommand(loadEnv(), sub);
    case 'restore':
      return restoreCommand(loadEnv(), sub);
    default:
      console.error(`unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof EnvError) console.error(error.message);
    else if (error instanceof ZodError)
      console.error(
        error.issues.map((i) => `invalid input at ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n'),
      );
    else if (error instanceof AppError)
      console.error(
        `${error.code}: ${error.detail ?? error.message}${error.fields ? ` ${JSON.stringify(error.fields)}` : ''}`,
      );
    else console.error(error);
    process.exit(1);
  },
);
