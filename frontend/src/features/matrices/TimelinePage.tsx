// A cell's timeline: every version of one topic × country cell, oldest first — the drafts written in
// each round (for the Secretariat and the cell's country) and the versions closed rounds published —
// with who, when, the round, and the words changed from the version before.

import { LoadPending, Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import type { CountryCode } from "../../domain/ids";
import type { MatrixId, MatrixTopicId } from "./model";
import { Diff, useCountryName, useMatricesApi } from "./parts";
import { matricesPaths } from "./routes";

export default function TimelinePage({ id, topic, country }: { id: MatrixId; topic: MatrixTopicId; country: CountryCode }) {
  const api = useMatricesApi();
  const { t, language, dateTime } = useI18n();
  const countryName = useCountryName();
  const load = useLoad(
    async () => ({ matrix: await api.get(id), entries: await api.timeline(id, topic, country, language) }),
    `${id}/${topic}/${country}/${language}`,
  );
  if (load.state !== "ready") return <LoadPending load={load} />;
  const { matrix, entries } = load.data;
  const row = matrix.topics.find((item) => item.id === topic);
  const title = t("matrices.timeline.title", { country: countryName(country), number: String(row?.number ?? "") });
  return (
    <>
      <p className="breadcrumb">
        <Link to={matricesPaths.matrix(id)}>
          <Localized value={matrix.title} />
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {row && (
        <p>
          {row.number}. <Localized value={row.title} />
        </p>
      )}
      {entries.length === 0 ? (
        <p>{t("matrices.timeline.none")}</p>
      ) : (
        <ol className="matrix-timeline">
          {[...entries].reverse().map((entry, index) => (
            <li key={index} className={`card matrix-timeline-${entry.kind}`}>
              <p className="card-topline">
                <span className={`badge badge-timeline-${entry.kind}`}>{t(`matrices.timeline.kind.${entry.kind}`)}</span>{" "}
                {t("matrices.timeline.meta", { round: entry.round_label, by: entry.by.name, at: dateTime(entry.at) })}
                {entry.verified_by && <> · {t("matrices.timeline.verified", { by: entry.verified_by.name })}</>}
              </p>
              <Diff segments={entry.diff} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
