import { useState } from "react";
import { formatRelative, relativeSpan } from "../domain/relativeTime";
import { useI18n } from "./i18n";

/** "3 days ago" / "hace 3 días", with the full date and time as a tooltip and in dateTime. */
export function RelativeTime({ instant }: { instant: string }) {
  const { language, dateTime } = useI18n();
  // "Now" as of the first render: the words stay put while the page is open.
  const [now] = useState(() => Date.now());
  const then = Date.parse(instant);
  if (Number.isNaN(then)) return <>{instant}</>;
  return (
    <time dateTime={instant} title={dateTime(instant)}>
      {formatRelative(relativeSpan(then, now), language)}
    </time>
  );
}
