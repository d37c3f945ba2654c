// PGlite never calls fsync: a commit reaches the operating system's cache, not the disk, so a
// power cut can lose it (a killed process cannot). After each commit we fsync the write-ahead
// log segments written since the last sync. PostgreSQL replays the WAL on the next start, so a
// committed transaction survives a power cut once its WAL is on disk.
//
// What remains: PGlite's checkpoints do not fsync data files either, so a power cut in the short
// window after a checkpoint has recycled a WAL segment can still lose pages. The PostgreSQL
// server (DATABASE_URL) is the fully durable choice; see the README.
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SEGMENT = /^[0-9A-F]{24}$/;

export class WalSync {
  private lastSync = 0;
  private pending: Promise<void> | null = null;

  constructor(private readonly walDir: string) {}

  static forDataDir(dataDir: string): WalSync {
    return new WalSync(join(dataDir, 'pg_wal'));
  }

  /** fsyncs every WAL segment modified since the previous sync. Concurrent callers share one pass. */
  async sync(): Promise<void> {
    while (this.pending) await this.pending;
    this.pending = this.syncOnce().finally(() => (this.pending = null));
    return this.pending;
  }

  private async syncOnce(): Promise<void> {
    const startedAt = Date.now();
    const since = this.lastSync;
    for (const name of await readdir(this.walDir)) {
      if (!SEGMENT.test(name)) continue;
      const path = join(this.walDir, name);
      // mtime has coarse granularity on some filesystems: look back a little to be safe.
      if ((await stat(path)).mtimeMs < since - 2000) continue;
      const handle = await open(path, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    this.lastSync = startedAt;
  }
}
