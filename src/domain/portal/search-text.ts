// Search normalisation for the public portal (public-pages.md rule 6).
//
// The index and the query go through the same function, so whatever spelling variation it
// removes cannot keep a query from meeting a page. The output holds only lower-case letters,
// digits and single spaces: no punctuation, no markup characters, no control or format
// characters, and never more than MAX_TEXT_LENGTH characters.
//
// Canonical forms (one for every language, so mixed-script and cross-language queries meet):
// - Latin: lower-cased locale-aware (tr: İ→i, I→ı), then folded to ASCII: ı→i and diacritics
//   dropped (ş ğ ç ö ü â → s g c o u a), so "şartlı" and "sartli" are the same word.
// - Arabic script, whatever the page's language (people mix): harakat, superscript alef,
//   Quranic marks and tatweel removed; أ إ آ ٱ → ا; hamza carriers folded with the hamza
//   dropped (ؤ → و, ئ → ی, ۀ → ه); ة → ه.
// - Yeh and kaf take the Persian forms, as in names.ts normaliseArabicScript: ي ى → ی and
//   ك → ک. So Arabic "كيف" and Persian "کیف" are the same word.
// - Zero-width non-joiner → space (public-pages.md): "می‌خواهم" ≡ "می خواهم". The form typed
//   with no break at all ("میخواهم") meets them in `matches`, which also tries adjacent words
//   joined together.
// - Arabic-Indic and Persian digits (٠–٩, ۰–۹) → 0–9.
// - Compatibility forms (Arabic presentation forms, ligatures, full-width Latin) → NFKC.
// - Everything that is not a letter or a digit → space; whitespace collapsed.

import type { Lang } from '../reference/labels.ts';
import { foldLatin, normaliseArabicScript } from '../names.ts';

/** Longest text normalised for the index; anything after it is not searchable. */
export const MAX_TEXT_LENGTH = 100_000;
/** Longest query accepted, in characters, before any processing. */
export const MAX_QUERY_LENGTH = 200;
/** Most terms taken from one query. */
export const MAX_TERMS = 12;
/** Longest term, in characters; longer ones are cut. */
export const MAX_TERM_LENGTH = 40;

/** Trigram similarity at or above which a word counts as a typo of the term. */
export const SIMILARITY_THRESHOLD = 0.45;
/** Shortest term that may match the start of a longer word. */
const MIN_PREFIX_LENGTH = 2;

const SPACE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029\u200C]/g; // line breaks, tabs, ZWNJ
// Other control (Cc) and format (Cf) characters — NUL, bidi overrides, ZWJ, BOM, soft hyphen —
// and lone surrogates are dropped outright, so they cannot split or disguise a word.
const DROPPED_CONTROLS = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

const LATIN_EXTRA: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}

function dropControls(text: string): string {
  return text.replace(SPACE_CONTROLS, ' ').replace(DROPPED_CONTROLS, '');
}

/**
 * Text as the index and the query both see it: lower-case letters and digits separated by
 * single spaces. Pure; idempotent; the result has at most MAX_TEXT_LENGTH characters.
 */
export function normaliseForSearch(text: string, lang: Lang): string {
  let s = dropControls(cap(text, MAX_TEXT_LENGTH));
  s = s.normalize('NFKC').toLocaleLowerCase(lang === 'tr' ? 'tr-TR' : 'en-US');
  // Marks off first (NFD splits أ into ا + hamza, ئ into ي + hamza), so that the letters left
  // behind go through the Arabic-script mapping below.
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  s = normaliseArabicScript(s)
    .replace(/ە/g, 'ه')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[ßæœøłđðþ]/g, (c) => LATIN_EXTRA[c] ?? c);
  // ı→i, remaining punctuation and symbols to spaces, whitespace collapsed.
  s = foldLatin(s).normalize('NFC');
  return s.length > MAX_TEXT_LENGTH ? cap(s, MAX_TEXT_LENGTH).trimEnd() : s;
}

/**
 * A query as search terms: at most MAX_QUERY_LENGTH characters read, normalised, split on
 * spaces, duplicates dropped, at most MAX_TERMS terms of at most MAX_TERM_LENGTH characters.
 */
export function searchTerms(query: string, lang: Lang): string[] {
  const normalised = normaliseForSearch(dropControls(cap(query, MAX_QUERY_LENGTH)), lang);
  if (normalised === '') return [];
  const terms: string[] = [];
  for (const word of normalised.split(' ')) {
    const term = cap(word, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/**
 * The trigrams of a (normalised) term the way pg_trgm forms them: each space-separated word
 * padded with two spaces in front and one behind. Sorted, without duplicates.
 */
export function trigrams(term: string): string[] {
  const set = new Set<string>();
  for (const word of term.split(/\s+/)) {
    if (word === '') continue;
    const chars = Array.from(`  ${word} `);
    for (let i = 0; i + 3 <= chars.length; i++) set.add(chars.slice(i, i + 3).join(''));
  }
  return [...set].sort();
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Trigram Jaccard similarity of two (normalised) strings, 0–1, as pg_trgm's similarity(). */
export function similarity(a: string, b: string): number {
  return jaccard(new Set(trigrams(a)), new Set(trigrams(b)));
}

/**
 * How well a document answers a query. Each query term scores against its best document word:
 * 1 for the same word, 0.8 when the term begins the word (terms of two or more characters),
 * 0.5 × similarity when the trigram similarity is at least SIMILARITY_THRESHOLD, else 0.
 * Two adjacent document words joined count as one word for an exact match, and two adjacent
 * terms that joined make a document word both score 1, so that "میخواهم", "می‌خواهم" and
 * "می خواهم" all meet. The score is the mean over the terms; 0 for an empty query.
 */
export function matches(documentText: string, query: string, lang: Lang): { score: number } {
  const terms = searchTerms(query, lang);
  if (terms.length === 0) return { score: 0 };
  const words = normaliseForSearch(documentText, lang)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return { score: 0 };

  const unique = new Set(words);
  const joined = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) joined.add(words[i]! + words[i + 1]!);
  const wordTrigrams = new Map<string, ReadonlySet<string>>();
  const trigramsOf = (word: string): ReadonlySet<string> => {
    let set = wordTrigrams.get(word);
    if (!set) {
      set = new Set(trigrams(word));
      wordTrigrams.set(word, set);
    }
    return set;
  };

  const scoreTerm = (term: string): number => {
    if (unique.has(term) || joined.has(term)) return 1;
    let best = 0;
    const termLength = Array.from(term).length;
    if (termLength >= MIN_PREFIX_LENGTH) {
      for (const word of unique) if (word.startsWith(term)) return 0.8;
    }
    const termSet = trigramsOf(term);
    for (const word of unique) {
      const wordSet = trigramsOf(word);
      // Jaccard can be no more than the smaller set over the larger: skip hopeless words.
      const small = Math.min(termSet.size, wordSet.size);
      const large = Math.max(termSet.size, wordSet.size);
      if (small < SIMILARITY_THRESHOLD * large) continue;
      const sim = jaccard(termSet, wordSet);
      if (sim >= SIMILARITY_THRESHOLD && 0.5 * sim > best) best = 0.5 * sim;
    }
    return best;
  };

  const scores = terms.map(scoreTerm);
  for (let i = 0; i + 1 < terms.length; i++) {
    if (unique.has(terms[i]! + terms[i + 1]!)) {
      scores[i] = 1;
      scores[i + 1] = 1;
    }
  }
  return { score: scores.reduce((sum, s) => sum + s, 0) / terms.length };
}
