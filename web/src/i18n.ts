// Languages of the staff app and the one place where the page's language and direction are set.
import i18next, { type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'tr', autonym: 'Türkçe', dir: 'ltr' },
  { code: 'en', autonym: 'English', dir: 'ltr' },
  { code: 'ar', autonym: 'العربية', dir: 'rtl' },
  { code: 'fa', autonym: 'فارسی', dir: 'rtl' },
] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];
export type Direction = 'ltr' | 'rtl';

const STORAGE_KEY = 'koruma.language';

/** Each catalogue is its own chunk: a session loads its language and English (the fallback). */
const CATALOGUES: Record<Lang, () => Promise<{ default: ResourceKey }>> = {
  tr: () => import('../../locales/tr.json', { with: { type: 'json' } }),
  en: () => import('../../locales/en.json', { with: { type: 'json' } }),
  ar: () => import('../../locales/ar.json', { with: { type: 'json' } }),
  fa: () => import('../../locales/fa.json', { with: { type: 'json' } }),
};

async function loadCatalogue(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const { default: catalogue } = await CATALOGUES[lang]();
  i18next.addResourceBundle(lang, 'translation', catalogue);
}

export function isLang(value: unknown): value is Lang {
  return LANGUAGES.some((l) => l.code === value);
}

export function directionOf(lang: Lang): Direction {
  return lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr';
}

/** The current interface language (i18next may hold a region variant; we only use our four). */
export function currentLang(): Lang {
  const lang = i18next.resolvedLanguage ?? i18next.language;
  return isLang(lang) ? lang : 'tr';
}

function storedLanguage(): Lang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Lang | null {
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return null;
}

/** Sets `<html lang dir>`: every direction decision in the app follows from this. */
function applyToDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

/**
 * Catalogues mark numbers and codes inside sentences as `<ltr>…</ltr>` (visible to translators);
 * the text shown carries Unicode isolates instead, so `+90 555 123 4567` keeps its order in
 * Arabic and Persian sentences.
 */
const ltrIsolates = {
  type: 'postProcessor' as const,
  name: 'ltr',
  process: (value: string) => value.replace(/<ltr>/g, '\u2066').replace(/<\/ltr>/g, '\u2069'),
};

/** Switches the interface language and remembers it on this device. */
export async function switchLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
  await loadCatalogue(lang);
  await i18next.changeLanguage(lang);
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLanguage() ?? browserLanguage() ?? 'tr';
  const [first, fallback] = await Promise.all([CATALOGUES[lng](), CATALOGUES.en()]);
  i18next.on('languageChanged', (lang) => applyToDocument(isLang(lang) ? lang : 'tr'));
  await i18next
    .use(initReactI18next)
    .use(ltrIsolates)
    .init({
      resources: { [lng]: { translation: first.default }, en: { translation: fallback.default } },
      lng,
      fallbackLng: 'en',
      supportedLngs: LANGUAGES.map((l) => l.code),
      interpolation: { escapeValue: false },
      returnNull: false,
      postProcess: ['ltr'],
    });
  applyToDocument(lng);
  return i18next;
}
