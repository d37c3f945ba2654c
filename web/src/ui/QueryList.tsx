// A list read from the server as every screen shows it: "loading" while it is read, the problem
// if it could not be, a sentence when it is empty, and otherwise the items as the screen lays
// them out. The four are independent, as a failed refetch keeps the list it had.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from './Problem.tsx';

/** What a list screen needs of a query's result (any useQuery of an array). */
export interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: readonly T[] | undefined;
}

interface Props<T> {
  query: ListQuery<T>;
  emptyMessage: string;
  children: (items: readonly T[]) => ReactNode;
}

export function QueryList<T>({ query, emptyMessage, children }: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      {query.isPending && <p className="loading">{t('common.loading')}</p>}
      {query.isError && <ProblemNotice error={query.error} />}
      {query.data?.length === 0 && <p className="muted">{emptyMessage}</p>}
      {query.data && query.data.length > 0 && children(query.data)}
    </>
  );
}
