import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../reference/labels.ts';
import {
  MAX_QUERY_LENGTH,
  MAX_TERM_LENGTH,
  MAX_TERMS,
  MAX_TEXT_LENGTH,
  matches,
  normaliseForSearch,
  searchTerms,
  similarity,
  trigrams,
} from './search-text.ts';

const LANGS: readonly Lang[] = ['tr', 'en', 'ar', 'fa'];

/** The same normalised form in every language, since index and query must meet across them. */
const same = (a: string, b: string) => {
  for (const lang of LANGS) {
    expect(normaliseForSearch(a, lang), `${a} ~ ${b} (${lang})`).toBe(normaliseForSearch(b, lang));
  }
};

const found = (doc: string, query: string, lang: Lang) => matches(doc, query, lang).score;

describe('Arabic normalisation', () => {
  it('strips harakat, shadda, sukun and superscript alef', () => {
    same('اللُّجُوء', 'اللجوء');
    same('مُهَاجِرٌ', 'مهاجر');
    same('هٰذا', 'هذا');
    expect(normaliseForSearch('اللُّجُوء', 'ar')).toBe('اللجوء');
  });

  it('strips tatweel', () => {
    same('لجـــوء', 'لجوء');
  });

  it('unifies the hamza forms of alef', () => {
    same('أحمد', 'احمد');
    same('إقامة', 'اقامة');
    same('آخر', 'اخر');
    same('ٱلله', 'الله');
    expect(normaliseForSearch('أإآ', 'ar')).toBe('ااا');
  });

  it('folds ta marbuta into ha and alef maqsura into yeh', () => {
    same('حماية', 'حمايه');
    same('مستشفى', 'مستشفي');
    expect(normaliseForSearch('حماية', 'ar')).toBe('حمایه');
    expect(normaliseForSearch('مستشفى', 'ar')).toBe('مستشفی');
  });

  it('drops the hamza from its waw and yeh carriers', () => {
    same('سؤال', 'سوال');
    same('مسئول', 'مسیول');
  });

  it('turns presentation forms and Arabic-Indic digits into plain letters and digits', () => {
    same('ﻻجئ', 'لاجئ');
    expect(normaliseForSearch('١٢٣ ۴۵۶', 'ar')).toBe('123 456');
  });

  it('applies to Arabic-script text whatever the page language', () => {
    expect(normaliseForSearch('Başvuru اللُّجُوء', 'tr')).toBe('basvuru اللجوء');
    expect(normaliseForSearch('Asylum — اللُّجُوء', 'en')).toBe('asylum اللجوء');
  });

  it('finds a vocalised page from a bare query and the reverse', () => {
    expect(found('طلب اللُّجُوء في تركيا', 'اللجوء', 'ar')).toBe(1);
    expect(found('طلب اللجوء في تركيا', 'اللُّجُوء', 'ar')).toBe(1);
    expect(found('الحماية الدولية', 'الحمايه الدوليه', 'ar')).toBe(1);
  });
});

describe('Persian normalisation', () => {
  it('meets Arabic yeh and kaf with the Persian letters (canonical ی and ک)', () => {
    same('كيف', 'کیف');
    same('يك', 'یک');
    expect(normaliseForSearch('كيف', 'ar')).toBe('کیف');
    expect(normaliseForSearch('کیف', 'fa')).toBe('کیف');
    expect(found('کیف پول', 'كيف', 'fa')).toBe(1);
    expect(found('كيف حالك', 'کیف', 'ar')).toBe(1);
  });

  it('reads a zero-width non-joiner as a space', () => {
    same('می‌خواهم', 'می خواهم');
    expect(normaliseForSearch('می‌خواهم', 'fa')).toBe('می خواهم');
    same('خانه‌ها', 'خانه ها');
  });

  it('meets the ZWNJ, spaced and run-together forms of a word in matching', () => {
    const forms = ['می‌خواهم', 'می خواهم', 'میخواهم'];
    for (const doc of forms) {
      for (const query of forms) {
        expect(found(`من ${doc} پناهنده شوم`, query, 'fa'), `${doc} / ${query}`).toBe(1);
      }
    }
  });

  it('folds heh with hamza (ۀ and ه + hamza mark) into heh', () => {
    same('خانۀ', 'خانه');
    same('خانهٔ', 'خانه');
  });
});

