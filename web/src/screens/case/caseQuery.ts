import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CaseView } from '../../api/types.ts';

export const caseKey = (id: string) => ['case', id] as const;

/** The case page's data (reading it is audited for every member, so no refetch on focus). */
export function useCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: () => api<CaseView>(`/api/v1/cases/${encodeURIComponent(id)}`),
  });
}
