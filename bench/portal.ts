// The public portal's article pages against a file: requests per second for several articles in
// all four languages, each next to a minimal node:http server that sends the same bytes (the
// same compressed body, content type and encoding), in the same run. Prints, per page, the
// transferred size (plain, brotli, gzip), both rates and their ratio (goal: ≥ 0.5).
//
//   npm run bench:portal                                   # embedded PGlite (file-backed, temp dir)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:portal
//   … -- --seconds 3 --connections 32 --rounds 2           # per measurement (default 2 s), clients,
//                                                          # alternating rounds per page (default 2)
//
// Koruma runs in this process as `npm start` runs it (migrated database, the portal's content
// imported from content/help, log level "warn" unless --log-level says otherwise); the load
// generator runs in a worker thread: `connections` keep-alive clients on loopback, each sending
// the next request when the last answer has been read, for a bounded time. Both servers are
// measured by the same generator, one after the other, so the ratio holds however busy the
// machine is; the absolute figures do not travel.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../src/app.ts';
import { migrate } from '../src/db/migrate.ts';
import { CONTENT_DIR, importContentIfEmpty } from '../src/modules/portal/content-import.service.ts';
import { scratchDatabase } from './scratch-database.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '2' },
    'log-level': { type: 'string', default: 'warn' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 10) throw new Error('--rounds must be from 1 to 10');
if (!(SECONDS > 0 && SECONDS <= 60)) throw new Error('--seconds must be from 0 to 60');
if (!Number.isInteger(CONNECTIONS) || CONNECTIONS < 1 || CONNECTIONS > 256)
  throw new Error('--connections must be a whole number from 1 to 256');

const ARTICLES = ['international-protection/apply', 'contacts/hotlines', 'safety/violence-and-help'];
const LANGS = ['ar', 'fa', 'tr', 'en'];
const ACCEPT_ENCODING = 'gzip, deflate, br'; // what Chromium and Firefox send

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET, the body as sent (not decompressed). */
function fetchRaw(port: number, path: string, acceptEncoding: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout on ${path}`)));
  });
}

// The load generator, as plain JavaScript for a worker thread: keep-alive clients for a bounded
// time; counts answers with the expected status and their bytes; stops at the deadline.
const LOAD_GENERATOR = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { port, path, connections, ms, acceptEncoding } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const deadline = Date.now() + ms;
let ok = 0, bad = 0, bytes = 0;
function one() {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      res.on('data', (c) => { bytes += c.length; });
      res.on('end', () => { if (res.statusCode === 200) ok++; else bad++; resolve(); });
    });
    req.on('error', () => { bad++; resolve(); });
  });
}
async function client() { while (Date.now() < deadline) await one(); }
const started = Date.now();
Promise.all(Array.from({ length: connections }, client)).then(() => {
  agent.destroy();
  parentPort.postMessage({ ok, bad, bytes, seconds: (Date.now() - started) / 1000 });
});
`;

interface Load {
  ok: number;
  bad: number;
  bytes: number;
  seconds: number;
}

function load(port: number, path: string, seconds = SECONDS): Promise<Load> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_GENERATOR, {
      eval: true,
      workerData: {
        port,
        path,
        connections: CONNECTIONS,
        ms: seconds * 1000,
        acceptEncoding: ACCEPT_ENCODING,
      },
    });
    worker.once('message', (m: Load) => resolve(m));
    worker.once('error', reject);
  });
}

/** The file-speed reference: answers every request with the same bytes and nothing else. */
async function staticServer(answer: Answer): Promise<{ port: number; close: () => Promise<void> }> {
  const headers: http.OutgoingHttpHeaders = {
    'content-type': answer.headers['content-type'],
    'content-length': answer.body.length,
  };
  if (answer.headers['content-encoding']) headers['content-encoding'] = answer.headers['content-encoding'];
  const server = http.createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(answer.body);
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const setUp = () => scratchDatabase('koruma_bench_portal');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Where the page cache can be told to look at the generation on every read (absent before it). */
async function setFreshness(ms: number): Promise<boolean> {
  const cache = (await import('../src/modules/portal/portal.cache.ts').catch(() => null)) as {
    configurePortalCache?: (o: { freshnessMs: number }) => void;
  } | null;
  if (!cache?.configurePortalCache) return false;
  cache.configurePortalCache({ freshnessMs: ms });
  return true;
}

async function main() {
  const { db, cleanup, label } = await setUp();
  try {
    await migrate(db);
    await importContentIfEmpty(db.kysely, CONTENT_DIR);
    const { app } = await buildApp({ db, logLevel: values['log-level'] });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    console.log(
      `bench:portal on ${label}; ${CONNECTIONS} keep-alive clients, ${SECONDS} s per measurement, Accept-Encoding: ${ACCEPT_ENCODING}`,
    );
    console.log(
      'page                                  plain   brotli     gzip   koruma/s   static/s   ratio',
    );
    const ratios: number[] = [];
    for (const article of ARTICLES)
      for (const lang of LANGS) {
        const path = `/${lang}/${article}`;
        const plain = await fetchRaw(port, path, 'identity');
        const br = await fetchRaw(port, path, 'br');
        const gz = await fetchRaw(port, path, 'gzip');
        const sent = await fetchRaw(port, path, ACCEPT_ENCODING);
        if (plain.status !== 200 || sent.status !== 200) throw new Error(`${path}: ${plain.status}`);
        const reference = await staticServer(sent);
        await load(port, path, Math.min(0.5, SECONDS)); // warm-up (JIT, caches)
        await load(reference.port, path, Math.min(0.5, SECONDS));
        // Alternating rounds, so that a burst of other work on the machine hits both sides.
        const koruma = { ok: 0, bad: 0, seconds: 0 };
        const file = { ok: 0, bad: 0, seconds: 0 };
        for (let round = 0; round < ROUNDS; round++)
          for (const [into, on] of [
            [koruma, port],
            [file, reference.port],
          ] as const) {
            const m = await load(on, path);
            into.ok += m.ok;
            into.bad += m.bad;
            into.seconds += m.seconds;
          }
        await reference.close();
        const k = koruma.ok / koruma.seconds;
        const f = file.ok / file.seconds;
        ratios.push(k / f);
        const enc = (a: Answer) => (a.headers['content-encoding'] ? kb(a.body.length) : '(none)');
        console.log(
          `${path.padEnd(36)} ${kb(plain.body.length).padStart(8)} ${enc(br).padStart(8)} ${enc(gz).padStart(8)} ${k.toFixed(0).padStart(10)} ${f.toFixed(0).padStart(10)} ${(k / f).toFixed(2).padStart(7)}${koruma.bad + file.bad ? `  (${koruma.bad} + ${file.bad} failed)` : ''}`,
        );
      }
    console.log(
      `ratio koruma/static: min ${Math.min(...ratios).toFixed(2)}, median ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)} (goal ≥ 0.5)`,
    );
    // The price of asking the database on every read instead of once a second.
    if (await setFreshness(0)) {
      const path = `/ar/${ARTICLES[0]}`;
      await load(port, path, Math.min(0.5, SECONDS));
      const everyRead = await load(port, path);
      await setFreshness(1000);
      await load(port, path, Math.min(0.5, SECONDS));
      const perSecond = await load(port, path);
      console.log(
        `${path}: generation looked at on every read ${(everyRead.ok / everyRead.seconds).toFixed(0)}/s, at most once a second ${(perSecond.ok / perSecond.seconds).toFixed(0)}/s`,
      );
    }
    await app.close();
  } finally {
    await cleanup();
  }
}

await main();
