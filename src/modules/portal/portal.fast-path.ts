// A portal page that is in memory is answered before Fastify builds a request: the stored bytes
// in the encoding the client takes, with the headers the route sends (portal.headers.ts and the
// security set). Only the plainest case is taken here: GET or HEAD of an exact page path (no query),
// no If-None-Match, no X-Forwarded-Proto (HSTS is decided by the hook), and a page the cache holds
// for a generation it looked at within the last second. Anything else, a miss included, goes to
// Fastify as before, which renders, revalidates and answers 304s. Answers from here are not in
// the request log: they are public pages, and the readers' addresses need not be kept.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../domain/reference/labels.ts';
import { negotiateEncoding } from '../../http/compression.ts';
import { requestIdFrom, SECURITY_HEADERS } from '../../http/response-headers.ts';
import { pageKey, portalCacheFor } from './portal.cache.ts';
import { portalHeaderValues } from './portal.headers.ts';

/** /ar/, /ar/<section>/, /ar/<section>/<slug>: the paths of the portal's routes, plain ASCII only. */
const PAGE_PATH = /^\/(tr|en|ar|fa)\/(?:([a-z0-9-]+)\/([a-z0-9-]+)?)?$/;

function keyOf(url: string | undefined): string | undefined {
  const m = url === undefined ? null : PAGE_PATH.exec(url);
  if (!m) return undefined;
  const [, lang, section, slug] = m as unknown as [string, Lang, string | undefined, string | undefined];
  if (section === undefined) return pageKey.home(lang);
  return slug === undefined ? pageKey.section(lang, section) : pageKey.article(lang, section, slug);
}

/** Answers the request from memory and returns true, or returns false and leaves it untouched. */
export function portalFastPath(db: Db): (req: IncomingMessage, res: ServerResponse) => boolean {
  const cache = portalCacheFor(db);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (req.headers['if-none-match'] !== undefined || req.headers['x-forwarded-proto'] !== undefined)
      return false;
    const key = keyOf(req.url);
    const page = key === undefined ? undefined : cache.peek(key);
    if (!page) return false;
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    const body = encoding ? page[encoding] : page.identity;
    res.writeHead(page.status, {
      ...portalHeaderValues(page.lang),
      ...SECURITY_HEADERS,
      'x-request-id': requestIdFrom(req.headers['x-request-id']),
      etag: page.etag[encoding ?? 'identity'],
      vary: 'accept-encoding',
      'content-length': body.length,
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
