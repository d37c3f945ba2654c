// The articles' small text format, turned into HTML: paragraphs, "## " headings, "- " lists and
// {{contact:id}} placeholders. Everything is escaped first, so no text can carry markup or script.
import type { Lang } from '../../domain/reference/labels.ts';
import { WORDS } from './portal.words.ts';
import { escapeHtml } from '../../core/html.ts';

export interface Contact {
  id: string;
  number?: string | null;
  tel?: string | null;
  name: Record<Lang, string>;
  hours?: Record<Lang, string> | null;
  languages?: string[];
  free?: boolean | null;
}

/** A contact as one line: name, the number as a left-to-right tel: link, hours, free or not. */
export function contactHtml(contact: Contact, lang: Lang): string {
  const number =
    contact.number && contact.tel
      ? ` <a class="tel" href="${escapeHtml(contact.tel)}" dir="ltr">${escapeHtml(contact.number)}</a>`
      : '';
  const hours = contact.hours?.[lang] ? ` · ${escapeHtml(contact.hours[lang])}` : '';
  const free = contact.free ? ` · ${WORDS[lang].free}` : '';
  return `<span class="contact"><strong>${escapeHtml(contact.name[lang])}</strong>${number}${hours}${free}</span>`;
}

/** Numbers inside right-to-left text are isolated so that they read in the right order. */
function isolateNumbers(html: string, lang: Lang): string {
  return lang === 'ar' || lang === 'fa' ? html.replace(/\d[\d .,/-]*\d|\d/g, (n) => `<bdi>${n}</bdi>`) : html;
}

function inline(text: string, lang: Lang, contacts: ReadonlyMap<string, Contact>): string {
  const parts = text.split(/(\{\{contact:[a-z0-9-]+\}\})/);
  return parts
    .map((part) => {
      const m = /^\{\{contact:([a-z0-9-]+)\}\}$/.exec(part);
      if (!m) return isolateNumbers(escapeHtml(part), lang);
      const contact = contacts.get(m[1]!);
      return contact ? contactHtml(contact, lang) : '';
    })
    .join('');
}

export function renderBody(body: string, lang: Lang, contacts: ReadonlyMap<string, Contact>): string {
  const out: string[] = [];
  for (const block of body.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n').filter((l) => l.trim());
    if (lines.length === 0) continue;
    if (lines.every((l) => l.startsWith('- '))) {
      out.push(`<ul>${lines.map((l) => `<li>${inline(l.slice(2), lang, contacts)}</li>`).join('')}</ul>`);
    } else if (lines[0]!.startsWith('## ')) {
      out.push(`<h2>${inline(lines[0]!.slice(3), lang, contacts)}</h2>`);
      if (lines.length > 1) out.push(`<p>${inline(lines.slice(1).join(' '), lang, contacts)}</p>`);
    } else {
      out.push(`<p>${inline(lines.join(' '), lang, contacts)}</p>`);
    }
  }
  return out.join('\n');
}

/** Plain text of an article for the search index. */
export function plainText(body: string): string {
  return body
    .replace(/\{\{contact:[a-z0-9-]+\}\}/g, ' ')
    .replace(/^##? /gm, '')
    .replace(/^- /gm, '');
}
