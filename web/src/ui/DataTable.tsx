// The staff app's table: scrolls sideways inside its own box on a narrow screen, named for screen
// readers by a caption or by a heading, with a header cell for each column.
import type { ReactNode } from 'react';

interface Props {
  /** The table's own class, beside "data-table". */
  className?: string;
  /** The table's name; hidden from sight unless captionShown, as the page's heading says it. */
  caption?: ReactNode;
  captionShown?: boolean;
  /** The id of a heading that names the table, where it has no caption. */
  labelledBy?: string;
  columns: readonly ReactNode[];
  /** The rows. */
  children: ReactNode;
}

export function DataTable({ className, caption, captionShown, labelledBy, columns, children }: Props) {
  return (
    <div className="table-wrap">
      <table className={className ? `data-table ${className}` : 'data-table'} aria-labelledby={labelledBy}>
        {caption !== undefined && (
          <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
        )}
        <thead>
          <tr>
            {columns.map((column, i) => (
              // The columns are fixed for a table, so their place is their identity.
              <th scope="col" key={i}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
