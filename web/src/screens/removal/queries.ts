// Removal data: one decision's page, the directorate's list, a person's decisions and their
// LFIP Art. 55 protections.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Protection, RemovalListItem, RemovalSummary, RemovalView } from '../../api/centre-types.ts';

const id = encodeURIComponent;

export const removalKey = (removalId: string) => ['removal', removalId] as const;
export const removalsKey = ['removals'] as const;
export const personRemovalsKey = (personId: string) => ['removals', 'person', personId] as const;
export const protectionsKey = (personId: string) => ['removal-protections', personId] as const;

export function useRemoval(removalId: string) {
  return useQuery({
    queryKey: removalKey(removalId),
    queryFn: () => api<RemovalView>(`/api/v1/removals/${id(removalId)}`),
  });
}

export function useRemovals(state: string | null) {
  return useQuery({
    queryKey: [...removalsKey, 'list', state],
    queryFn: () => api<RemovalListItem[]>(`/api/v1/removals${state ? `?state=${id(state)}` : ''}`),
  });
}

export function usePersonRemovals(personId: string) {
  return useQuery({
    queryKey: personRemovalsKey(personId),
    queryFn: () => api<RemovalSummary[]>(`/api/v1/removals?personId=${id(personId)}`),
  });
}

export function useProtections(personId: string, enabled = true) {
  return useQuery({
    queryKey: protectionsKey(personId),
    enabled,
    queryFn: () => api<Protection[]>(`/api/v1/persons/${id(personId)}/removal-protections`),
  });
}
