/**
 * The languages Koruma speaks to the public in: every reference-data label, portal page and
 * self-service page exists in each. The one definition for the server; the web app keeps its own.
 */
export const LANGS = ['tr', 'en', 'ar', 'fa'] as const;

export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** A label in each supported language. */
export type Labels = Record<Lang, string>;
