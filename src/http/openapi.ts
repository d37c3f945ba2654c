// The error half of the OpenAPI document. Every route's possible problem answers follow from
// how it is declared (its permission, its path parameters, its body, its method), plus the
// codes a route names itself in `schema.errors` when its service refuses with something
// specific (a possible duplicate, a full unit). They are added to the document only: the
// error handler's problem bodies never pass through a response serializer, so nothing in
// them (extension members such as `candidates`) can be stripped or refused on the way out.
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES } from '../domain/exports/table-file.ts';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../core/errors.ts';

declare module 'fastify' {
  interface FastifySchema {
    /** Problem codes this route's service can answer beyond those that follow from its declaration. */
    errors?: readonly ErrorCode[];
  }
}

const CODES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/** RFC 9457 problem details as the error handler sends them (`problemBody` in core/errors.ts). */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(CODES),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z
      .array(z.looseObject({ field: z.string(), message: z.string(), code: z.string().optional() }))
      .optional(),
  })
  .describe('RFC 9457 problem details; problem-type extension members (e.g. candidates) may follow');

export const PROBLEM_REF = '#/components/schemas/Problem';
const problemJsonSchema: Record<string, unknown> = z.toJSONSchema(problemSchema, {
  target: 'draft-2020-12',
});
delete problemJsonSchema.$schema;
/** The Problem component of the document (JSON Schema 2020-12, the dialect of OpenAPI 3.1). */
export const problemComponent = problemJsonSchema as unknown as { type: 'object' };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const namesRecords = (jsonSchema: unknown) =>
  jsonSchema !== undefined && JSON.stringify(jsonSchema).includes('"format":"uuid"');

interface JsonSchemaish {
  properties?: Record<string, unknown>;
}

/** The problem codes a route can answer, from its declaration. */
export function routeErrorCodes(
  route: Pick<RouteOptions, 'method' | 'config' | 'schema' | 'url'>,
  body?: unknown,
  query?: unknown,
) {
  const methods = [route.method].flat().map(String);
  const mutates = methods.some((m) => !SAFE_METHODS.has(m));
  const permission = (route.config as { permission?: string } | undefined)?.permission ?? 'public';
  const schema = route.schema ?? {};
  const hasParams = route.url.includes(':');
  const codes = new Set<ErrorCode>(['INTERNAL']);
  if (permission !== 'public') {
    codes.add('UNAUTHENTICATED').add('FORBIDDEN');
    // A signed-in browser's write without the app's header (the guard's CSRF check).
    if (mutates) codes.add('CSRF_REJECTED');
  }
  // A path parameter names a record: unknown, or (the same answer) outside the actor's scope.
  // A parameter the router cannot decode is a malformed request.
  if (hasParams) codes.add('NOT_FOUND').add('MALFORMED_REQUEST');
  // So does an id in the body or the query (the person a removal is decided for).
  if (namesRecords(body) || namesRecords(query)) codes.add('NOT_FOUND');
  if (hasParams || schema.querystring || schema.body || mutates) codes.add('VALIDATION');
  if (schema.body) {
    codes.add('MALFORMED_REQUEST').add('PAYLOAD_TOO_LARGE').add('UNSUPPORTED_MEDIA_TYPE');
  }
  if (mutates) {
    // Writes meet the state of the records: a rule of the procedure, or a second of something unique.
    codes.add('CONFLICT').add('RULE_VIOLATION');
    if ((body as JsonSchemaish | undefined)?.properties?.version) codes.add('STALE_VERSION');
  }
  for (const code of schema.errors ?? []) codes.add(code);
  return [...codes];
}

function problemResponses(codes: readonly ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = ERROR_CODES[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      status,
      {
        description: list.map((c) => `${c}: ${ERROR_CODES[c].title}`).join('; '),
        content: {
          'application/problem+json': {
            schema: { allOf: [{ $ref: PROBLEM_REF }, { properties: { code: { enum: list } } }] },
          },
        },
      },
    ]),
  );
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0] & { route: RouteOptions };

/** The swagger transform: zod schemas to JSON Schema, then the route's problem answers. */
export function documentRoute(document: TransformInput) {
  // `errors` is ours: it is read from the route below, not passed on as an OpenAPI keyword.
  const schema = { ...document.schema };
  delete schema.errors;
  const transformed = jsonSchemaTransform({ ...document, schema }) as {
    schema: Record<string, unknown> & { hide?: boolean; response?: Record<string, unknown>; body?: unknown };
    url: string;
  };
  if (transformed.schema?.hide) return transformed;
  const codes = routeErrorCodes(document.route, transformed.schema.body, transformed.schema.querystring);
  transformed.schema.response = { ...problemResponses(codes), ...transformed.schema.response };
  if (takesExportFormat(transformed.schema.querystring)) documentExportFiles(transformed.schema.response);
  return transformed;
}

/** Whether the route takes `?format=csv|xlsx|hxl` (the exports' query). */
function takesExportFormat(querystring: unknown): boolean {
  const format = (querystring as { properties?: { format?: { enum?: unknown[] } } } | undefined)?.properties
    ?.format;
  return EXPORT_FORMATS.every((f) => format?.enum?.includes(f));
}

/**
 * A list that can be taken out answers its success status as a file too, in each format's type.
 * A response given as a bare schema is JSON; it is wrapped so the file types can stand beside it.
 */
function documentExportFiles(responses: Record<string, unknown>): void {
  const success = Object.keys(responses).find((status) => status.startsWith('2'));
  if (!success) return;
  const given = responses[success] as { content?: Record<string, unknown>; description?: string };
  const content = given.content ?? { 'application/json': { schema: given } };
  const file = { schema: { type: 'string', format: 'binary' } };
  const types = new Set(Object.values(EXPORT_MEDIA_TYPES).map((type) => type.split(';')[0]!));
  responses[success] = {
    description: given.content ? given.description : 'The list, or the same rows as a file (?format=)',
    content: { ...content, ...Object.fromEntries([...types].map((type) => [type, file])) },
  };
}
