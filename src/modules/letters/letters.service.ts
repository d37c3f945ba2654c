// Decision letters: written when a decision is served, in Turkish and in the applicant's language,
// stating the decision, the reasons, each remedy with its body, period and last day. A letter is
// stored as the HTML that was served and never changes afterwards.
import { escapeHtml } from '../../core/html.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import { APPEAL_WINDOWS } from '../../domain/procedure/clocks.ts';
import type { Decision } from '../../domain/procedure/states.ts';
import { TIME_LIMIT_RULES, type LimitCode } from '../../domain/procedure/time-limits.ts';
import type { Lang } from '../../domain/reference/labels.ts';
import { notFound } from '../../core/errors.ts';
import { LETTER_TEXT } from './letters.templates.ts';
import * as repo from './letters.repository.ts';

const LOCALES: Record<Lang, string> = {
  tr: 'tr-TR',
  en: 'en-GB',
  ar: 'ar-u-ca-gregory-nu-arab',
  fa: 'fa-IR-u-ca-gregory',
};

function longDate(iso: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
  return `<time datetime="${iso}">${escapeHtml(text)}</time>`;
}

/** The applicant's language for the second copy: Arabic, Farsi or English (Dari speakers read Farsi). */
export function applicantLanguage(languages: readonly string[]): Exclude<Lang, 'tr'> {
  for (const l of languages) {
    if (l === 'ar') return 'ar';
    if (l === 'fa' || l === 'prs') return 'fa';
    if (l === 'en') return 'en';
  }
  return 'en';
}

export interface Remedy {
  code: LimitCode;
  /** The rule the clock was counted under (the one in force when it started). */
  ruleId: string;
  lastDay: string;
  flags: string[];
}

export interface LetterFacts {
  reference: string;
  servedOn: string;
  decision: Decision | 'ipec_rejection';
  reasons: string;
  applicant: { name: string; idNumber: string };
  members: { name: string; idNumber: string }[];
  remedies: Remedy[];
}

export function renderLetter(lang: Lang, f: LetterFacts): string {
  const t = LETTER_TEXT[lang];
  const dir = lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr';
  const bdi = (s: string) => `<bdi>${escapeHtml(s)}</bdi>`;
  const remedies = f.remedies.map((r) => {
    const rule = TIME_LIMIT_RULES.find((x) => x.id === r.ruleId)!;
    const body = t.bodies[APPEAL_WINDOWS[r.code]!];
    const notes = [
      r.flags.includes('rule_unverified') ? `<p class="note">${escapeHtml(t.unverified)}</p>` : '',
      r.flags.includes('moved_to_working_day')
        ? `<p class="note">${escapeHtml(t.movedToWorkingDay)}</p>`
        : '',
    ].join('');
    return `<li data-limit="${r.code}"><p>${escapeHtml(t.appealTo(body, rule.amount, t.days))}</p><p><strong>${escapeHtml(t.lastDay)}: ${longDate(r.lastDay, lang)}</strong></p>${notes}</li>`;
  });
  const members = f.members.length
    ? `<h2>${escapeHtml(t.members)}</h2><ul>${f.members.map((m) => `<li>${bdi(m.name)} (${bdi(m.idNumber)})</li>`).join('')}</ul>`
    : '';
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(t.title)} ${escapeHtml(f.reference)}</title>
<style>body{font-family:"Noto Sans","Noto Naskh Arabic",sans-serif;max-width:42rem;margin:2rem auto;line-height:1.5}dt{font-weight:600}dd{margin-inline-start:0;margin-block-end:.5rem}.note{font-size:.9em}strong{font-size:1.1em}</style></head>
<body><article><h1>${escapeHtml(t.title)}</h1>
<dl><dt>${escapeHtml(t.reference)}</dt><dd>${bdi(f.reference)}</dd><dt>${escapeHtml(t.served)}</dt><dd>${longDate(f.servedOn, lang)}</dd>
<dt>${escapeHtml(t.applicant)}</dt><dd>${bdi(f.applicant.name)}</dd><dt>${escapeHtml(t.idNumber)}</dt><dd>${bdi(f.applicant.idNumber)}</dd></dl>
${members}
<p class="decision"><strong>${escapeHtml(t.decision[f.decision])}</strong></p>
<h2>${escapeHtml(t.reasons)}</h2><p dir="auto">${escapeHtml(f.reasons)}</p>
<h2>${escapeHtml(t.remedy)}</h2>${remedies.length ? `<ol>${remedies.join('')}</ol>` : `<p>${escapeHtml(t.noRemedy)}</p>`}
<p>${escapeHtml(t.legalAid)}</p><p>${escapeHtml(t.hotline)}: <bdi dir="ltr"><a href="tel:157">157</a></bdi></p><p class="note">${escapeHtml(t.duty)}</p></article></body></html>`;
}

/** What the procedure hands over when a decision is served: the facts, and whom the letter is for. */
export interface LetterOrder {
  caseId: string;
  eventId: number;
  principalPersonId: string;
  /** The principal's languages, from which the second copy's language is chosen. */
  languages: readonly string[];
  facts: LetterFacts;
}

/** Writes the Turkish letter and the one in the applicant's language, as served. */
export async function writeDecisionLetters(ctx: UseCaseContext, order: LetterOrder): Promise<void> {
  const { facts } = order;
  const lastDay = facts.remedies.map((r) => r.lastDay).sort()[0] ?? null;
  for (const lang of ['tr', applicantLanguage(order.languages)] as const) {
    await repo.insertLetter(ctx.trx, {
      case_id: order.caseId,
      event_id: order.eventId,
      language: lang,
      decision: facts.decision,
      last_day: lastDay,
      html: renderLetter(lang, facts),
    });
  }
  ctx.audit({
    action: 'letter.write',
    entityType: 'protection_case',
    entityId: order.caseId,
    personId: order.principalPersonId,
    details: { eventId: order.eventId, decision: facts.decision, lastDay },
  });
}

/** A stored letter, or not found; the caller checks that the reader may see its case. */
export async function storedLetter(ctx: UseCaseContext, letterId: string) {
  const letter = await repo.findLetter(ctx.trx, letterId);
  if (!letter) throw notFound('Letter');
  return letter;
}

/** The letters of a case, as the case page lists them. */
export function lettersOfCase(ctx: UseCaseContext, caseId: string) {
  return repo.lettersOfCase(ctx.trx, caseId);
}
