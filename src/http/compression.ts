// Compresses text answers (API JSON, the OpenAPI document, HTML, scripts, styles) with brotli or
// gzip, as the client's Accept-Encoding allows. Small answers, answers already encoded (the web
// app's precompressed files, the portal's cached pages), 204/304 and ranges are sent as they are.
// Bodies are compressed whole when they are strings or buffers; streams (the API explorer's files)
// are piped through a compressor.
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Below about a kilobyte the headers and the compressor's framing eat what compression saves. */
export const COMPRESS_MIN_BYTES = 1024;

const COMPRESSIBLE =
  /^(text\/|application\/(json|problem\+json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

export type Encoding = 'br' | 'gzip';

/** Quality 4 brotli is about as fast as gzip 6 and smaller: right for answers made per request. */
const BROTLI_DYNAMIC = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Browsers send a handful of distinct headers; their answers are remembered (a bounded few). */
const negotiated = new Map<string, Encoding | null>();

/** The encoding to answer with: brotli when offered, then gzip; none when the client refuses both. */
export function negotiateEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  if (typeof acceptEncoding === 'string') {
    const known = negotiated.get(acceptEncoding);
    if (known !== undefined) return known;
    const answer = parseAcceptEncoding(acceptEncoding);
    if (negotiated.size < 64) negotiated.set(acceptEncoding, answer);
    return answer;
  }
  return parseAcceptEncoding(acceptEncoding.join(','));
}

function parseAcceptEncoding(acceptEncoding: string): Encoding | null {
  const offered = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    offered.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => offered.get(name) ?? offered.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  return weight('gzip') > 0 ? 'gzip' : null;
}

/** Adds Accept-Encoding to Vary without repeating it. */
export function varyOnEncoding(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const value = current === undefined ? '' : [current].flat().join(', ');
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(value)) return;
  reply.header('vary', value ? `${value}, accept-encoding` : 'accept-encoding');
}

/** A strong ETag names exact bytes; the compressed bytes differ, so what is left is a weak one. */
function weakenEtag(reply: FastifyReply): void {
  const etag = reply.getHeader('etag');
  if (typeof etag === 'string' && etag.startsWith('"')) reply.header('etag', `W/${etag}`);
}

function compressible(reply: FastifyReply): boolean {
  const type = reply.getHeader('content-type');
  return (
    typeof type === 'string' &&
    COMPRESSIBLE.test(type) &&
    !reply.hasHeader('content-encoding') &&
    !reply.hasHeader('content-range') &&
    reply.statusCode !== 204 &&
    reply.statusCode !== 304
  );
}

export function installCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!compressible(reply)) return payload;
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      if (Buffer.byteLength(payload) < COMPRESS_MIN_BYTES) return payload;
      varyOnEncoding(reply);
      const encoding = negotiateEncoding(request.headers['accept-encoding']);
      if (!encoding) return payload;
      const body = encoding === 'br' ? await brotli(payload, BROTLI_DYNAMIC) : await gzip(payload);
      reply.header('content-encoding', encoding).header('content-length', body.length);
      weakenEtag(reply);
      return body;
    }
    if (payload instanceof Readable) {
      const length = Number(reply.getHeader('content-length') ?? Infinity);
      if (length < COMPRESS_MIN_BYTES) return payload;
      varyOnEncoding(reply);
      const encoding = negotiateEncoding(request.headers['accept-encoding']);
      if (!encoding) return payload;
      reply.removeHeader('content-length');
      reply.header('content-encoding', encoding);
      weakenEtag(reply);
      const compressor = encoding === 'br' ? zlib.createBrotliCompress(BROTLI_DYNAMIC) : zlib.createGzip();
      payload.on('error', (error) => compressor.destroy(error));
      return payload.pipe(compressor);
    }
    return payload;
  });
}
