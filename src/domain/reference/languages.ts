import type { Labels } from './labels.ts';

/**
 * Spoken-language codes commonly needed for applicants and interpreters in Türkiye.
 * ISO 639-1 where one exists, otherwise ISO 639-3 (prs, kmr, ckb).
 * `within` names the (macro)language a variety belongs to: Dari is an individual
 * language of the Persian macrolanguage; Kurmanji and Sorani of Kurdish.
 */
// prettier-ignore
export const SPOKEN_LANGUAGES = [
  'ar', 'fa', 'prs', 'ps', 'ku', 'kmr', 'ckb', 'tr', 'en', 'fr', 'ru', 'uk',
  'ur', 'so', 'ti', 'am', 'uz', 'tk', 'az', 'ky', 'tg', 'bn', 'sw', 'de', 'es',
] as const;

export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

export interface SpokenLanguageInfo {
  code: SpokenLanguage;
  iso: '639-1' | '639-3';
  within?: SpokenLanguage;
  labels: Labels;
}

/** [code, en, tr, ar, fa, within?] */
type Row = readonly [SpokenLanguage, string, string, string, string, SpokenLanguage?];

// prettier-ignore
const ROWS: readonly Row[] = [
  ['ar', 'Arabic', 'Arapça', 'العربية', 'عربی'],
  ['fa', 'Persian (Farsi)', 'Farsça', 'الفارسية', 'فارسی'],
  ['prs', 'Dari', 'Darice', 'الدارية', 'دری', 'fa'],
  ['ps', 'Pashto', 'Peştuca', 'البشتوية', 'پشتو'],
  ['ku', 'Kurdish', 'Kürtçe', 'الكردية', 'کردی'],
  ['kmr', 'Kurdish (Kurmanji)', 'Kürtçe (Kurmanci)', 'الكردية (الكرمانجية)', 'کردی (کرمانجی)', 'ku'],
  ['ckb', 'Kurdish (Sorani)', 'Kürtçe (Sorani)', 'الكردية (السورانية)', 'کردی (سورانی)', 'ku'],
  ['tr', 'Turkish', 'Türkçe', 'التركية', 'ترکی استانبولی'],
  ['en', 'English', 'İngilizce', 'الإنجليزية', 'انگلیسی'],
  ['fr', 'French', 'Fransızca', 'الفرنسية', 'فرانسوی'],
  ['ru', 'Russian', 'Rusça', 'الروسية', 'روسی'],
  ['uk', 'Ukrainian', 'Ukraynaca', 'الأوكرانية', 'اوکراینی'],
  ['ur', 'Urdu', 'Urduca', 'الأردية', 'اردو'],
  ['so', 'Somali', 'Somalice', 'الصومالية', 'سومالیایی'],
  ['ti', 'Tigrinya', 'Tigrinya dili', 'التغرينية', 'تیگرینیا'],
  ['am', 'Amharic', 'Amharca', 'الأمهرية', 'امهری'],
  ['uz', 'Uzbek', 'Özbekçe', 'الأوزبكية', 'ازبکی'],
  ['tk', 'Turkmen', 'Türkmence', 'التركمانية', 'ترکمنی'],
  ['az', 'Azerbaijani', 'Azerbaycan Türkçesi', 'الأذربيجانية', 'ترکی آذربایجانی'],
  ['ky', 'Kyrgyz', 'Kırgızca', 'القيرغيزية', 'قرقیزی'],
  ['tg', 'Tajik', 'Tacikçe', 'الطاجيكية', 'تاجیکی'],
  ['bn', 'Bengali', 'Bengalce', 'البنغالية', 'بنگالی'],
  ['sw', 'Swahili', 'Svahili', 'السواحلية', 'سواحیلی'],
  ['de', 'German', 'Almanca', 'الألمانية', 'آلمانی'],
  ['es', 'Spanish', 'İspanyolca', 'الإسبانية', 'اسپانیایی'],
];

export const SPOKEN_LANGUAGE_INFO: readonly SpokenLanguageInfo[] = ROWS.map(
  ([code, en, tr, ar, fa, within]) => {
    const info: SpokenLanguageInfo = {
      code,
      iso: code.length === 2 ? '639-1' : '639-3',
      labels: { tr, en, ar, fa },
    };
    if (within) info.within = within;
    return info;
  },
);

const BY_CODE: ReadonlyMap<string, SpokenLanguageInfo> = new Map(
  SPOKEN_LANGUAGE_INFO.map((l) => [l.code, l]),
);

export function isSpokenLanguage(code: string): code is SpokenLanguage {
  return BY_CODE.has(code);
}

export function spokenLanguage(code: string): SpokenLanguageInfo | undefined {
  return BY_CODE.get(code);
}
