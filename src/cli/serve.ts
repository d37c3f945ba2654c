// `koruma serve [--workers N]`. One worker: the server runs in this process. Several (PostgreSQL
// server only): this process is a supervisor (node:cluster) that prepares the database once,
// forks N workers sharing the port, restarts a worker that dies, and on SIGTERM or SIGINT lets
// every worker finish the requests it holds before stopping. Nothing a request needs lives in a
// worker's memory (sessions, sign-in limits, the audit head are rows), so any worker may serve
// any request and a dead one takes nothing with it but the requests it was answering.
import cluster, { type Worker } from 'node:cluster';
import type { Env } from '../config/env.ts';
import { databaseName, openConfiguredDatabase, prepareDatabase, serve, serveHttp } from '../server.ts';

/** How long the supervisor waits for workers to drain before killing them. */
const DRAIN_LIMIT_MS = 30_000;
/** Workers that die before ever listening, one after another, before the supervisor gives up. */
const MAX_FAILED_STARTS = 5;

type Log = (line: string) => void;

/** Resolves with the exit code once the server has stopped; never while it runs. */
export async function runServe(env: Env, workers: number, log: Log = console.log): Promise<number> {
  if (cluster.isWorker) return runWorker(env);
  if (workers > 1 && !env.DATABASE_URL) {
    console.error(
      `--workers ${workers} needs a PostgreSQL server (DATABASE_URL): the embedded database in ` +
        `${env.KORUMA_DATA_DIR} can be opened by one process only. Run one worker, or set DATABASE_URL.`,
    );
    return 1;
  }
  if (workers === 1) {
    const stop = await serve(env, log);
    return onStopSignal(async () => {
      await stop();
      return 0;
    });
  }
  return supervise(env, workers, log);
}

/** Waits for SIGTERM or SIGINT, then runs `stop` once and resolves with its code. */
function onStopSignal(stop: () => Promise<number>): Promise<number> {
  return new Promise((resolve, reject) => {
    const once = () => {
      process.off('SIGTERM', once);
      process.off('SIGINT', once);
      stop().then(resolve, reject);
    };
    process.on('SIGTERM', once);
    process.on('SIGINT', once);
  });
}

async function runWorker(env: Env): Promise<number> {
  // Ctrl-C reaches the whole process group; the supervisor decides, and sends SIGTERM.
  process.on('SIGINT', () => undefined);
  const db = await openConfiguredDatabase(env);
  const { stop } = await serveHttp(env, db);
  return new Promise((resolve, reject) => {
    process.once('SIGTERM', () => void stop().then(() => resolve(0), reject));
  });
}

async function supervise(env: Env, count: number, log: Log): Promise<number> {
  const db = await openConfiguredDatabase(env);
  try {
    await prepareDatabase(db, env, log);
  } finally {
    await db.close();
  }

  let stopping = false;
  let failedStarts = 0;
  const listening = new WeakSet<Worker>();
  let announced = false;
  let giveUp: (code: number) => void = () => undefined;
  const gaveUp = new Promise<number>((resolve) => (giveUp = resolve));

  cluster.on('listening', (worker, address) => {
    listening.add(worker);
    failedStarts = 0;
    log(`worker ${worker.process.pid} is serving`);
    if (!announced && Object.values(cluster.workers ?? {}).every((w) => w && listening.has(w))) {
      announced = true;
      const where = `http://${address.address ?? env.HOST}:${address.port}`;
      log(
        `Koruma is running at ${where} with ${count} workers (database: ${databaseName(env)}); ` +
          `public help pages at ${where}/help`,
      );
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
    if (!listening.has(worker) && ++failedStarts >= MAX_FAILED_STARTS) {
      log(`worker ${worker.process.pid} ${how} before serving, ${failedStarts} times in a row: stopping`);
      giveUp(1);
      return;
    }
    log(`worker ${worker.process.pid} ${how}; starting another`);
    // A worker that could not start is retried after a growing pause, not in a tight loop.
    setTimeout(() => cluster.fork(), failedStarts ? 250 * 2 ** failedStarts : 0).unref();
  });

  for (let i = 0; i < count; i++) cluster.fork();
  const signalled = onStopSignal(() => Promise.resolve(0));
  const code = await Promise.race([signalled, gaveUp]);
  stopping = true;
  return (await drainWorkers(log)) ? code : 1;
}

/** Asks every worker to finish what it holds and stop; true when all did so in time. */
async function drainWorkers(log: Log): Promise<boolean> {
  const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
  log(`stopping: ${alive.length} worker(s) finishing their requests`);
  const exits = alive.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
  for (const w of alive) w.process.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), DRAIN_LIMIT_MS);
  });
  const drained = await Promise.race([Promise.all(exits).then(() => true), timedOut]);
  clearTimeout(timer);
  if (!drained) {
    log(`workers still busy after ${DRAIN_LIMIT_MS / 1000} s: killing them`);
    for (const w of alive) if (!w.isDead()) w.process.kill('SIGKILL');
  }
  return drained;
}
