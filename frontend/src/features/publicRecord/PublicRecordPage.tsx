// The public record of agreements and their results: meetings whose report is no longer a draft,
// newest first, each agreement with its commitments' parties, deadlines, status and progress. No
// answers, files or people. Readable signed in or not; party names come from the public reference data.

import type { Wire } from "../../domain/wire";
import { localizedString } from "../../domain/localized";
import { Empty, LoadPending, Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { useLoad } from "../../components/useLoad";
import { useApi } from "../../app";
import { ProgressBar, useParties } from "../commitments";
import "./styles.css";

type PublicRecord = Wire<"PublicRecord">;
type PublicMeeting = PublicRecord["items"][number];

function MeetingRecord({ item, today }: { item: PublicMeeting; today: string }) {
  const { t, language, date } = useI18n();
  const parties = useParties();
  const meeting = item.meeting;
  const title =
    localizedString(meeting.title, language) ||
    [parties.name(meeting.body), meeting.place.city, meeting.date.slice(0, 4)].filter(Boolean).join(" — ");
  const commitments = item.agreements.flatMap((agreement) => agreement.commitments);
  const done = commitments.filter((commitment) => commitment.status === "done").length;
  const headingId = `public-meeting-${meeting.id}`;
  return (
    <section className="public-meeting section-gap" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="table-sub">
        {[meeting.place.city, meeting.place.country ? parties.name(meeting.place.country) : ""].filter(Boolean).join(", ")} ·{" "}
        {date(meeting.date)} · {t(`publicRecord.reportStatus.${meeting.report_status}`)}
      </p>
      {commitments.length > 0 && <p>{t("publicRecord.summary", { done, total: commitments.length })}</p>}
      <ol className="public-agreements">
        {item.agreements.map((agreement) => (
          <li key={agreement.number} className={agreement.heading ? "public-heading" : undefined}>
            <p>
              <strong>{t("publicRecord.agreement", { number: agreement.number })}</strong> <Localized value={agreement.text} />
            </p>
            {agreement.commitments.length > 0 && (
              <div className="table-wrap" role="region" tabIndex={0} aria-label={t("publicRecord.commitments")}>
                <table className="table table-stack">
                  <caption className="visually-hidden">{t("publicRecord.commitments")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("publicRecord.party")}</th>
                      <th scope="col">{t("publicRecord.action")}</th>
                      <th scope="col">{t("publicRecord.deadline")}</th>
                      <th scope="col">{t("publicRecord.status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {agreement.commitments.map((commitment) => (
                      <tr key={commitment.id}>
                        <td data-label={t("publicRecord.party")}>{parties.name(commitment.party)}</td>
                        <td data-label={t("publicRecord.action")}>
                          <Localized value={commitment.action} />
                        </td>
                        <td data-label={t("publicRecord.deadline")}>
                          {commitment.deadline.due ? date(commitment.deadline.due) : commitment.deadline.text}
                          {commitment.overdue && commitment.deadline.due && commitment.deadline.due < today && (
                            <span className="badge badge-commitment-overdue"> {t("publicRecord.overdue")}</span>
                          )}
                        </td>
                        <td data-label={t("publicRecord.status")}>
                          <span className={`badge badge-commitment-${commitment.status}`}>{t(`publicRecord.statuses.${commitment.status}`)}</span>
                          {commitment.status !== "done" && commitment.status !== "cancelled" && (
                            <ProgressBar value={commitment.progress} label={t("publicRecord.progress")} />
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function PublicRecordPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const load = useLoad(() => api.publicRecord(), `public-record-${language}`);
  return (
    <>
      <PageHeading title={t("publicRecord.title")}>{t("publicRecord.title")}</PageHeading>
      <p className="lead">{t("publicRecord.intro")}</p>
      <LoadPending load={load} />
      {load.state === "ready" &&
        (load.data.items.length === 0 ? (
          <Empty>{t("publicRecord.empty")}</Empty>
        ) : (
          load.data.items.map((item) => <MeetingRecord key={item.meeting.id} item={item} today={load.data.today} />)
        ))}
    </>
  );
}
