// The portal's editing API: the translation dashboard (every page per language) and a page's
// versions. Editors work on one page at a time; the dashboard is refetched after each change.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Lang } from '../../i18n.ts';

export interface LanguageState {
  publishedVersion: number | null;
  title: string | null;
  outdated: boolean;
  waiting: { version: number; status: string }[];
}

export interface PortalPage {
  id: string;
  section: string;
  slug: string;
  classification: string;
  sourceLang: Lang;
  languages: Record<Lang, LanguageState>;
}

export interface Dashboard {
  pages: PortalPage[];
  coverage: Record<Lang, { published: number; outdated: number; missing: number }>;
}

export interface PageVersion {
  lang: Lang;
  version: number;
  status: string;
  title: string;
  sourceVersion: number | null;
  minorChange: boolean;
  createdAt: string;
  publishedAt: string | null;
}

export const dashboardKey = ['portal', 'pages'] as const;
export const versionsKey = (pageId: string) => ['portal', 'versions', pageId] as const;

export function useDashboard() {
  return useQuery({ queryKey: dashboardKey, queryFn: () => api<Dashboard>('/api/v1/portal/pages') });
}

export function useVersions(pageId: string) {
  return useQuery({
    queryKey: versionsKey(pageId),
    queryFn: () => api<PageVersion[]>(`/api/v1/portal/pages/${encodeURIComponent(pageId)}/versions`),
  });
}

export interface PageText {
  version: number;
  title: string;
  summary: string;
  body: string;
  uncertain: string | null;
}

/** The text a new draft starts from: the published version in that language, else the latest. */
export function usePageText(pageId: string, lang: Lang) {
  return useQuery({
    queryKey: ['portal', 'text', pageId, lang],
    queryFn: () =>
      api<PageText | null>(`/api/v1/portal/pages/${encodeURIComponent(pageId)}/translations/${lang}/text`),
  });
}
