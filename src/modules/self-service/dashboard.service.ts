// What an applicant sees of their own record, and nothing of anyone else's: the stage of their
// case, the next appointment, documents and expiry, reporting duty, open appeal windows with
// their last day, and what to do next. Every view is audited.
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/database.ts';
import { runUseCase, type RequestMeta } from '../../core/use-case.ts';
import { CLOCK_GROUP } from '../../domain/procedure/worklists.ts';
import type { LimitCode } from '../../domain/procedure/time-limits.ts';
import { DOCUMENT_TYPE_INFO, isDocumentType } from '../../domain/reference/document-types.ts';
import type { Lang } from '../../domain/reference/labels.ts';
import { escapeHtml } from '../portal/portal.markup.ts';
import { SS_WORDS } from './self-service.words.ts';

type Catalogue = { caseState: Record<string, string>; limit: Record<string, string> };
const catalogues = new Map<Lang, Catalogue>();
/** The staff app's catalogues already name every state and limit in the four languages. */
function catalogue(lang: Lang): Catalogue {
  let c = catalogues.get(lang);
  if (!c) {
    c = JSON.parse(
      readFileSync(new URL(`../../../locales/${lang}.json`, import.meta.url), 'utf8'),
    ) as Catalogue;
    catalogues.set(lang, c);
  }
  return c;
}

const PENDING = [
  'lodged',
  'referred',
  'registered',
  'interview_scheduled',
  'interviewed',
  'decided',
  'tp_pending',
];

function nextStep(state: string | undefined, windowsOpen: boolean): keyof (typeof SS_WORDS)['en']['next'] {
  if (!state) return 'none';
  if (windowsOpen || state === 'notified' || state === 'under_appeal') return 'appeal';
  if (state === 'protected' || state === 'tp_granted') return 'protected';
  if (PENDING.includes(state)) return 'pending';
  return 'final';
}

export async function dashboardHtml(
  db: Db,
  meta: RequestMeta,
  personId: string,
  lang: Lang,
  today: string,
): Promise<string> {
  const w = SS_WORDS[lang];
  const labels = catalogue(lang);
  return runUseCase(db, null, meta, async (ctx) => {
    const person = await ctx.trx
      .selectFrom('person')
      .select(['given_name', 'family_name', 'foreigner_id_number'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const cases = await ctx.trx
      .selectFrom('case_member as m')
      .innerJoin('protection_case as c', 'c.id', 'm.case_id')
      .select(['c.id', 'c.reference', 'c.state', 'c.reporting_next_due', 'c.reporting_interval_days'])
      .where('m.person_id', '=', personId)
      .orderBy('c.lodged_on', 'desc')
      .execute();
    const current = cases[0];
    const [interviews, clocks, documents] = await Promise.all([
      current
        ? ctx.trx
            .selectFrom('interview')
            .select(['scheduled_at', 'location'])
            .where('case_id', '=', current.id)
            .where('status', '=', 'scheduled')
            .where('scheduled_at', '>=', new Date(`${today}T00:00:00+03:00`))
            .orderBy('scheduled_at')
            .limit(1)
            .execute()
        : [],
      current
        ? ctx.trx
            .selectFrom('case_clock')
            .select(['code', 'last_day'])
            .where('case_id', '=', current.id)
            .where('closed_on', 'is', null)
            .where('last_day', '>=', today)
            .orderBy('last_day')
            .execute()
        : [],
      ctx.trx
        .selectFrom('identity_document')
        .select(['type', 'number', 'expires_on', 'status'])
        .where('person_id', '=', personId)
        .where('status', '=', 'valid')
        .orderBy('expires_on')
        .execute(),
    ]);
    const windows = clocks.filter((c) => CLOCK_GROUP[c.code as LimitCode] === 'appeal_windows');
    ctx.audit({ action: 'applicant.dashboard', entityType: 'person', entityId: personId, personId });
    const date = (d: string) => `<time datetime="${d}" dir="ltr">${d}</time>`;
    const appointment = interviews[0]
      ? `<bdi dir="ltr">${escapeHtml(new Date(interviews[0].scheduled_at).toISOString().slice(0, 16).replace('T', ' '))}</bdi>${interviews[0].location ? ` · ${escapeHtml(interviews[0].location)}` : ''}`
      : escapeHtml(w.none);
    return `<h1>${escapeHtml(w.title)}</h1>
<p><strong>${escapeHtml(`${person.given_name} ${person.family_name}`)}</strong> · <bdi dir="ltr">${person.foreigner_id_number}</bdi></p>
<section><h2>${escapeHtml(w.yourCase)}</h2>${
      current
        ? `<p>${escapeHtml(w.stage)}: <strong>${escapeHtml(labels.caseState[current.state] ?? current.state)}</strong> · <bdi dir="ltr">${escapeHtml(current.reference)}</bdi></p>`
        : `<p>${escapeHtml(w.noCase)}</p>`
    }
<p>${escapeHtml(w.nextAppointment)}: ${appointment}</p></section>
<section><h2>${escapeHtml(w.appealWindows)}</h2>${
      windows.length
        ? `<ul>${windows.map((c) => `<li>${escapeHtml(labels.limit[c.code] ?? c.code)}: ${escapeHtml(w.lastDay)} <strong>${date(c.last_day)}</strong></li>`).join('')}</ul>`
        : `<p>${escapeHtml(w.none)}</p>`
    }</section>
<section><h2>${escapeHtml(w.documents)}</h2>${
      documents.length
        ? `<ul>${documents.map((d) => `<li>${escapeHtml(isDocumentType(d.type) ? DOCUMENT_TYPE_INFO[d.type].labels[lang] : d.type)} <bdi dir="ltr">${escapeHtml(d.number)}</bdi> · ${escapeHtml(w.validUntil)} ${date(d.expires_on)}</li>`).join('')}</ul>`
        : `<p>${escapeHtml(w.none)}</p>`
    }</section>
<section><h2>${escapeHtml(w.reporting)}</h2><p>${current?.reporting_next_due ? `${escapeHtml(w.reportingNext)}: ${date(current.reporting_next_due)}` : escapeHtml(w.none)}</p></section>
<section><h2>${escapeHtml(w.whatNext)}</h2><p>${escapeHtml(w.next[nextStep(current?.state, windows.length > 0)])}</p></section>`;
  });
}

export async function reportContactChange(
  db: Db,
  meta: RequestMeta,
  personId: string,
  input: { provinceCode?: string; district?: string; address?: string; phone?: string },
  today: string,
) {
  await runUseCase(db, null, meta, async (ctx) => {
    const { id } = await ctx.trx
      .insertInto('contact_change_report')
      .values({
        person_id: personId,
        province_code: input.provinceCode || null,
        district: input.district || null,
        address: input.address || null,
        phone: input.phone || null,
        reported_on: today,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ctx.audit({
      action: 'applicant.contact_change',
      entityType: 'contact_change_report',
      entityId: id,
      personId,
    });
  });
}
