// The staff app's built files (web/dist). Files whose names carry a content hash
// (assets/<name>-<hash>.<ext>) never change, so browsers keep them a year without asking again;
// index.html names the current hashes, so it is revalidated on every visit. The build writes a
// brotli and a gzip copy next to each text file (web/precompress.ts), served by Accept-Encoding,
// so no script is compressed per request.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Vite's output names: assets/index-BDj3x_9Q.js, assets/card-Cq1xZ0aa.css. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.br|\.gz)?$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

function cachingFor(reply: FastifyReply, path: string): void {
  reply.header('cache-control', HASHED_ASSET.test(path) ? IMMUTABLE : 'no-cache');
}

export async function serveStaffApp(app: FastifyInstance, root: string): Promise<void> {
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    preCompressed: true,
    setHeaders: cachingFor,
  });
}
