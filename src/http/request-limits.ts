// Limits on what a request may be before any of our code reads it.
//
// The path: longer than any address of ours (a 3,000-character one reached the static-file
// plugin, which failed on the file name) is 414.
//
// The JSON body: Fastify's own parser hands any nesting to JSON.parse, and everything
// after it (prototype-poisoning scan, text hygiene, zod) walks the result recursively: 5,000
// nested brackets overflowed the stack and answered 500. So the text is first measured in one
// linear, non-recursive pass (nesting depth, items in one array, length of one string), and
// only a body within the limits reaches Fastify's parser, which keeps its protection against
// `__proto__` and `constructor.prototype` keys.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors.ts';

export interface JsonLimits {
  /** Objects and arrays inside each other; no request of ours needs more than a few. */
  depth: number;
  /** Items in any one array. */
  arrayItems: number;
  /** Characters of any one string as written (escapes counted as written). */
  stringChars: number;
}

export const JSON_LIMITS: JsonLimits = { depth: 32, arrayItems: 10_000, stringChars: 200_000 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Why the JSON text exceeds a limit, or null when it does not. Malformed text is not judged
 * here (JSON.parse does that next); the pass only has to be safe and linear on any input.
 */
export function jsonLimitProblem(text: string, limits: JsonLimits = JSON_LIMITS): string | null {
  // Per open container (at most `limits.depth` of them): is it an array, and its commas so far.
  const isArray = new Uint8Array(limits.depth + 1);
  const commas = new Uint32Array(limits.depth + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
      if (i - start - 1 > limits.stringChars)
        return `A text value is longer than ${limits.stringChars} characters`;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      if (depth > limits.depth) return `The body is nested deeper than ${limits.depth} levels`;
      isArray[depth] = c === OPEN_ARRAY ? 1 : 0;
      commas[depth] = 0;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth > 0) depth--;
    } else if (c === COMMA && depth > 0 && isArray[depth] === 1) {
      const items = commas[depth]! + 1;
      commas[depth] = items;
      if (items >= limits.arrayItems) return `A list in the body has more than ${limits.arrayItems} items`;
    }
  }
  return null;
}

/** The longest path (without the query) any route of ours answers; ids and slugs are short. */
export const MAX_PATH_CHARS = 2048;

/** Installs both limits on the root instance, before any route is added. */
export function installRequestLimits(app: FastifyInstance, limits: JsonLimits = JSON_LIMITS): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const query = request.url.indexOf('?');
    const pathChars = query === -1 ? request.url.length : query;
    done(pathChars > MAX_PATH_CHARS ? new AppError('URI_TOO_LONG') : undefined);
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    // parseAs 'string' hands a string; the type allows a Buffer for the other setting.
    const body = typeof raw === 'string' ? raw : raw.toString('utf8');
    const problem = jsonLimitProblem(body, limits);
    if (problem) return done(new AppError('MALFORMED_REQUEST', problem), undefined);
    // Fastify's parser answers through `done`; its type also admits the promise form.
    void parseJson(request, body, done);
  });
}
