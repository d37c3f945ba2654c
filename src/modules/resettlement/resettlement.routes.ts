import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  PRIORITIES,
  REVIEW_OUTCOMES,
  STAGES,
  SUBMISSION_CATEGORIES,
} from '../../domain/resettlement/resettlement.ts';
import { RELATIONSHIPS } from '../../domain/reference/relationships.ts';
import { inUseCase, mediaResponse, typed, type RouteDeps } from '../../http/route-kit.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import type { Permission } from '../../domain/access.ts';
import { isoDate } from '../../core/field-schemas.ts';
import { referForResettlement, setTarget } from './resettlement.service.ts';
import * as steps from './resettlement.steps.ts';
import { atRisk, figures, pipeline, resettlementView } from './resettlement.view.ts';
import { submissionPackage } from './submission.service.ts';
import { exportQuery, sendExport } from '../exports/exports.service.ts';
import { pipelineExport } from './resettlement.export.ts';
import {
  figuresView,
  pipelineItem,
  resettlementPage,
  submissionPackageView,
  targetItem,
} from './resettlement.schema.ts';

const tags = ['resettlement'];
const idParams = z.strictObject({ id: z.uuid() });
const base = { version: z.number().int().min(1), on: isoDate };
type Config = { permission: Permission; purpose: string };
const read: Config = { permission: 'resettlement:read', purpose: 'resettlement' };
const process: Config = { permission: 'resettlement:process', purpose: 'resettlement' };
const depart: Config = { permission: 'resettlement:depart', purpose: 'resettlement' };

