// One entry of a description list (<dl>): the term and its value, wrapped in the <div> that
// keeps the two together for styling.

import type { ReactNode } from "react";

export function Detail({ term, valueClassName, children }: { term: ReactNode; valueClassName?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={valueClassName}>{children}</dd>
    </div>
  );
}
