// The public portal at /<lang>/<section>/<slug>: server-rendered HTML, no script, no cookie but
// the language choice, ETags so that a repeat visit costs a 304. Published pages are rendered
// once and served from memory (portal.cache.ts); search is made per request.
import { cleanedText } from '../../http/text-hygiene.ts';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteDeps } from '../../http/route-kit.ts';
import { bestLanguage } from './portal.words.ts';
import { LANGS, type Lang } from '../../domain/reference/labels.ts';
import * as portal from './portal.service.ts';
import { negotiateEncoding } from '../../http/compression.ts';
import { pageKey, portalCacheFor, type RenderedPage } from './portal.cache.ts';
import { portalHeaderValues } from './portal.headers.ts';

const config = { permission: 'public' as const };

function portalHeaders(reply: FastifyReply, lang: Lang): FastifyReply {
  return reply.headers(portalHeaderValues(lang));
}

/** If-None-Match names the representation the client holds (weak or strong, one of a list). */
export const holds = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);

/** A search answer, made per request (the compression hook compresses it). */
function send(request: FastifyRequest, reply: FastifyReply, html: string, lang: Lang, status = 200) {
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
  portalHeaders(reply, lang).header('etag', etag);
  if (status === 200 && holds(request.headers['if-none-match'], etag)) return reply.status(304).send();
  return reply.status(status).send(html);
}

/** A page from the cache: its stored bytes in the encoding the client takes, nothing computed. */
function sendRendered(request: FastifyRequest, reply: FastifyReply, page: RenderedPage) {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  const etag = page.etag[encoding ?? 'identity'];
  portalHeaders(reply, page.lang).header('etag', etag).header('vary', 'accept-encoding');
  if (page.status === 200 && holds(request.headers['if-none-match'], etag)) return reply.status(304).send();
  if (encoding) reply.header('content-encoding', encoding);
  return reply.status(page.status).send(encoding ? page[encoding] : page.identity);
}

function cookieLang(request: FastifyRequest): string | undefined {
  return /(?:^|;\s*)koruma_lang=(tr|en|ar|fa)/.exec(request.headers.cookie ?? '')?.[1];
}

/** A path that looks like a portal page in some language (two letters first): "not found" is ours. */
export const looksLikePortalPath = (url: string) => /^\/[a-z]{2}(\/|$|\?)/.test(url);

export function portalNotFound(deps: RouteDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const db = deps.db.kysely;
    const moved = await portal.movedTo(db, request.url.split('?')[0]!);
    if (moved !== undefined) return reply.status(301).header('location', moved).send();
    const lang = bestLanguage(request.headers['accept-language'], cookieLang(request));
    const page = await portalCacheFor(deps.db).page(pageKey.notFound(lang), async () => ({
      html: await portal.notFoundPage(db, lang),
      lang,
      status: 404,
    }));
    return sendRendered(request, reply, page!);
  };
}

const cleanQuery = (q: string) => cleanedText(q, 200);

export function portalRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.db.kysely;
  const notFound = portalNotFound(deps);
  const cache = portalCacheFor(deps.db);
  /** The page under `key` from the cache, or rendered (null: no such page, the portal's 404). */
  const cached = async (
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    lang: Lang,
    render: () => Promise<string | null>,
  ) => {
    const page = await cache.page(key, async () => {
      const html = await render();
      return html === null ? null : { html, lang, status: 200 };
    });
    return page ? sendRendered(request, reply, page) : notFound(request, reply);
  };

  app.get('/help', { config, schema: { hide: true } }, (request, reply) =>
    reply.redirect(`/${bestLanguage(request.headers['accept-language'], cookieLang(request))}/`, 302),
  );

  // One set of routes per language, so that no other path (the staff app's) is ever taken.
  for (const lang of LANGS) {
    app.get(`/${lang}`, { config, schema: { hide: true } }, (_request, reply) =>
      reply.redirect(`/${lang}/`, 301),
    );
    app.get(`/${lang}/`, { config, schema: { hide: true } }, (request, reply) =>
      cached(request, reply, pageKey.home(lang), lang, () => portal.home(db, lang)),
    );
    // A search box takes whatever a reader types: control characters and stray surrogates are
    // dropped here rather than refused, and the rest is escaped when shown.
    app.get<{ Querystring: { q?: string } }>(
      `/${lang}/search`,
      { config: { ...config, ownsTextHygiene: true }, schema: { hide: true } },
      async (request, reply) => {
        const q = cleanQuery(typeof request.query.q === 'string' ? request.query.q : '');
        return send(request, reply, await portal.search(db, lang, q), lang);
      },
    );
    app.get<{ Params: { section: string } }>(
      `/${lang}/:section/`,
      { config, schema: { hide: true } },
      (request, reply) => {
        const { section } = request.params;
        return cached(request, reply, pageKey.section(lang, section), lang, () =>
          portal.sectionPage(db, lang, section),
        );
      },
    );
    app.get<{ Params: { section: string; slug: string } }>(
      `/${lang}/:section/:slug`,
      { config, schema: { hide: true } },
      (request, reply) => {
        const { section, slug } = request.params;
        return cached(request, reply, pageKey.article(lang, section, slug), lang, () =>
          portal.article(db, lang, section, slug),
        );
      },
    );
  }
}
