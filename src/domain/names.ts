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
// Letters that usually surface as vowels (alef forms, ayn, hamza and its seats) map to nothing:
// عائشة is Aisha, رائد is Raed, فؤاد is Fuad.
const ARABIC_TO_LATIN: Readonly<Record<string, string>> = {
  ا: '',
  أ: '',
  إ: '',
  آ: '',
  ٱ: '',
  ء: '',
  ئ: '',
  ؤ: '',
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

// The Arabic article "ال" is written joined to its noun (الحسن, al-Hassan): it is dropped as
// Latin "al-" is, but only from words long enough that it cannot be part of the name itself.
const ARABIC_ARTICLE = /^ال(?=\S{2})/;
// "عبد" (servant of) forms one name with what follows: عبد الرحمن = عبدالرحمن = Abdulrahman.
const ARABIC_ABD = 'عبد';

function joinArabicCompounds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === ARABIC_ABD && i + 1 < words.length) {
      out.push(ARABIC_ABD + words[++i]!.replace(ARABIC_ARTICLE, ''));
    } else if (word.startsWith(ARABIC_ABD + 'ال') && word.length > 5) {
      out.push(ARABIC_ABD + word.slice(5));
    } else {
      out.push(word.replace(ARABIC_ARTICLE, ''));
    }
  }
  return out;
}

/** Arabic-script text as Latin consonants (spaces kept), ready for the skeleton key. */
export function transliterateArabic(text: string): string {
  const bare = text.replace(ARABIC_MARKS, '').replace(/\u200C/g, ' ');
  const words = joinArabicCompounds(bare.split(/[^\u0600-\u06FF]+/).filter((w) => w.length > 0));
  return words
    .map((word) => {
      let out = '';
      for (const ch of word) out += ARABIC_TO_LATIN[ch] ?? '';
      return out;
    })
    .filter((w) => w.length > 0)
    .join(' ');
}

// Ordered: longer spellings first. Applied to folded Latin only.
const LATIN_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/tch/g, 'ç'],
  [/dj/g, 'j'], // French spellings: Djamal / Jamal
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

// Letters that one name is written with in different offices. ذ ض ظ come out as dh, d or z
// (Ramadan / Ramazan / Ramadhan, Kadhim / Kazım); ق and غ as q, k, g or gh (Qasim / Kasım /
// Ghasem, Gholam / Ghulam / Qolam).
const SKELETON_MERGES: ReadonlyArray<[RegExp, string]> = [
  [/p/g, 'b'], // Zeynep / Zainab
  [/[dz]/g, 't'], // Muhammed / Muhammet, Ramadan / Ramazan
  [/g/g, 'k'],
  [/v/g, 'w'],
];

const ARTICLE = /^(al|el|ul)(?=[a-z]{3})/; // al-Hassan, el Sayed, Abdulrahman's "ul" stays inside
// The article written apart: "al Hassan", and assimilated before a sun letter: "ar Rashid".
const LONE_ARTICLE = /^(?:[aeiu]l|[aeu](?:t|th|d|dh|r|z|s|sh|n))$/;
// Abd (servant of) and what follows are one name: Abdel Rahman, Abd al-Rahman, Abdurrahman.
const ABD_ALONE = /^abd(?:[aeiou](?:l|r|s|sh|n|z|d|t|dh)?)?$/;
const ABD_JOINED = /^abd(?:[aeiou]l|[aeiou](?=([rsnztd])\1))/;

function isLoneArticle(token: string, next: string | undefined): boolean {
  if (next === undefined || !LONE_ARTICLE.test(token)) return false;
  return token.endsWith('l') || next.startsWith(token.slice(1));
}

function joinLatinCompounds(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isLoneArticle(token, tokens[i + 1])) continue;
    if (ABD_ALONE.test(token) && i + 1 < tokens.length) {
      let j = i + 1;
      if (isLoneArticle(tokens[j]!, tokens[j + 1])) j++;
      out.push('abd' + tokens[j]!.replace(ARTICLE, ''));
      i = j;
      continue;
    }
    out.push(token.replace(ABD_JOINED, 'abd').replace(ARTICLE, ''));
  }
  return out;
}

/** The consonant skeleton of one name token (already folded or transliterated). */
function skeleton(token: string): string {
  let s = token;
  for (const [pattern, replacement] of LATIN_SPELLINGS) s = s.replace(pattern, replacement);
  for (const [pattern, replacement] of SKELETON_MERGES) s = s.replace(pattern, replacement);
  // Doubled letters are one (Hassan / Hasan), but only where they stand together: letters
  // brought together by dropping the vowels stay apart (Abdaziz is not Obeidi).
  s = s.replace(/(.)\1+/g, '$1');
  const first = s[0] ?? '';
  // Keep a leading y or w (Yusuf, Walid); drop them inside, where they are usually vowels.
  const rest = s.slice(1).replace(/[aeiouyw]/g, '');
  s = (/[yw]/.test(first) ? first : first.replace(/[aeiou]/, '')) + rest;
  if (s.length > 1) s = s.replace(/h$/, '');
  return s;
}

/** Splits a name in either script into Latin tokens, articles dropped, compounds joined. */
export function nameTokens(name: string): string[] {
  if (hasArabicScript(name))
    return transliterateArabic(name)
      .split(' ')
      .filter((t) => t.length > 0);
  return joinLatinCompounds(foldLatin(name).split(/\s+/)).filter((t) => t.length > 0);
}

// Names repeat a great deal (Mohammad, Ahmad, Fatima…), and duplicate checks score many
// candidates, so keys are remembered; the cache is simply emptied when it grows large.
const keyCache = new Map<string, readonly string[]>();
const KEY_CACHE_LIMIT = 50_000;

/**
 * Name-aware keys for one name, in either script: one per token and, for a name of several
 * tokens, one for them written together (Gholam Reza / Gholamreza). A short name such as Ali
 * still has its key ("l"): coarse, but blocking also needs the birth year and a second key.
 */
export function nameKeys(name: string | null | undefined): readonly string[] {
  if (!name) return [];
  let keys = keyCache.get(name);
  if (!keys) {
    const tokens = nameTokens(name);
    const parts = tokens.map(skeleton);
    if (tokens.length > 1 && tokens.length <= 3) parts.push(skeleton(tokens.join('')));
    keys = [...new Set(parts.filter((k) => k.length >= 1))];
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(name, keys);
  }
  return keys;
}

/**
 * The keys of each word of a typed query, without the key of the words written together: a
 * stored record keeps its given and family names' keys apart, so a whole name typed at the
 * desk ("حمید سولطانی") must not ask for a joined key no record has.
 */
export function wordKeys(query: string): readonly string[] {
  return [
    ...new Set(
      nameTokens(query)
        .map(skeleton)
        .filter((k) => k.length >= 1),
    ),
  ];
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
