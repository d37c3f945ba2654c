// Detention data: one detention, and the directorate's worklist of what falls due.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Detention, DetentionDue } from '../../api/centre-types.ts';

export const detentionKey = (id: string) => ['detention', id] as const;
export const detentionsDueKey = ['detention', 'due'] as const;

export function useDetention(id: string) {
  return useQuery({
    queryKey: detentionKey(id),
    queryFn: () => api<Detention>(`/api/v1/detentions/${encodeURIComponent(id)}`),
  });
}

export function useDetentionsDue() {
  return useQuery({
    queryKey: detentionsDueKey,
    queryFn: () => api<DetentionDue[]>('/api/v1/detentions/due'),
  });
}
