// The person's protection cases: read by the cases panel, refreshed when a case is lodged. Kept
// apart from both so that the panel and the lodging form need not import each other.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CaseListItem } from '../../api/types.ts';

export const casesOfPersonKey = (personId: string) => ['cases', 'person', personId] as const;

export function useCasesOfPerson(personId: string) {
  return useQuery({
    queryKey: casesOfPersonKey(personId),
    queryFn: () => api<CaseListItem[]>(`/api/v1/cases?personId=${encodeURIComponent(personId)}`),
  });
}
