// The headers of every portal page, in one place for the route (portal.routes.ts) and for the
// answer from memory (portal.fast-path.ts), so that both send the same.
import type { Lang } from '../../domain/reference/labels.ts';

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const perLang = new Map<Lang, Readonly<Record<string, string>>>();

export function portalHeaderValues(lang: Lang): Readonly<Record<string, string>> {
  let headers = perLang.get(lang);
  if (!headers) {
    headers = Object.freeze({
      'content-type': 'text/html; charset=utf-8',
      'content-language': lang,
      'cache-control': 'public, max-age=300',
      'x-content-type-options': 'nosniff',
      'content-security-policy': CSP,
      'referrer-policy': 'no-referrer',
      // The one cookie of the public pages: the language last read in.
      'set-cookie': `koruma_lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`,
    });
    perLang.set(lang, headers);
  }
  return headers;
}
