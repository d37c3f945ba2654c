// How answers travel: the security headers of the staff app (a strict CSP, no framing, HSTS only
// behind a TLS proxy), brotli/gzip by Accept-Encoding with the same bodies after decompression,
// precompressed hashed assets cached for a year, index.html revalidated, ETags and 304s kept.
// Needs the built web app (`npm run build:web`; `npm test` builds it first).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type KorumaApp } from '../../src/app.ts';
import { negotiateEncoding } from '../../src/http/compression.ts';
import { CONTENT_DIR, importContentIfEmpty } from '../../src/modules/portal/content-import.service.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

let t: TestApp;
let port: number;
beforeAll(async () => {
  if (!existsSync(`${WEB_DIST}index.html`)) throw new Error('build the web app first: npm run build:web');
  t = await startTestApp();
  await importContentIfEmpty(t.db.kysely, CONTENT_DIR);
  port = Number(new URL(t.baseUrl).port);
});
afterAll(() => t.close());

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, not decompressed. */
  body: Buffer;
}

function raw(path: string, headers: Record<string, string> = {}, onPort = port): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: onPort, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

function decoded(answer: Raw): Buffer {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body);
  if (encoding === 'gzip') return gunzipSync(answer.body);
  expect(encoding).toBeUndefined();
  return answer.body;
}

/** The same path asked for in brotli, gzip and plain: each encoding as asked, the same bytes inside. */
async function expectNegotiated(path: string, headers: Record<string, string> = {}) {
  const br = await raw(path, { ...headers, 'accept-encoding': 'gzip, deflate, br' });
  const gz = await raw(path, { ...headers, 'accept-encoding': 'gzip' });
  const plain = await raw(path, { ...headers, 'accept-encoding': 'identity' });
  const none = await raw(path, headers);
  expect([br.status, gz.status, plain.status, none.status], path).toEqual([200, 200, 200, 200]);
  expect(br.headers['content-encoding'], path).toBe('br');
  expect(gz.headers['content-encoding'], path).toBe('gzip');
  expect(plain.headers['content-encoding'], path).toBeUndefined();
  expect(none.headers['content-encoding'], path).toBeUndefined();
  for (const answer of [br, gz, plain]) expect(answer.headers.vary, path).toMatch(/accept-encoding/i);
  expect(br.body.length, path).toBeLessThan(plain.body.length);
  expect(decoded(br).equals(plain.body), path).toBe(true);
  expect(decoded(gz).equals(plain.body), path).toBe(true);
  expect(none.body.equals(plain.body), path).toBe(true);
  return { br, gz, plain };
}

const entryScript = () =>
  /src="(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(`${WEB_DIST}index.html`, 'utf8'))![1]!;
const stylesheet = () =>
  /href="(\/assets\/[^"]+\.css)"/.exec(readFileSync(`${WEB_DIST}index.html`, 'utf8'))![1]!;