describe('Turkish normalisation', () => {
  it('lower-cases dotted and dotless I the Turkish way, then folds to ASCII', () => {
    expect(normaliseForSearch('İSTANBUL', 'tr')).toBe('istanbul');
    expect(normaliseForSearch('IŞIK', 'tr')).toBe('isik');
    expect(normaliseForSearch('ışık', 'tr')).toBe('isik');
    expect(normaliseForSearch('İSTANBUL', 'en')).toBe('istanbul');
    expect(normaliseForSearch('IŞIK', 'en')).toBe('isik');
  });

  it('matches ş ğ ı ç ö ü typed as s g i c o u', () => {
    same('şartlı', 'sartli');
    same('Göç İdaresi', 'goc idaresi');
    same('Üçüncü ülkeye yerleştirme', 'ucuncu ulkeye yerlestirme');
    same('Ağrı', 'agri');
    expect(found('Uluslararası koruma başvurusu nasıl yapılır', 'basvuru', 'tr')).toBe(0.8);
    expect(found('Başvuru', 'basvuru', 'tr')).toBe(1);
    expect(found('basvuru', 'Başvuru', 'tr')).toBe(1);
    expect(found('Şartlı mülteci', 'sartli multeci', 'tr')).toBe(1);
  });

  it('removes punctuation and collapses whitespace', () => {
    expect(normaliseForSearch('  Göç  İdaresi,\t(PMM) —\n"Başvuru"!  ', 'tr')).toBe(
      'goc idaresi pmm basvuru',
    );
    expect(normaliseForSearch('e-posta/telefon', 'tr')).toBe('e posta telefon');
  });
});

describe('typo tolerance', () => {
  it('forms pg_trgm trigrams', () => {
    expect(trigrams('cat')).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(trigrams('a b')).toEqual(['  a', '  b', ' a ', ' b ']);
    expect(trigrams('')).toEqual([]);
  });

  it('measures trigram Jaccard similarity', () => {
    expect(similarity('cat', 'cat')).toBe(1);
    expect(similarity('cat', 'dog')).toBe(0);
    expect(similarity('', '')).toBe(0);
    expect(similarity('resetlement', 'resettlement')).toBeCloseTo(11 / 14);
    expect(similarity('basvru', 'basvuru')).toBeCloseTo(0.5);
    expect(similarity('ab', 'ba')).toBe(similarity('ba', 'ab'));
  });

  it('finds a word despite a missing or doubled letter', () => {
    const resettlement = found('Resettlement to a third country', 'resetlement', 'en');
    expect(resettlement).toBeCloseTo(0.5 * similarity('resetlement', 'resettlement'));
    expect(resettlement).toBeGreaterThan(0);
    expect(found('Başvuru nasıl yapılır', 'başvru', 'tr')).toBeGreaterThan(0);
    expect(found('Başvuru nasıl yapılır', 'basvru', 'tr')).toBeCloseTo(0.25);
    expect(found('طلب اللجوء', 'الجوء', 'ar')).toBeGreaterThan(0);
  });

  it('scores exact above prefix above typo, and nothing for unrelated words', () => {
    const doc = 'resettlement interview appointment';
    const exact = found(doc, 'resettlement', 'en');
    const prefix = found(doc, 'resettle', 'en');
    const typo = found(doc, 'resetlement', 'en');
    expect(exact).toBe(1);
    expect(prefix).toBe(0.8);
    expect(typo).toBeLessThan(prefix);
    expect(typo).toBeGreaterThan(0);
    expect(found(doc, 'passport', 'en')).toBe(0);
  });

  it('averages over the query terms', () => {
    expect(found('asylum application', 'asylum xyzzy', 'en')).toBe(0.5);
    expect(found('asylum application', 'asylum applic', 'en')).toBeCloseTo(0.9);
    expect(found('asylum application', '', 'en')).toBe(0);
    expect(found('', 'asylum', 'en')).toBe(0);
    expect(found('asylum', '<>!?', 'en')).toBe(0);
  });

  it('does not let a single letter match every word beginning with it', () => {
    expect(found('asylum application', 'a', 'en')).toBe(0);
  });
});

describe('search terms', () => {
  it('splits a normalised query and drops duplicates', () => {
    expect(searchTerms('  Göç İdaresi, göç! ', 'tr')).toEqual(['goc', 'idaresi']);
    expect(searchTerms('', 'en')).toEqual([]);
    expect(searchTerms('\u0000\u0007 ', 'en')).toEqual([]);
  });

  it('keeps at most 12 terms of at most 40 characters', () => {
    const many = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    expect(searchTerms(many, 'en')).toEqual(Array.from({ length: MAX_TERMS }, (_, i) => `w${i}`));
    expect(searchTerms('x'.repeat(100), 'en')).toEqual(['x'.repeat(MAX_TERM_LENGTH)]);
  });

  it('reads only the first 200 characters of the query', () => {
    const query = `${'a'.repeat(MAX_QUERY_LENGTH - 1)} zzz`;
    expect(searchTerms(query, 'en')).toEqual(['a'.repeat(MAX_TERM_LENGTH)]);
  });
});

