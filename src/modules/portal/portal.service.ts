// The portal's pages, read from the published translations: home, a section, an article (with
// its freshness dates, sources, uncertainty note and staleness banner), search and "not found".
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { matches } from '../../domain/portal/search-text.ts';
import { WORDS } from './portal.words.ts';
import { LANGS, type Lang } from '../../domain/reference/labels.ts';
import { escapeHtml } from '../../core/html.ts';
import { contactHtml, plainText, renderBody, type Contact } from './portal.markup.ts';
import * as repo from './portal.repository.ts';
import { layout } from './portal.templates.ts';

type Db = Kysely<Database>;

const pathOf = (lang: Lang, section?: string, slug?: string) =>
  `/${lang}/${section ? `${section}/` : ''}${slug ? `${slug}` : ''}`;
const allLangs = (f: (l: Lang) => string) =>
  Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, string>;

async function contactMap(db: Db): Promise<Map<string, Contact>> {
  return new Map((await repo.contacts(db)).map((c) => [c.id, c.data as unknown as Contact]));
}

async function sectionTitles(db: Db, lang: Lang) {
  return (await repo.sections(db)).map((s) => ({
    id: s.id,
    regime: s.regime,
    title: (s.titles as Record<string, string>)[lang] ?? s.id,
  }));
}

async function contactsFooter(db: Db, lang: Lang): Promise<string> {
  return [...(await contactMap(db)).values()].map((c) => `<p>${contactHtml(c, lang)}</p>`).join('');
}

export async function home(db: Db, lang: Lang): Promise<string> {
  const w = WORDS[lang];
  const [sections, pages] = await Promise.all([sectionTitles(db, lang), repo.publishedIn(db, lang)]);
  const byRegime = new Map<string, string[]>();
  for (const s of sections) {
    const items = pages
      .filter((p) => p.section === s.id)
      .map((p) => `<li><a href="${pathOf(lang, p.section, p.slug)}">${escapeHtml(p.title)}</a></li>`)
      .join('');
    if (!items) continue;
    const list = byRegime.get(s.regime) ?? [];
    list.push(`<h3>${escapeHtml(s.title)}</h3><ul>${items}</ul>`);
    byRegime.set(s.regime, list);
  }
  const main = ['international_protection', 'temporary_protection', 'all']
    .filter((r) => byRegime.has(r))
    .map((r) => `<section><h2>${escapeHtml(w.regime[r] ?? r)}</h2>${byRegime.get(r)!.join('')}</section>`)
    .join('');
  return layout({
    lang,
    title: w.home,
    alternates: allLangs((l) => pathOf(l)),
    main: `<h1>${escapeHtml(w.site)}</h1>${main}`,
    footer: await contactsFooter(db, lang),
  });
}

export async function article(db: Db, lang: Lang, section: string, slug: string): Promise<string | null> {
  const translations = await repo.publishedOfPage(db, section, slug);
  const t = translations.find((x) => x.lang === lang);
  if (!t) return null;
  const w = WORDS[lang];
  const source = translations.find((x) => x.lang === t.source_lang);
  // A translation made from an older version of the source text stays online, with a banner.
  const outdated = source && t.lang !== t.source_lang && (t.source_version ?? 0) < source.version;
  const contacts = await contactMap(db);
  const main = `<article>
${outdated ? `<p class="outdated">${escapeHtml(w.outdated)} <a href="${pathOf(t.source_lang, section, slug)}" lang="${t.source_lang}">${escapeHtml(w.readSource)}</a></p>` : ''}
<h1>${escapeHtml(t.title)}</h1><p><strong>${escapeHtml(t.summary)}</strong></p>
${t.uncertain ? `<p class="note"><strong>${escapeHtml(w.uncertain)}:</strong> ${escapeHtml(t.uncertain)}</p>` : ''}
${renderBody(t.body, lang, contacts)}
<p class="meta">${escapeHtml(w.lastReviewed)}: <time datetime="${t.last_reviewed}" dir="ltr">${t.last_reviewed}</time> · ${escapeHtml(w.nextReview)}: <time datetime="${t.next_review_due}" dir="ltr">${t.next_review_due}</time></p>
<p class="meta">${escapeHtml(w.sources)}: <span dir="ltr">${t.sources.map(escapeHtml).join(', ')}</span></p>
</article>`;
  const alternates = Object.fromEntries(translations.map((x) => [x.lang, pathOf(x.lang, section, slug)]));
  return layout({
    lang,
    title: t.title,
    alternates,
    main,
    exitControl: t.exit_control,
    footer: await contactsFooter(db, lang),
  });
}

export async function sectionPage(db: Db, lang: Lang, section: string): Promise<string | null> {
  const sections = await sectionTitles(db, lang);
  const s = sections.find((x) => x.id === section);
  if (!s) return null;
  const pages = (await repo.publishedIn(db, lang)).filter((p) => p.section === section);
  const main = `<h1>${escapeHtml(s.title)}</h1><ul class="results">${pages.map((p) => `<li><a href="${pathOf(lang, p.section, p.slug)}">${escapeHtml(p.title)}</a><br>${escapeHtml(p.summary)}</li>`).join('')}</ul>`;
  return layout({ lang, title: s.title, alternates: allLangs((l) => pathOf(l, section)), main });
}

export async function search(db: Db, lang: Lang, query: string): Promise<string> {
  const w = WORDS[lang];
  const pages = await repo.publishedIn(db, lang);
  const hits = query.trim()
    ? pages
        .map((p) => ({
          p,
          score: matches(`${p.title} ${p.title} ${p.summary} ${plainText(p.body)}`, query, lang).score,
        }))
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, 20)
    : [];
  const list = hits.length
    ? `<ul class="results">${hits.map(({ p }) => `<li><a href="${pathOf(lang, p.section, p.slug)}">${escapeHtml(p.title)}</a><br>${escapeHtml(p.summary)}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(w.noResults)}</p>`;
  const q = encodeURIComponent(query.slice(0, 200));
  return layout({
    lang,
    title: w.results,
    alternates: allLangs((l) => `/${l}/search?q=${q}`),
    main: `<h1>${escapeHtml(w.results)}</h1>${list}`,
    query: query.slice(0, 200),
    footer: await contactsFooter(db, lang),
  });
}

export async function notFoundPage(db: Db, lang: Lang): Promise<string> {
  const w = WORDS[lang];
  return layout({
    lang,
    title: w.notFound,
    alternates: allLangs((l) => pathOf(l)),
    main: `<h1>${escapeHtml(w.notFound)}</h1><p>${escapeHtml(w.notFoundHint)}</p>`,
    footer: await contactsFooter(db, lang),
  });
}

/** Where a renamed page lives now, if the path is one that was renamed. */
export async function movedTo(db: Db, path: string): Promise<string | undefined> {
  return (await repo.redirectFor(db, path))?.to_path;
}
