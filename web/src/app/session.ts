// The signed-in user. `null` means nobody is signed in (the server answered 401).
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import type { User } from '../api/types.ts';

export const SESSION_KEY = ['me'] as const;

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return await api<User>('/api/v1/auth/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** Forget the user and every cached record (personal data must not outlive the session). */
export function endSession(client: QueryClient): void {
  client.removeQueries({
    predicate: (q) => q.queryKey[0] !== 'reference' && q.queryKey[0] !== SESSION_KEY[0],
  });
  client.setQueryData(SESSION_KEY, null);
}

export function isAdministrator(user: User | null | undefined): boolean {
  return user?.role === 'administrator';
}
