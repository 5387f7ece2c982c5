// A data table in a scrolling region that can be reached with the keyboard (a wide table
// scrolls inside it on a narrow screen), named by the heading or caption given in `labelledBy`.

import type { ReactNode } from "react";

export function Table({
  labelledBy,
  className = "table",
  caption,
  captionId,
  columns,
  children,
}: {
  labelledBy: string;
  className?: string;
  /** Read by screen readers only, unless it has an id (then it is shown, and may name the region). */
  caption?: ReactNode;
  captionId?: string;
  /** The column headings. */
  columns: readonly ReactNode[];
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={labelledBy}>
      <table className={className}>
        {caption !== undefined && (
          <caption id={captionId} className={captionId === undefined ? "visually-hidden" : "table-caption"}>
            {caption}
          </caption>
        )}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
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
