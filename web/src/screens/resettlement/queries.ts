// Resettlement data: the pipeline, the cases at risk of missing their target, the figures, and
// one case. Every read is audited on the server, so nothing refetches on focus (the app default).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { AtRiskItem, Figures, PipelineItem, ResettlementCase } from '../../api/sharing-types.ts';

const id = encodeURIComponent;

export const resettlementKey = ['resettlement'] as const;
export const resettlementCaseKey = (caseId: string) => ['resettlement', 'case', caseId] as const;

export function usePipeline() {
  return useQuery({
    queryKey: [...resettlementKey, 'pipeline'],
    queryFn: () => api<PipelineItem[]>('/api/v1/resettlement/cases'),
  });
}

export function useAtRisk() {
  return useQuery({
    queryKey: [...resettlementKey, 'at-risk'],
    queryFn: () => api<AtRiskItem[]>('/api/v1/resettlement/at-risk'),
  });
}

export function useFigures() {
  return useQuery({
    queryKey: [...resettlementKey, 'figures'],
    queryFn: () => api<Figures>('/api/v1/resettlement/figures'),
  });
}

export function useResettlementCase(caseId: string) {
  return useQuery({
    queryKey: resettlementCaseKey(caseId),
    queryFn: () => api<ResettlementCase>(`/api/v1/resettlement/cases/${id(caseId)}`),
  });
}

/** The submission package for the state, as JSON or as a printable page (UNHCR only). */
export const submissionUrl = (caseId: string, format: 'json' | 'html') =>
  `/api/v1/resettlement/cases/${id(caseId)}/submission?format=${format}`;
