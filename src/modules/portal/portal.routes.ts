// The public portal at /<lang>/<section>/<slug>: server-rendered HTML, no script, no cookie but
// the language choice, ETags so that a repeat visit costs a 304.
import { cleanedText } from '../../http/text-hygiene.ts';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteDeps } from '../../http/route-kit.ts';
import { bestLanguage } from './portal.words.ts';
import { LANGS, type Lang } from '../../domain/reference/labels.ts';
import * as portal from './portal.service.ts';

const config = { permission: 'public' as const };

function send(request: FastifyRequest, reply: FastifyReply, html: string, lang: Lang, status = 200) {
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
  reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-language', lang)
    .header('cache-control', 'public, max-age=300')
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    )
    .header('referrer-policy', 'no-referrer')
    // The one cookie of the public pages: the language last read in.
    .header('set-cookie', `koruma_lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`);
  if (status === 200 && request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.status(status).send(html);
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
    return send(request, reply, await portal.notFoundPage(db, lang), lang, 404);
  };
}

const cleanQuery = (q: string) => cleanedText(q, 200);

export function portalRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.db.kysely;
  const notFound = portalNotFound(deps);

  app.get('/help', { config, schema: { hide: true } }, (request, reply) =>
    reply.redirect(`/${bestLanguage(request.headers['accept-language'], cookieLang(request))}/`, 302),
  );

  // One set of routes per language, so that no other path (the staff app's) is ever taken.
  for (const lang of LANGS) {
    app.get(`/${lang}`, { config, schema: { hide: true } }, (_request, reply) =>
      reply.redirect(`/${lang}/`, 301),
    );
    app.get(`/${lang}/`, { config, schema: { hide: true } }, async (request, reply) =>
      send(request, reply, await portal.home(db, lang), lang),
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
      async (request, reply) => {
        const html = await portal.sectionPage(db, lang, request.params.section);
        return html ? send(request, reply, html, lang) : notFound(request, reply);
      },
    );
    app.get<{ Params: { section: string; slug: string } }>(
      `/${lang}/:section/:slug`,
      { config, schema: { hide: true } },
      async (request, reply) => {
        const html = await portal.article(db, lang, request.params.section, request.params.slug);
        return html ? send(request, reply, html, lang) : notFound(request, reply);
      },
    );
  }
}
