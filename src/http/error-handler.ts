// One error handler: every failure leaves as RFC 9457 problem+json with a stable code.
// Unknown errors are logged with the request id and answered as INTERNAL without internals.
// Fastify answers some failures before any route or hook runs (a URL it cannot decode, a path
// parameter over its length, headers over Node's limit, a request it cannot parse at all); the
// two functions at the end give those the same problem+json, code and request id.
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, problemBody, type ErrorCode, type FieldProblem } from '../core/errors.ts';

const FASTIFY_CODES: Readonly<Record<string, AppError['code']>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_BAD_URL: 'MALFORMED_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
  // The static-file plugin refused a name (a component over the file system's 255 bytes) or
  // asked the file system for one longer than it allows: no file of ours has such a name.
  FST_STATIC_FORBIDDEN_PATH: 'NOT_FOUND',
  ENAMETOOLONG: 'NOT_FOUND',
};

// Client errors (4xx) that other code raises with a status only, by that status.
const BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'HEADERS_TOO_LARGE',
};

// PostgreSQL constraint errors that mean a client tried to create a second of something unique.
const UNIQUE_VIOLATION = '23505';

function fromValidation(error: FastifyError & { validationContext?: string }): AppError {
  const where = error.validationContext ?? 'body';
  const fields: FieldProblem[] = hasZodFastifySchemaValidationErrors(error)
    ? error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where,
        message: v.message ?? 'invalid',
        code: v.keyword,
      }))
    : (error.validation ?? []).map((v) => ({
        field: v.instancePath || where,
        message: v.message ?? 'invalid',
      }));
  // Unknown keys arrive as one issue naming the keys; list each key as a field at fault.
  const expanded = fields.flatMap((f) => {
    const match = /^Unrecognized keys?: (.+)$/.exec(f.message);
    if (!match?.[1]) return [f];
    const prefix = f.field === where ? '' : `${f.field}.`;
    return match[1].split(',').map((k) => ({
      field: prefix + k.trim().replace(/^"|"$/g, ''),
      message: 'unknown field',
      code: 'unrecognized_keys',
    }));
  });
  return new AppError('VALIDATION', `Invalid ${where}`, expanded);
}

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const e = error as FastifyError & { validationContext?: string };
  if (e?.validation) return fromValidation(e);
  if (e?.code && FASTIFY_CODES[e.code]) return new AppError(FASTIFY_CODES[e.code]!);
  if (e?.code === UNIQUE_VIOLATION) return new AppError('CONFLICT', 'This would create a duplicate');
  if (e?.statusCode && BY_STATUS[e.statusCode]) return new AppError(BY_STATUS[e.statusCode]!);
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new AppError('MALFORMED_REQUEST');
  return null;
}

// The instance member names the path; a hostile one is cut, not echoed back in full.
const INSTANCE_CHARS = 512;

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  return reply
    .status(error.status)
    .type('application/problem+json')
    .send(problemBody(error, String(request.id), request.url.split('?')[0]!.slice(0, INSTANCE_CHARS)));
}

/** Fastify's `frameworkErrors`: the router refused the URL before any route (or hook) ran. */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = toAppError(error) ?? new AppError('MALFORMED_URL');
  // No onSend hook runs for these replies: the request id header is set here.
  reply.header('x-request-id', request.id);
  reply.header('x-content-type-options', 'nosniff');
  void sendProblem(request, reply, known);
}

/**
 * Node's `clientError`: the bytes were not an HTTP request Node could parse (headers too large,
 * a broken request line or Content-Length) or arrived too slowly. There is no request object;
 * the answer is written to the socket, with a request id of its own so that it can be quoted.
 */
export function clientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'MALFORMED_REQUEST';
  const requestId = randomUUID();
  const { status } = ERROR_CODES[code];
  const body = JSON.stringify(problemBody(new AppError(code), requestId));
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const known = toAppError(error);
    if (known) {
      if (known.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, known);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      request,
      reply,
      new AppError('INTERNAL', `Quote request id ${request.id} when reporting this.`),
    );
  });
}
