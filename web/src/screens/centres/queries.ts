// The centre screens' data. Reading a board or a resident is audited, so no refetch on focus
// (the app's default); a change refetches what it touched.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Board, CentreSummary, Resident, WaitingEntry } from '../../api/centre-types.ts';

const id = encodeURIComponent;

export const centresKey = ['centres'] as const;
export const boardKey = (centreId: string) => ['centres', centreId, 'board'] as const;
export const waitingKey = ['waiting-list'] as const;
export const residentKey = (centreId: string, personId: string) =>
  ['centres', centreId, 'resident', personId] as const;

export function useCentres() {
  return useQuery({ queryKey: centresKey, queryFn: () => api<CentreSummary[]>('/api/v1/centres') });
}

export function useBoard(centreId: string) {
  return useQuery({
    queryKey: boardKey(centreId),
    queryFn: () => api<Board>(`/api/v1/centres/${id(centreId)}/board`),
  });
}

/** The waiting list of the centre's province (the server picks it for provincial and centre staff). */
export function useWaitingList(provinceCode: string) {
  return useQuery({
    queryKey: [...waitingKey, provinceCode],
    queryFn: () => api<WaitingEntry[]>(`/api/v1/accommodation-requests?provinceCode=${id(provinceCode)}`),
  });
}

export function useResident(centreId: string, personId: string) {
  return useQuery({
    queryKey: residentKey(centreId, personId),
    queryFn: () => api<Resident>(`/api/v1/centres/${id(centreId)}/residents/${id(personId)}`),
  });
}