export function resettlementRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);
  const step = <B extends z.ZodType>(
    path: string,
    config: Config,
    summary: string,
    body: B,
    work: (ctx: UseCaseContext, id: string, input: z.infer<B>) => Promise<void>,
  ) =>
    r.post(
      `/api/v1/resettlement/cases/:id/${path}`,
      { config, schema: { tags, summary, params: idParams, body, response: { 200: resettlementPage } } },
      async (request) =>
        inUseCase(deps, request, async (ctx) => {
          await work(ctx, request.params.id, request.body as z.infer<B>);
          return resettlementView(ctx, request.params.id);
        }),
    );

  r.post(
    '/api/v1/resettlement/cases',
    {
      config: { permission: 'resettlement:refer', purpose: 'resettlement' },
      schema: {
        tags,
        summary:
          'Refer a family for resettlement (conditional refugees, or vulnerable temporary-protection holders, meeting their obligations, with consent)',
        body: z.strictObject({
          principalPersonId: z.uuid(),
          members: z
            .array(
              z.strictObject({
                personId: z.uuid(),
                relationship: z.enum(RELATIONSHIPS).exclude(['principal']),
              }),
            )
            .max(20)
            .default([]),
          organisationCode: z.string(),
          identifiedOn: isoDate,
          reason: z.string().trim().min(10).max(2000),
        }),
        response: { 201: resettlementPage },
      },
    },
    async (request, reply) => {
      const view = await inUseCase(deps, request, async (ctx) =>
        resettlementView(ctx, await referForResettlement(ctx, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/resettlement/cases',
    {
      config: read,
      schema: {
        tags,
        summary: 'The pipeline: cases by stage and priority',
        querystring: z.strictObject({
          stage: z.enum(STAGES).optional(),
          personId: z.uuid().optional(),
          ...exportQuery,
        }),
        response: { 200: z.array(pipelineItem) },
      },
    },
    async (request, reply) => {
      const { format, lang, stage, personId } = request.query;
      if (format) return sendExport(deps, request, reply, { format, lang }, pipelineExport(stage, personId));
      return inUseCase(deps, request, (ctx) => pipeline(ctx, stage, personId));
    },
  );
  r.get(
    '/api/v1/resettlement/at-risk',
    {
      config: read,
      schema: {
        tags,
        summary: 'Worklist: submitted cases at risk of missing their target',
        response: { 200: z.array(pipelineItem) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => atRisk(ctx)),
  );
  r.get(
    '/api/v1/resettlement/figures',
    {
      config: read,
      schema: { tags, summary: 'Figures by state, category and priority', response: { 200: figuresView } },
    },
    async (request) => inUseCase(deps, request, (ctx) => figures(ctx)),
  );
  r.put(
    '/api/v1/resettlement/targets/:priority',
    {
      config: { permission: 'organisations:manage', purpose: 'resettlement' },
      schema: {
        tags,
        summary:
          "Set a priority's target from submission to departure (configuration; cases already submitted keep theirs)",
        params: z.strictObject({ priority: z.enum(PRIORITIES) }),
        body: z.strictObject({
          days: z.number().int().min(1).max(1000),
          source: z.string().trim().min(3).max(300),
        }),
        response: { 200: z.array(targetItem) },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await setTarget(ctx, request.params.priority, request.body);
        return (await figures(ctx)).targets;
      }),
  );
  r.get(
    '/api/v1/resettlement/cases/:id',
    {
      config: read,
      schema: { tags, summary: 'A resettlement case', params: idParams, response: { 200: resettlementPage } },
    },
    async (request) => inUseCase(deps, request, (ctx) => resettlementView(ctx, request.params.id)),
  );
  r.get(
    '/api/v1/resettlement/cases/:id/submission',
    {
      config: process,
      schema: {
        tags,
        summary:
          "The submission package, with only the fields the state's agreement lists (JSON or printable HTML)",
        params: idParams,
        querystring: z.strictObject({ format: z.enum(['json', 'html']).default('json') }),
        response: {
          200: {
            description: 'The package as JSON, or as an HTML page to print (format=html)',
            content: {
              'application/json': { schema: submissionPackageView },
              'text/html': mediaResponse('', ['text/html']).content['text/html']!,
            },
          },
        },
        // Only a submitted case, to a state with an agreement, has a package.
        errors: ['RULE_VIOLATION'],
      },
    },
    async (request, reply) => {
      const pkg = await inUseCase(deps, request, (ctx) =>
        submissionPackage(ctx, request.params.id, request.query.format),
      );
      if (typeof pkg === 'string') return reply.type('text/html; charset=utf-8').send(pkg);
      return pkg;
    },
  );

  step(
    'acceptance',
    process,
    'UNHCR takes the referral for assessment',
    z.strictObject(base),
    steps.acceptReferral,
  );
  step(
    'form',
    process,
    'Prepare the Resettlement Registration Form: priority, primary and secondary category, narrative',
    z.strictObject({
      ...base,
      priority: z.enum(PRIORITIES),
      primaryCategory: z.enum(SUBMISSION_CATEGORIES),
      secondaryCategory: z.enum(SUBMISSION_CATEGORIES),
      narrative: z.string().trim().min(1).max(20000),
    }),
    steps.prepareRrf,
  );
  step(
    'review-request',
    process,
    'Send the form to a reviewing officer',
    z.strictObject(base),
    steps.sendToReview,
  );
  step(
    'review',
    process,
    "The reviewing officer's outcome (another officer than the preparer)",
    z.strictObject({ ...base, outcome: z.enum(REVIEW_OUTCOMES) }),
    steps.review,
  );
  step(
    'submission',
    process,
    'Submit to a resettlement state (starts the priority target)',
    z.strictObject({ ...base, stateCode: z.string() }),
    steps.submit,
  );
  step(
    'state-decision',
    process,
    "The state's decision after interview or on the dossier, per member",
    z.strictObject({
      ...base,
      mode: z.enum(['interview', 'dossier']),
      members: z
        .array(z.strictObject({ personId: z.uuid(), decision: z.enum(['accepted', 'rejected']) }))
        .min(1)
        .max(21),
    }),
    steps.stateDecision,
  );
  step(
    'pre-departure',
    process,
    'Medical check and cultural orientation done',
    z.strictObject({ ...base, medical: z.boolean().optional(), orientation: z.boolean().optional() }),
    steps.preDeparture,
  );
  step(
    'exit-permission',
    depart,
    "The authority's exit permission",
    z.strictObject(base),
    steps.exitPermission,
  );
  step(
    'departure',
    depart,
    'Departure of the accepted members: ends temporary protection or opens the cessation of the status',
    z.strictObject(base),
    steps.depart,
  );
  r.post(
    '/api/v1/resettlement/cases/:id/withdrawal',
    {
      config: { permission: 'resettlement:withdraw', purpose: 'resettlement' },
      schema: {
        tags,
        summary: 'Withdraw the case (UNHCR or the authority)',
        params: idParams,
        body: z.strictObject({ ...base, reason: z.string().trim().min(3).max(1000) }),
        response: { 200: resettlementPage },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await steps.withdraw(ctx, request.params.id, request.body);
        return resettlementView(ctx, request.params.id);
      }),
  );
}
