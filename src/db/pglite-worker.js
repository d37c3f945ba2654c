// PGlite runs here, in a worker thread: a query blocks this thread while it runs, not the
// server's event loop, and the two cores share the work (SQL here, HTTP and JSON there).
// Plain JavaScript so that the worker starts without a TypeScript loader.
import { Blob } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const PG_OID = { int8: 20, date: 1082 };
const identity = (value) => value;

/** @type {{ dataDir: string, loadDataDir?: ArrayBuffer }} */
const options = workerData;

const pglite = await PGlite.create({
  dataDir: options.dataDir,
  extensions: { pg_trgm },
  parsers: { [PG_OID.int8]: Number, [PG_OID.date]: identity },
  ...(options.loadDataDir ? { loadDataDir: new Blob([options.loadDataDir]) } : {}),
});
// PGlite's default work_mem (4 MB) is too small for sorting search candidates.
await pglite.exec(`set work_mem = '32MB'`);

function errorOf(error) {
  const e = /** @type {Record<string, unknown>} */ (error ?? {});
  return {
    message: String(e.message ?? error),
    code: e.code,
    detail: e.detail,
    constraint: e.constraint,
    table: e.table,
  };
}

async function handle(message) {
  switch (message.type) {
    case 'query': {
      // Parameterless statements go through the simple protocol so that a migration file
      // with many statements runs as one script, as it does on the server through pg.
      const result =
        message.params.length === 0
          ? ((await pglite.exec(message.sql)).at(-1) ?? { rows: [], affectedRows: 0 })
          : await pglite.query(message.sql, message.params);
      return { rows: result.rows, affectedRows: result.affectedRows };
    }
    case 'dump': {
      const blob = await pglite.dumpDataDir(message.compression);
      return { dump: await blob.arrayBuffer() };
    }
    case 'close':
      await pglite.close();
      return {};
    default:
      throw new Error(`unknown message ${message.type}`);
  }
}

parentPort.on('message', (message) => {
  handle(message).then(
    (result) => parentPort.postMessage({ id: message.id, ...result }, result.dump ? [result.dump] : []),
    (error) => parentPort.postMessage({ id: message.id, error: errorOf(error) }),
  );
});
parentPort.postMessage({ ready: true });
