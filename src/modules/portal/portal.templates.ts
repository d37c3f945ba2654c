// The portal's pages as HTML strings: one layout, small inline CSS with logical properties only,
// no script, no third-party request. Every dynamic text passes through escapeHtml.
import { AUTONYMS, DIRECTION, WORDS } from './portal.words.ts';
import { LANGS, type Lang } from '../../domain/reference/labels.ts';
import { escapeHtml } from '../../core/html.ts';

const CSS = `*{box-sizing:border-box}body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",Tahoma,sans-serif;color:#1b1b1b;background:#fff}
a{color:#0b4f8a}a:focus,button:focus,input:focus{outline:3px solid #f5b400;outline-offset:2px}
header{background:#0b3d5c;color:#fff;padding-block:.75rem;padding-inline:1rem}header a{color:#fff}
.site{font-weight:700;font-size:1.2rem;text-decoration:none}.tag{margin:0;font-size:.9rem}
nav.langs ul{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:.5rem 0 0;padding:0}
nav.langs a{display:inline-block;min-block-size:44px;min-inline-size:44px;padding-block:.6rem;padding-inline:.6rem}
nav.langs a[aria-current]{font-weight:700;text-decoration:none;border-block-end:3px solid #f5b400}
form.search{display:flex;gap:.5rem;margin-block:1rem}form.search input{flex:1;min-block-size:44px;font:inherit;padding-inline:.5rem;border:2px solid #555}
form.search button{min-block-size:44px;font:inherit;padding-inline:1rem;background:#0b3d5c;color:#fff;border:0}
main{max-inline-size:42rem;margin-inline:auto;padding-inline:1rem;padding-block-end:2rem}
.meta{font-size:.9rem;color:#444}.note{border-inline-start:4px solid #b35c00;background:#fff4e5;padding:.5rem 1rem}
.outdated{border-inline-start:4px solid #8a1c1c;background:#fdecec;padding:.5rem 1rem}
.exit{display:block;background:#8a1c1c;color:#fff;text-align:center;padding:.75rem;font-weight:700;min-block-size:44px}
time,bdi,.tel{white-space:nowrap}main form:not(.search) input{font:inherit;min-block-size:44px;inline-size:100%;max-inline-size:22rem;padding-inline:.5rem;border:2px solid #555}
main form:not(.search) button{font:inherit;min-block-size:44px;padding-inline:1rem;background:#0b3d5c;color:#fff;border:0}
.contact{display:inline}.tel{white-space:nowrap;font-weight:700}ul.results{list-style:none;padding:0}ul.results li{margin-block-end:1rem}
footer{border-block-start:1px solid #ccc;padding:1rem;font-size:.85rem;max-inline-size:42rem;margin-inline:auto}`;

export interface LayoutInput {
  lang: Lang;
  title: string;
  /** The path of this page in each language (for the switcher and hreflang). */
  alternates: Partial<Record<Lang, string>>;
  main: string;
  query?: string;
  exitControl?: boolean;
  footer?: string;
}

export function layout(input: LayoutInput): string {
  const w = WORDS[input.lang];
  const alternates = LANGS.filter((l) => input.alternates[l]);
  const links = alternates
    .map((l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(input.alternates[l]!)}">`)
    .join('');
  const switcher = alternates
    .map(
      (l) =>
        `<li><a href="${escapeHtml(input.alternates[l]!)}" lang="${l}" hreflang="${l}"${l === input.lang ? ' aria-current="page"' : ''}>${AUTONYMS[l]}</a></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${input.lang}" dir="${DIRECTION[input.lang]}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(input.title)} · ${escapeHtml(w.site)}</title>${links}
<style>${CSS}</style></head><body>
${input.exitControl ? `<nav aria-label="${escapeHtml(w.exit)}"><a class="exit" href="https://www.google.com/" rel="noreferrer">${escapeHtml(w.exit)}</a></nav>` : ''}
<header><a class="site" href="/${input.lang}/">${escapeHtml(w.site)}</a><p class="tag">${escapeHtml(w.tagline)}</p>
<nav class="langs" aria-label="${escapeHtml(w.languages)}"><ul>${switcher}</ul></nav></header>
<main><form class="search" role="search" action="/${input.lang}/search" method="get"><label for="q" class="visually-hidden" style="position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)">${escapeHtml(w.searchLabel)}</label>
<input id="q" name="q" type="search" maxlength="200" value="${escapeHtml(input.query ?? '')}"><button type="submit">${escapeHtml(w.search)}</button></form>
${input.main}</main>
${input.footer ? `<footer>${input.footer}</footer>` : ''}
</body></html>`;
}
