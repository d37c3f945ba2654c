// Code lists (nationalities, provinces, needs…) with labels in the current language.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../i18n.ts';
import { api } from './client.ts';
import type { Coded, Reference } from './types.ts';

export function useReference() {
  return useQuery({
    queryKey: ['reference'],
    queryFn: () => api<Reference>('/api/v1/reference'),
    staleTime: Infinity,
  });
}

export interface Labeller {
  lang: Lang;
  collator: Intl.Collator;
  nationality(code: string): string;
  province(code: string): string;
  need(code: string): string;
  relationship(code: string): string;
  documentType(code: string): string;
  language(code: string): string;
  /** A code list sorted by its label in the current language. */
  sorted(list: Coded[]): { code: string; label: string }[];
}

function lookup(list: Coded[] | undefined, lang: Lang): (code: string) => string {
  const map = new Map((list ?? []).map((c) => [c.code, c.labels[lang]]));
  return (code) => map.get(code) ?? code;
}

/** Labels for codes in the interface language; falls back to the code while loading. */
export function useLabels(): Labeller {
  const { i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'tr';
  const { data } = useReference();
  return useMemo(() => {
    const collator = new Intl.Collator(lang);
    const provinces = new Map((data?.provinces ?? []).map((p) => [p.code, p.name]));
    return {
      lang,
      collator,
      nationality: lookup(data?.nationalities, lang),
      province: (code) => provinces.get(code) ?? code,
      need: lookup(data?.specificNeeds, lang),
      relationship: lookup(data?.relationships, lang),
      documentType: lookup(data?.documentTypes, lang),
      language: lookup(data?.languages, lang),
      sorted: (list) =>
        list
          .map((c) => ({ code: c.code, label: c.labels[lang] }))
          .sort((a, b) => collator.compare(a.label, b.label)),
    };
  }, [data, lang]);
}
