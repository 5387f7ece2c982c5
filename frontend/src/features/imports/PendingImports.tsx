// The imports waiting for the Secretariat's review (issue 10, item 7: no page listed them): each
// with its report, what was read (meeting, date, number of agreements), who uploaded it and when,
// and a link back to its review.

import { useI18n } from "../../components/i18n";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi } from "../../app";
import { asImportId } from "../../domain/ids";
import { importPaths } from "./routes";

export function PendingImports() {
  const api = useApi();
  const { t, date, dateTime } = useI18n();
  const load = useLoad(() => api.imports("pending"), "imports-pending");
  if (load.state !== "ready") return null;
  return (
    <section aria-labelledby="pending-imports" className="section-gap">
      <h2 id="pending-imports">
        {t("imports.pendingTitle")} <span className="count">({load.data.length})</span>
      </h2>
      {load.data.length === 0 ? (
        <p>{t("imports.pendingNone")}</p>
      ) : (
        <ul className="plain-list">
          {load.data.map((item) => (
            <li key={item.id}>
              <Link to={importPaths.importReview(asImportId(item.id))}>
                {item.file_name ?? t("imports.pastedText")}
              </Link>
              <span className="table-sub">
                {t("imports.pendingItem", {
                  body: item.body ?? "—",
                  date: item.date ? date(item.date) : "—",
                  count: item.agreements,
                  uploaded: dateTime(item.created_at),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
