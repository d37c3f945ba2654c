// The headers every answer carries: the request id, "never cache" for the API, and the security
// set. A route that sends its own Content-Security-Policy (the portal's pages) keeps it; everything
// else gets the staff app's, which allows scripts and styles from this origin only (no inline
// script), images from here and data: URIs (the ID card's QR code and the favicon are data: SVGs).
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const STAFF_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The API explorer (Swagger UI) runs its own inline bootstrap: it may not be framed, nothing more. */
const DOCS_CSP = "frame-ancestors 'none'";
const DOCS_PREFIX = '/api/v1/docs';

/** Two years, as the HSTS preload list asks; only ever sent over TLS. */
const HSTS = 'max-age=63072000; includeSubDomains';

export interface ResponseHeaderOptions {
  /** KORUMA_TRUST_PROXY: only then does X-Forwarded-Proto tell us the client used TLS. */
  trustProxy: boolean;
}

/** The request reached us over TLS: directly, or through a trusted proxy that says so. */
function overTls(request: FastifyRequest, trustProxy: boolean): boolean {
  return trustProxy ? request.protocol === 'https' : request.raw.socket && 'encrypted' in request.raw.socket;
}

export function installResponseHeaders(app: FastifyInstance, options: ResponseHeaderOptions): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', request.url.startsWith(DOCS_PREFIX) ? DOCS_CSP : STAFF_APP_CSP);
    if (overTls(request, options.trustProxy)) reply.header('strict-transport-security', HSTS);
    if (request.url.startsWith('/api/'))
      reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
  });
}
