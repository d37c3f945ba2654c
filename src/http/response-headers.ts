// The headers every answer carries: the request id, "never cache" for the API, and the security
// set. A route that sends its own Content-Security-Policy (the portal's pages) keeps it; everything
// else gets the staff app's, which allows scripts and styles from this origin only (no inline
// script), images from here and data: URIs (the ID card's QR code and the favicon are data: SVGs).
import { randomUUID } from 'node:crypto';
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

/** Sent with every answer (the portal's pages answered from memory too: portal.fast-path.ts). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
});

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A caller's request id (a proxy's) when it is well-formed; otherwise a new one. */
export function requestIdFrom(given: string | string[] | undefined): string {
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

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
    reply.headers(SECURITY_HEADERS);
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', request.url.startsWith(DOCS_PREFIX) ? DOCS_CSP : STAFF_APP_CSP);
    if (overTls(request, options.trustProxy)) reply.header('strict-transport-security', HSTS);
    if (request.url.startsWith('/api/'))
      reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
  });
}
