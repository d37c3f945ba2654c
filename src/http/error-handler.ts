// One error handler: every failure leaves as RFC 9457 problem+json with a stable code.
// Unknown errors are logged with the request id and answered as INTERNAL without internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, problemBody, type FieldProblem } from '../core/errors.ts';

const FASTIFY_CODES: Readonly<Record<string, AppError['code']>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
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
  if (e?.statusCode === 400) return new AppError('MALFORMED_REQUEST');
  return null;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  return reply
    .status(error.status)
    .type('application/problem+json')
    .send(problemBody(error, String(request.id), request.url.split('?')[0]));
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
