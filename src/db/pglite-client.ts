// The main thread's handle on the PGlite worker (pglite-worker.js): sends statements, returns
// results, and rebuilds database errors with their SQLSTATE code.
import { Worker } from 'node:worker_threads';

export interface PgliteResult<R> {
  rows: R[];
  affectedRows?: number;
}

interface Reply {
  id?: number;
  ready?: boolean;
  rows?: unknown[];
  affectedRows?: number;
  dump?: ArrayBuffer;
  error?: { message: string; code?: string; detail?: string; constraint?: string; table?: string };
}

export class DatabaseError extends Error {
  code?: string;
  detail?: string;
  constraint?: string;
}

export class PgliteClient {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      if (reply.id === undefined) return;
      const pending = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (!pending) return;
      if (reply.error) pending.reject(Object.assign(new DatabaseError(reply.error.message), reply.error));
      else pending.resolve(reply);
    });
    worker.on('error', (error) => {
      for (const pending of this.waiting.values()) pending.reject(error);
      this.waiting.clear();
    });
  }

  static async start(dataDir: string, loadDataDir?: Blob): Promise<PgliteClient> {
    const dump = loadDataDir ? await loadDataDir.arrayBuffer() : undefined;
    const worker = new Worker(new URL('./pglite-worker.js', import.meta.url), {
      workerData: { dataDir, ...(dump ? { loadDataDir: dump } : {}) },
      ...(dump ? { transferList: [dump] } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.ready) {
          worker.off('error', reject);
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return new PgliteClient(worker);
  }

  private send(message: Record<string, unknown>): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...message });
    });
  }

  async query<R>(sql: string, params: readonly unknown[]): Promise<PgliteResult<R>> {
    const reply = await this.send({ type: 'query', sql, params });
    return {
      rows: (reply.rows ?? []) as R[],
      ...(reply.affectedRows !== undefined ? { affectedRows: reply.affectedRows } : {}),
    };
  }

  async dump(compression: 'none' | 'gzip' | 'auto'): Promise<Blob> {
    const reply = await this.send({ type: 'dump', compression });
    return new Blob([reply.dump!]);
  }

  async close(): Promise<void> {
    await this.send({ type: 'close' });
    await this.worker.terminate();
  }
}
