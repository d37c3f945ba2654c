// Applicant self-service at /<lang>/me: plain HTML forms, no script. Its one cookie is the
// session, HttpOnly and SameSite=Strict; its pages are never cached.
import { cleanedText } from '../../http/text-hygiene.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { decideChange, pendingChanges, reportContactChange } from './contact-changes.service.ts';
import { isIsoDate } from '../../domain/calendar.ts';
import { isProvinceCode } from '../../domain/reference/provinces.ts';
import { LANGS, type Lang } from '../../domain/reference/labels.ts';
// Self-service pages wear the portal's layout; the portal itself knows nothing of self-service.
import { layout } from '../portal/portal.templates.ts';
import { applicantDashboard } from './dashboard.service.ts';
import { dispatch } from './delivery.service.ts';
import { endSession, SESSION_MINUTES, sessionPerson, startSignIn, verifyCode } from './sign-in.service.ts';
import { SS_WORDS } from './self-service.words.ts';
import {
  changeForm,
  codeForm,
  dashboardHtml,
  invalidProvinceForm,
  signInForm,
} from './self-service.templates.ts';

const COOKIE = 'koruma_applicant';
const field = (body: unknown, name: string, max = 200) => {
  const value = (body as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' ? cleanedText(value, max).trim() : '';
};
const sessionOf = (request: FastifyRequest) =>
  new RegExp(`(?:^|;\\s*)${COOKIE}=([A-Za-z0-9_-]+)`).exec(request.headers.cookie ?? '')?.[1];

function page(reply: FastifyReply, lang: Lang, main: string, status = 200) {
  const html = layout({
    lang,
    title: SS_WORDS[lang].title,
    alternates: Object.fromEntries(LANGS.map((l) => [l, `/${l}/me`])),
    main,
  });
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    )
    .header('referrer-policy', 'no-referrer')
    .send(html);
}

export function selfServiceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const config = { permission: 'public' as const, ownsTextHygiene: true };
  const opts = { config, schema: { hide: true } };
  for (const lang of LANGS) {
    const w = SS_WORDS[lang];
    app.get<{ Querystring: { saved?: string } }>(`/${lang}/me`, opts, async (request, reply) => {
      const personId = await sessionPerson(deps.db, sessionOf(request));
      if (!personId) return page(reply, lang, signInForm(lang));
      const view = await applicantDashboard(deps.db, request.meta, personId, deps.today());
      const main = dashboardHtml(view, lang);
      return page(reply, lang, main + changeForm(lang, request.query.saved === '1'));
    });

    app.post(`/${lang}/me/code`, opts, async (request, reply) => {
      const foreignerIdNumber = field(request.body, 'foreignerIdNumber', 11);
      const dateOfBirth = field(request.body, 'dateOfBirth', 10);
      if (!/^99\d{9}$/.test(foreignerIdNumber) || !isIsoDate(dateOfBirth))
        return page(reply, lang, signInForm(lang, w.intro), 422);
      const started = await startSignIn(deps.db, request.meta, { foreignerIdNumber, dateOfBirth, lang });
      if (started.limited) return page(reply, lang, signInForm(lang, w.limited), 429);
      await dispatch(deps.db.kysely);
      return page(reply, lang, codeForm(lang, started.challenge, w.codeSent));
    });

    app.post(`/${lang}/me/sign-in`, opts, async (request, reply) => {
      const challenge = field(request.body, 'challenge', 64);
      const result = await verifyCode(deps.db, request.meta, {
        challenge,
        code: field(request.body, 'code', 12),
      });
      if (!result.ok)
        return result.limited
          ? page(reply, lang, signInForm(lang, w.limited), 429)
          : page(reply, lang, codeForm(lang, challenge, w.wrongCode), 401);
      const secure = request.protocol === 'https' ? '; Secure' : '';
      return reply
        .header(
          'set-cookie',
          `${COOKIE}=${result.session}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MINUTES * 60}${secure}`,
        )
        .redirect(`/${lang}/me`, 303);
    });

    app.post(`/${lang}/me/contact-change`, opts, async (request, reply) => {
      const personId = await sessionPerson(deps.db, sessionOf(request));
      if (!personId) return page(reply, lang, signInForm(lang), 401);
      const input = {
        provinceCode: field(request.body, 'provinceCode', 2),
        district: field(request.body, 'district'),
        address: field(request.body, 'address', 500),
        phone: field(request.body, 'phone', 20),
      };
      if (!Object.values(input).some(Boolean)) return reply.redirect(`/${lang}/me`, 303);
      if (input.provinceCode && !isProvinceCode(input.provinceCode.padStart(2, '0')))
        return page(reply, lang, invalidProvinceForm(lang), 422);
      if (input.provinceCode) input.provinceCode = input.provinceCode.padStart(2, '0');
      await reportContactChange(deps.db, request.meta, personId, input, deps.today());
      return reply.redirect(`/${lang}/me?saved=1`, 303);
    });

    app.post(`/${lang}/me/sign-out`, opts, async (request, reply) => {
      await endSession(deps.db, sessionOf(request));
      return reply
        .header('set-cookie', `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`)
        .redirect(`/${lang}/me`, 303);
    });
  }
}

/** The caseworkers' side: reported changes of address or phone, to accept or reject. */
export function contactChangeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);
  const config = { permission: 'contact_changes:review' as const, purpose: 'contact_change' };
  r.get(
    '/api/v1/contact-changes',
    {
      config,
      schema: {
        tags: ['self-service'],
        summary: 'Changes of address or phone reported by applicants, waiting for review',
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              personId: z.uuid(),
              name: z.string(),
              fictional: z.boolean(),
              reportedOn: z.string(),
              reported: z.object({
                provinceCode: z.string().nullable(),
                district: z.string().nullable(),
                address: z.string().nullable(),
                phone: z.string().nullable(),
              }),
              current: z.object({
                provinceCode: z.string(),
                district: z.string().nullable(),
                phone: z.string().nullable(),
              }),
            }),
          ),
        },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => pendingChanges(ctx)),
  );
  r.post(
    '/api/v1/contact-changes/:id/decision',
    {
      config,
      schema: {
        tags: ['self-service'],
        summary: "Accept (updates the person's record) or reject a reported change",
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({ decision: z.enum(['accepted', 'rejected']) }),
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) => decideChange(ctx, request.params.id, request.body.decision));
      return { ok: true };
    },
  );
}

/** HTML forms post application/x-www-form-urlencoded; the standard URLSearchParams reads them. */
export function installFormParser(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
}
