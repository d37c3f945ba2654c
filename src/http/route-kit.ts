// Small helpers every route module uses: the typed router and the use-case runner bound to a request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { runUseCase, type UseCaseContext } from '../core/use-case.ts';

export interface RouteDeps {
  db: Db;
  sessionHours: number;
  /** Today's date in Türkiye; a fixed day in tests of date-driven rules. */
  today: () => string;
}

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** Runs a use case as the request's actor, in one transaction, with its audit metadata. */
export function inUseCase<T>(
  deps: RouteDeps,
  request: FastifyRequest,
  work: (ctx: UseCaseContext) => Promise<T>,
) {
  return runUseCase(deps.db, request.actor, request.meta, work, deps.today());
}

/**
 * A success that is not JSON (a printable letter, a photograph, a CSV file), documented by its
 * content types. Such bodies are sent as they are; no serializer touches them.
 */
export function mediaResponse(description: string, types: readonly string[], binary = false) {
  const body = binary ? z.unknown().meta({ type: 'string', format: 'binary' }) : z.string();
  return { description, content: Object.fromEntries(types.map((type) => [type, { schema: body }])) };
}

/** A timestamp the handler returns as a Date (JSON carries it as an ISO 8601 string). */
export const timestamp = z.unknown().meta({ type: 'string', format: 'date-time' });
