import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import {
  currentTextView,
  dashboardView,
  draftBody,
  pageIdParams,
  translationParams,
  versionItem,
  versionParams,
} from './editing.schema.ts';
import * as editing from './editing.service.ts';
import { portalCacheFor } from './portal.cache.ts';

const tags = ['portal'];

export function portalEditingRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);
  const edit = { permission: 'portal:edit' as const, purpose: 'portal' };

  r.get(
    '/api/v1/portal/pages',
    {
      config: edit,
      schema: {
        tags,
        summary: 'The translation dashboard: every page per language, published, waiting, outdated; coverage',
        response: { 200: dashboardView },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => editing.dashboard(ctx)),
  );
  r.get(
    '/api/v1/portal/pages/:id/versions',
    {
      config: edit,
      schema: {
        tags,
        summary: "A page's history of versions in every language",
        params: pageIdParams,
        response: { 200: z.array(versionItem) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => editing.history(ctx, request.params.id)),
  );
  r.get(
    '/api/v1/portal/pages/:id/translations/:lang/text',
    {
      config: edit,
      schema: {
        tags,
        summary: 'The text to start a draft from (the published version, else the latest)',
        params: translationParams,
        response: { 200: currentTextView },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => editing.currentText(ctx, request.params.id, request.params.lang)),
  );
  r.post(
    '/api/v1/portal/pages/:id/translations/:lang/drafts',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Save a new draft version of a page in one language (markup is taken out)',
        params: translationParams,
        body: draftBody,
        response: { 201: z.object({ version: z.number() }) },
      },
    },
    async (request, reply) => {
      const version = await inUseCase(deps, request, (ctx) =>
        editing.saveDraft(ctx, request.params.id, request.params.lang, request.body),
      );
      return reply.status(201).send({ version });
    },
  );
  r.post(
    '/api/v1/portal/pages/:id/translations/:lang/versions/:version/review',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Send a draft for review',
        params: versionParams,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) =>
        editing.submitForReview(ctx, request.params.id, request.params.lang, request.params.version),
      );
      return { ok: true };
    },
  );
  r.post(
    '/api/v1/portal/pages/:id/translations/:lang/versions/:version/publish',
    {
      config: { permission: 'portal:publish', purpose: 'portal' },
      schema: {
        tags,
        summary: 'Publish a version (a second editor for protection-critical and sensitive pages)',
        params: versionParams,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) =>
        editing.publish(ctx, request.params.id, request.params.lang, request.params.version),
      );
      // Committed: this process's next page read looks at the new generation at once.
      portalCacheFor(deps.db).changed();
      return { ok: true };
    },
  );
}
