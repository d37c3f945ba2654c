// Name normalisation for search and duplicate detection.
//
// Refugees' names reach us in many spellings: Mohammed / Muhammad / Muhammed / Mohamad / محمد.
// Off-the-shelf phonetic codes (soundex, metaphone) are built for English and miss a third of
// such pairs; this is a name-aware key of our own. Both scripts are reduced to a consonant
// skeleton: Latin spellings are folded (Turkish letters, diacritics), common transliteration
// digraphs merged, Arabic and Persian letters mapped to the same Latin consonants, then vowels
// and the weak letters (w/v, y after the first letter, a final h) dropped and doubles collapsed.

/** Turkish-aware lower-casing, then diacritics removed: İ→i, I→ı→i, ş→s, ğ→g, ç→c, ö→o, ü→u. */
export function foldLatin(text: string): string {
  return text
    .replace(/İ/g, 'i')
    .replace(/I/g, 'ı')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Arabic and Persian letters to the Latin consonants a transliteration would most often use.
// Letters that usually surface as vowels (alef forms, ayn, hamza) map to nothing.
const ARABIC_TO_LATIN: Readonly<Record<string, string>> = {
  ا: '',
  أ: '',
  إ: '',
  آ: '',
  ٱ: '',
  ء: '',
  ئ: 'y',
  ؤ: 'w',
  ع: '',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 's',
  ج: 'j',
  چ: 'ç',
  ح: 'h',
  خ: 'h',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  ژ: 'j',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ک: 'k',
  ك: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'h',
  و: 'w',
  ی: 'y',
  ي: 'y',
  ى: 'y',
  ۀ: 'h',
};

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, superscript alef, tatweel

export function hasArabicScript(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
}

/** Arabic-script text as Latin consonants (spaces kept), ready for the skeleton key. */
export function transliterateArabic(text: string): string {
  const bare = text.replace(ARABIC_MARKS, '').replace(/\u200C/g, ' ');
  let out = '';
  for (const ch of bare) {
    const mapped = ARABIC_TO_LATIN[ch];
    if (mapped !== undefined) out += mapped;
    else if (/\s/.test(ch)) out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

// Ordered: longer spellings first. Applied to folded Latin only.
const LATIN_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/sh/g, 's'],
  [/ch/g, 'ç'],
  [/zh/g, 'j'],
  [/dh/g, 'z'],
  [/th/g, 's'],
  [/ph/g, 'f'],
  [/ou/g, 'u'],
  [/c/g, 'j'], // Turkish c is the j of English spellings: Cemal / Jamal
  [/q/g, 'k'],
  [/x/g, 'ks'],
];

const SKELETON_MERGES: ReadonlyArray<[RegExp, string]> = [
  [/p/g, 'b'], // Zeynep / Zainab
  [/d/g, 't'], // Muhammed / Muhammet
  [/v/g, 'w'],
];

const ARTICLE = /^(al|el|ul)(?=[a-z]{3})/; // al-Hassan, el Sayed, Abdulrahman's "ul" stays inside

/** The consonant skeleton of one name token (already folded or transliterated). */
function skeleton(token: string): string {
  let s = token;
  for (const [pattern, replacement] of LATIN_SPELLINGS) s = s.replace(pattern, replacement);
  for (const [pattern, replacement] of SKELETON_MERGES) s = s.replace(pattern, replacement);
  const first = s[0] ?? '';
  // Keep a leading y or w (Yusuf, Walid); drop them inside, where they are usually vowels.
  const rest = s.slice(1).replace(/[aeiouyw]/g, '');
  s = (/[yw]/.test(first) ? first : first.replace(/[aeiou]/, '')) + rest;
  s = s.replace(/(.)\1+/g, '$1');
  if (s.length > 1) s = s.replace(/h$/, '');
  return s;
}

/** Splits a name in either script into Latin tokens. */
export function nameTokens(name: string): string[] {
  const latin = hasArabicScript(name) ? transliterateArabic(name) : foldLatin(name);
  return latin
    .split(/\s+/)
    .map((t) => t.replace(ARTICLE, ''))
    .filter((t) => t.length > 0);
}

// Names repeat a great deal (Mohammad, Ahmad, Fatima…), and duplicate checks score many
// candidates, so keys are remembered; the cache is simply emptied when it grows large.
const keyCache = new Map<string, readonly string[]>();
const KEY_CACHE_LIMIT = 50_000;

/** Name-aware keys for one name (one per token), in either script. */
export function nameKeys(name: string | null | undefined): readonly string[] {
  if (!name) return [];
  let keys = keyCache.get(name);
  if (!keys) {
    keys = [
      ...new Set(
        nameTokens(name)
          .map(skeleton)
          .filter((k) => k.length >= 2),
      ),
    ];
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(name, keys);
  }
  return keys;
}

/** Folded text for fragment and trigram search: Latin folded, Arabic script normalised. */
export function searchableText(names: ReadonlyArray<string | null | undefined>): string {
  return names
    .filter((n): n is string => !!n)
    .map((n) => (hasArabicScript(n) ? normaliseArabicScript(n) : foldLatin(n)))
    .join(' ');
}

/** Arabic/Persian spelling variants unified: ي/ى→ی, ك→ک, أ/إ/آ→ا, ة→ه, marks and ZWNJ removed. */
export function normaliseArabicScript(text: string): string {
  return text
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/\u200C/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form a search query takes before it meets searchableText. */
export function normaliseQuery(query: string): string {
  return hasArabicScript(query) ? normaliseArabicScript(query) : foldLatin(query);
}
