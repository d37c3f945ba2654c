// A page that is one list: its title, a sentence on what it lists, whatever narrows or acts on
// the list (filters, tabs, notices), then the list itself (see QueryList).
import type { ReactNode } from 'react';
import { DownloadButtons } from './DownloadButtons.tsx';
import { QueryList, type ListQuery } from './QueryList.tsx';

interface Props<T> {
  /** The page's own class, beside "page". */
  className: string;
  title: string;
  /** The heading's id where the page is labelled by it. */
  headingId?: string;
  intro: string;
  /** What stands between the introduction and the list. */
  above?: ReactNode;
  query: ListQuery<T>;
  emptyMessage: string;
  /** The API path of the list, where it can be taken out as a file (see DownloadButtons). */
  download?: string;
  children: (items: readonly T[]) => ReactNode;
}

export function ListPage<T>({
  className,
  title,
  headingId,
  intro,
  above,
  query,
  emptyMessage,
  download,
  children,
}: Props<T>) {
  return (
    <section className={`page ${className}`} aria-labelledby={headingId}>
      <div className="page-head">
        <h1 id={headingId}>{title}</h1>
        {download && <DownloadButtons path={download} />}
      </div>
      <p className="lead">{intro}</p>
      {above}
      <QueryList query={query} emptyMessage={emptyMessage}>
        {children}
      </QueryList>
    </section>
  );
}
