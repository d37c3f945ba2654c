// The HTML of applicant self-service, placed inside the portal's layout: the sign-in and code
// forms, the applicant's dashboard and the form to report a change. Every dynamic text is escaped.
import { readFileSync } from 'node:fs';
import { escapeHtml } from '../../core/html.ts';
import type { Lang } from '../../domain/reference/labels.ts';
import { DOCUMENT_TYPE_INFO, isDocumentType } from '../../domain/reference/document-types.ts';
import type { ApplicantDashboard } from './dashboard.service.ts';
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

export function signInForm(lang: Lang, message = '') {
  const w = SS_WORDS[lang];
  return `<h1>${escapeHtml(w.title)}</h1>${message ? `<p class="note" role="alert">${escapeHtml(message)}</p>` : ''}<p>${escapeHtml(w.intro)}</p>
<form method="post" action="/${lang}/me/code"><p><label for="id">${escapeHtml(w.idNumber)}</label><br><input id="id" name="foreignerIdNumber" inputmode="numeric" autocomplete="off" maxlength="11" required dir="ltr"></p>
<p><label for="dob">${escapeHtml(w.dateOfBirth)}</label><br><input id="dob" name="dateOfBirth" type="date" required dir="ltr"></p><p><button type="submit">${escapeHtml(w.sendCode)}</button></p></form>`;
}

export function codeForm(lang: Lang, challenge: string, message: string) {
  const w = SS_WORDS[lang];
  return `<h1>${escapeHtml(w.title)}</h1><p class="note" role="status">${escapeHtml(message)}</p>
<form method="post" action="/${lang}/me/sign-in"><input type="hidden" name="challenge" value="${escapeHtml(challenge)}">
<p><label for="code">${escapeHtml(w.code)}</label><br><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required dir="ltr"></p>
<p><button type="submit">${escapeHtml(w.signIn)}</button></p></form>`;
}

export function changeForm(lang: Lang, saved: boolean) {
  const w = SS_WORDS[lang];
  const input = (name: string, label: string, extra = '') =>
    `<p><label for="${name}">${escapeHtml(label)}</label><br><input id="${name}" name="${name}" maxlength="200"${extra}></p>`;
  return `<section><h2>${escapeHtml(w.change)}</h2>${saved ? `<p class="note" role="status">${escapeHtml(w.changeSaved)}</p>` : ''}<p>${escapeHtml(w.changeIntro)}</p>
<form method="post" action="/${lang}/me/contact-change">${input('provinceCode', w.province, ' inputmode="numeric" dir="ltr"')}${input('district', w.district)}${input('address', w.address)}${input('phone', w.phone, ' type="tel" dir="ltr"')}<p><button type="submit">${escapeHtml(w.send)}</button></p></form></section>
<form method="post" action="/${lang}/me/sign-out"><p><button type="submit">${escapeHtml(w.signOut)}</button></p></form>`;
}

/** The invalid-province message above an empty change form. */
export function invalidProvinceForm(lang: Lang) {
  return `<p class="note" role="alert">${escapeHtml(SS_WORDS[lang].invalidProvince)}</p>${changeForm(lang, false)}`;
}

export function dashboardHtml(view: ApplicantDashboard, lang: Lang): string {
  const w = SS_WORDS[lang];
  const labels = catalogue(lang);
  const { person, current, windows, documents } = view;
  const date = (d: string) => `<time datetime="${d}" dir="ltr">${d}</time>`;
  const appointment = view.appointment
    ? `<bdi dir="ltr">${escapeHtml(new Date(view.appointment.scheduled_at).toISOString().slice(0, 16).replace('T', ' '))}</bdi>${view.appointment.location ? ` · ${escapeHtml(view.appointment.location)}` : ''}`
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
<section><h2>${escapeHtml(w.whatNext)}</h2><p>${escapeHtml(w.next[view.next])}</p></section>`;
}
