// Small helpers every route module uses: the typed router and the use-case runner bound to a request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
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
