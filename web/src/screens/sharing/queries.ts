// Data sharing: organisations, a person's consents, referrals between agencies, a lawyer's
// clients and a person as an organisation may see them. Reads are audited; no refetch on focus.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import type {
  Client,
  Consent,
  Organisation,
  ReferralSummary,
  ReferralView,
  SharedPerson,
} from '../../api/sharing-types.ts';

const id = encodeURIComponent;

export const organisationsKey = ['organisations'] as const;
export const consentsKey = (personId: string) => ['consents', personId] as const;
export const referralsKey = ['referrals'] as const;
export const referralKey = (referralId: string) => ['referrals', 'one', referralId] as const;
export const powersKey = (personId: string) => ['powers-of-attorney', personId] as const;

export function useOrganisations() {
  return useQuery({
    queryKey: organisationsKey,
    queryFn: () => api<Organisation[]>('/api/v1/organisations'),
    staleTime: 5 * 60_000,
  });
}

/** An organisation's name by its code (the code itself while loading or when unknown). */
export function useOrganisationName(): (code: string | null | undefined) => string | null {
  const { data } = useOrganisations();
  return useMemo(() => {
    const names = new Map((data ?? []).map((o) => [o.code, o.name]));
    return (code) => (code ? (names.get(code) ?? code) : null);
  }, [data]);
}

export function useConsents(personId: string) {
  return useQuery({
    queryKey: consentsKey(personId),
    queryFn: () => api<Consent[]>(`/api/v1/persons/${id(personId)}/consents`),
  });
}

export function useReferrals(box: 'inbox' | 'outbox') {
  return useQuery({
    queryKey: [...referralsKey, box],
    queryFn: () => api<ReferralSummary[]>(`/api/v1/referrals?box=${box}`),
  });
}

export function useReferral(referralId: string) {
  return useQuery({
    queryKey: referralKey(referralId),
    queryFn: () => api<ReferralView>(`/api/v1/referrals/${id(referralId)}`),
  });
}

export function useClients() {
  return useQuery({ queryKey: ['clients'], queryFn: () => api<Client[]>('/api/v1/clients') });
}

export function useSharedPerson(personId: string) {
  return useQuery({
    queryKey: ['shared-person', personId],
    queryFn: () => api<SharedPerson>(`/api/v1/shared/persons/${id(personId)}`),
  });
}

export interface PowerOfAttorney {
  id: string;
  lawyer: string;
  documentReference: string;
  issuedOn: string;
  validUntil: string | null;
  revoked: boolean;
}

/** A person's powers of attorney, each with its document and whether it is still in force. */
export function usePowersOfAttorney(personId: string) {
  return useQuery({
    queryKey: powersKey(personId),
    queryFn: async () => {
      const rows = await api<
        {
          id: string;
          lawyerUsername: string;
          documentReference: string;
          issuedOn: string;
          validUntil: string | null;
          inForce: boolean;
        }[]
      >(`/api/v1/persons/${id(personId)}/powers-of-attorney`);
      return rows.map((r): PowerOfAttorney => ({
        id: r.id,
        lawyer: r.lawyerUsername,
        documentReference: r.documentReference,
        issuedOn: r.issuedOn,
        validUntil: r.validUntil,
        revoked: !r.inForce,
      }));
    },
  });
}