describe('security headers', () => {
  it('gives the staff app a strict CSP: scripts from this origin only, nothing inline, no framing', async () => {
    for (const path of ['/', '/persons/00000000-0000-4000-8000-000000000000', entryScript()]) {
      const answer = await raw(path);
      expect(answer.status, path).toBe(200);
      const csp = String(answer.headers['content-security-policy']);
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("img-src 'self' data:");
      expect(csp, path).toContain("connect-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['referrer-policy'], path).toBe('no-referrer');
      expect(answer.headers['strict-transport-security'], path).toBeUndefined();
    }
    // The built index page has no inline script for the CSP to refuse.
    expect(readFileSync(`${WEB_DIST}index.html`, 'utf8')).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('keeps the portal its own CSP, and forbids framing it and the API', async () => {
    const page = await raw('/en/international-protection/apply');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    const api = await raw('/api/v1/persons');
    expect(api.status).toBe(401);
    expect(api.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(api.headers['x-frame-options']).toBe('DENY');
  });

  it('sends HSTS only over TLS, which behind a proxy it knows only when told to trust the proxy', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    // Not trusting the proxy: a client can write X-Forwarded-Proto itself.
    expect((await raw('/', https)).headers['strict-transport-security']).toBeUndefined();
    const behindProxy: KorumaApp = await buildApp({ db: t.db, logLevel: 'silent', trustProxy: true });
    await behindProxy.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const proxied = (behindProxy.app.server.address() as AddressInfo).port;
      for (const path of ['/', '/en/', '/api/v1/persons']) {
        const overTls = await raw(path, https, proxied);
        expect(overTls.headers['strict-transport-security'], path).toMatch(/^max-age=\d{8,}/);
        const plain = await raw(path, { 'x-forwarded-proto': 'http' }, proxied);
        expect(plain.headers['strict-transport-security'], path).toBeUndefined();
        expect((await raw(path, {}, proxied)).headers['strict-transport-security'], path).toBeUndefined();
      }
    } finally {
      await behindProxy.app.close();
    }
  });
});

describe('compression', () => {
  it('compresses portal pages, API JSON, the OpenAPI document, scripts and styles by Accept-Encoding', async () => {
    await expectNegotiated('/ar/international-protection/apply');
    await expectNegotiated('/fa/search?q=%DA%A9%D8%A7%D8%B1%D8%AA');
    await expectNegotiated('/api/v1/openapi.json');
    await expectNegotiated('/api/v1/reference', { authorization: `Bearer ${t.admin.token}` });
    await expectNegotiated(entryScript());
    await expectNegotiated(stylesheet());
    await expectNegotiated('/');
    // A stream (the API explorer's script, read from disk as it is sent) is compressed too.
    await expectNegotiated('/api/v1/docs/static/swagger-ui-bundle.js');
  });

  it('leaves small answers alone, and error answers whole', async () => {
    const small = await raw('/healthz', { 'accept-encoding': 'br' });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toMatchObject({ status: 'ok' });
    const refused = await raw('/api/v1/persons', { 'accept-encoding': 'gzip, br' });
    expect(refused.status).toBe(401);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(decoded(refused).toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
    const missing = await raw('/de/nowhere', { 'accept-encoding': 'gzip, br' });
    expect(missing.status).toBe(404);
    expect(decoded(missing).toString()).toContain('<html lang=');
  });

  it('keeps ETags and 304s for each encoding of a portal page and of an asset', async () => {
    for (const path of ['/tr/faq/questions', entryScript()])
      for (const encoding of ['br', 'gzip', 'identity']) {
        const first = await raw(path, { 'accept-encoding': encoding });
        const etag = first.headers.etag!;
        expect(etag, `${path} ${encoding}`).toBeTruthy();
        const again = await raw(path, { 'accept-encoding': encoding, 'if-none-match': etag });
        expect(again.status, `${path} ${encoding}`).toBe(304);
        expect(again.body.length).toBe(0);
      }
    // The compressed bytes are another representation: another tag.
    const br = await raw('/tr/faq/questions', { 'accept-encoding': 'br' });
    const plain = await raw('/tr/faq/questions', { 'accept-encoding': 'identity' });
    expect(br.headers.etag).not.toBe(plain.headers.etag);
  });
});

describe('caching of the web app', () => {
  it('caches hashed assets for a year as immutable, and revalidates index.html every time', async () => {
    for (const path of [entryScript(), stylesheet()])
      for (const encoding of ['br', 'identity'])
        expect((await raw(path, { 'accept-encoding': encoding })).headers['cache-control'], path).toBe(
          'public, max-age=31536000, immutable',
        );
    for (const path of ['/', '/index.html', '/cases/somewhere'])
      expect((await raw(path)).headers['cache-control'], path).toBe('no-cache');
  });
});

describe('negotiating the encoding', () => {
  it('takes brotli when offered, gzip otherwise, and honours q=0 and *', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('gzip;q=0.5, br;q=0.1')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0')).toBeNull();
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
  });
});

describe('portal pages answered from memory', () => {
  it('sends the same bytes and headers as the route that rendered them, for GET and HEAD', async () => {
    const path = '/fa/removal/removal-and-removal-centres';
    const strip = (h: http.IncomingHttpHeaders) => {
      expect(h['x-request-id']).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
      return Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'date' && k !== 'x-request-id'));
    };
    for (const encoding of ['br', 'gzip', 'identity']) {
      // The first read renders (through Fastify); the next ones come from memory.
      const rendered = await raw(path, { 'accept-encoding': encoding });
      const remembered = await raw(path, { 'accept-encoding': encoding });
      expect(remembered.status).toBe(200);
      expect(strip(remembered.headers)).toEqual(strip(rendered.headers));
      expect(remembered.body.equals(rendered.body)).toBe(true);
    }
    const head = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .request(
          { host: '127.0.0.1', port, path, method: 'HEAD', headers: { 'accept-encoding': 'br' } },
          resolve,
        )
        .on('error', reject)
        .end(),
    );
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['x-frame-options']).toBe('DENY');
    const given = await raw(path, { 'x-request-id': 'proxy-id-12345' });
    expect(given.headers['x-request-id']).toBe('proxy-id-12345');
  });
});