describe('hostile input', () => {
  it('bounds very long input', () => {
    const long = 'ab '.repeat(10_000);
    expect(searchTerms(long, 'en')).toEqual(['ab']);
    const huge = 'x'.repeat(MAX_TEXT_LENGTH * 2);
    expect(normaliseForSearch(huge, 'en')).toHaveLength(MAX_TEXT_LENGTH);
    expect(matches(huge, 'x'.repeat(10_000), 'en').score).toBe(0.8);
  });

  it('bounds text that compatibility normalisation expands', () => {
    // U+FDFA is one character that NFKC spells out as four words.
    const out = normaliseForSearch('\uFDFA'.repeat(MAX_TEXT_LENGTH), 'ar');
    expect(out.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(out).toBe(normaliseForSearch(out, 'ar'));
  });

  it('drops control and format characters', () => {
    expect(normaliseForSearch('ba\u0000ş\u0007vu\u001bru', 'tr')).toBe('basvuru');
    expect(normaliseForSearch('asy\u202Elum\u200D', 'en')).toBe('asylum');
    expect(normaliseForSearch('line\r\nbreak\ttab', 'en')).toBe('line break tab');
    expect(normaliseForSearch('\uFEFFbom \uD800lone', 'en')).toBe('bom lone');
  });

  it('never passes markup through', () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> &lt;b&gt; \'"`';
    for (const lang of LANGS) {
      const out = normaliseForSearch(hostile, lang);
      expect(out).not.toMatch(/[<>&"'`=/]/);
      expect(out).toBe('script alert x script img src x onerror alert 1 lt b gt');
      for (const term of searchTerms(hostile, lang)) expect(term).not.toMatch(/[<>&"'`]/);
    }
    expect(normaliseForSearch('＜script＞', 'en')).toBe('script');
  });
});

describe('properties', () => {
  const lang = fc.constantFrom<Lang>(...LANGS);
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({
      unit: fc.constantFrom(...'İIıiŞşĞğÇçÖöÜüأإآٱىيةكکیۀؤئـًٌٍَُِّْٰ\u200C\u200D <>&"\'\u0000\t'),
      maxLength: 40,
    }),
  );
  const CONTROL_OR_MARKUP = /[\p{Cc}\p{Cf}\p{Cs}\p{M}<>&"'`]/u;

  it('is idempotent', () => {
    fc.assert(
      fc.property(text, lang, (s, l) => {
        const once = normaliseForSearch(s, l);
        expect(normaliseForSearch(once, l)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('outputs only letters, digits and single spaces', () => {
    fc.assert(
      fc.property(text, lang, (s, l) => {
        const out = normaliseForSearch(s, l);
        expect(out).not.toMatch(CONTROL_OR_MARKUP);
        expect(out).toMatch(/^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u);
        expect(out).toBe(out.toLocaleLowerCase(l));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps queries bounded and clean', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1000 }), lang, (s, l) => {
        const terms = searchTerms(s, l);
        expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
        for (const term of terms) {
          expect(term.length).toBeGreaterThan(0);
          expect(term.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
          expect(term).not.toMatch(CONTROL_OR_MARKUP);
          expect(term).not.toContain(' ');
        }
        expect(normaliseForSearch(s, l).length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches a document against itself fully, and scores within 0–1', () => {
    fc.assert(
      fc.property(text, text, lang, (doc, query, l) => {
        const { score } = matches(doc, query, l);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        const own = searchTerms(doc, l).join(' ');
        if (own !== '') expect(matches(doc, own, l).score).toBeGreaterThanOrEqual(0.8);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the folded spelling of any Turkish word', () => {
    const turkish = fc.string({
      unit: fc.constantFrom(...'abcçdefgğhıijklmnoöprsştuüvyzİIŞĞÇÖÜ'),
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(turkish, (word) => {
        const ascii = word.toLocaleLowerCase('tr').replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '');
        expect(matches(word, ascii, 'tr').score).toBe(1);
      }),
    );
  });
});
