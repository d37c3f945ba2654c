/** Languages in which every reference-data label is provided. */
export type Lang = 'tr' | 'en' | 'ar' | 'fa';

export const LANGS: readonly Lang[] = ['tr', 'en', 'ar', 'fa'];

/** A label in each supported language. */
export type Labels = Record<Lang, string>;
