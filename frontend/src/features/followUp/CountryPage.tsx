// A country's page: everything the country owes — its own commitments and those asked of every
// member country — overdue first, each with its deadline, its state for this country and the
// answer form one click away. A country officer's home page.

import { useMemo, useState } from "react";
import { canAnswerCommitment } from "../../domain/access";
import type { CountryCode, MeetingId } from "../../domain/ids";
import { groupByStanding, percent, sortCommitments, type Commitment, type CountryStanding, type MeetingRef } from "../../domain/meetings";
import { Empty, LoadPending, Localized, Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { Detail } from "../../components/Detail";
import { RelativeTime } from "../../components/RelativeTime";
import {
  AnswerForm,
  CommitmentProgress,
  commitmentPaths,
  isClosed,
  PartyAndDeadline,
  ProgressBar,
  ResponseBadge,
  StatusBadge,
  useParties,
} from "../commitments";
import { meetingTitle } from "../meetings";
import { useApi, useUser } from "../../app";
import "./styles.css";

function CommitmentItem({
  commitment,
  country,
  meetings,
  standing,
  onAnswered,
}: {
  commitment: Commitment;
  country: CountryCode;
  meetings: ReadonlyMap<MeetingId, MeetingRef>;
  standing: CountryStanding;
  onAnswered: () => void;
}) {
  const { t, language, text } = useI18n();
  const user = useUser();
  const parties = useParties();
  const meeting = meetings.get(commitment.meeting);
  const titleId = `commitment-${commitment.id}-title`;
  // Only someone who answers for this country: its own officers, or the TS.
  const forThisCountry = user.role === "secretariat" || (user.role === "country_officer" && user.country === country);
  const answerable = forThisCountry && standing !== "done" && canAnswerCommitment(user, commitment) && commitment.status !== "cancelled";
  return (
    <li className={`card commitment-card commitment-${standing}`}>
      <article aria-labelledby={titleId}>
        <div className="card-topline">
          <span className="card-kicker">
            {meeting
              ? t("country.from", { meeting: meetingTitle(meeting, parties, language, t), number: commitment.agreement_number })
              : t("commitments.detail.agreement", { number: commitment.agreement_number })}
          </span>
          {/* Done for this country (its own answer says so) reads "done", whatever the others' state. */}
          {standing === "done" && !isClosed(commitment.status) ? (
            <span className="badge badge-commitment-done">{t("commitments.status.done")}</span>
          ) : (
            <StatusBadge commitment={commitment} />
          )}
        </div>
        <h3 className="card-title" id={titleId}>
          <Link to={commitmentPaths.commitment(commitment.id)}>
            <Localized value={commitment.action} />
          </Link>
        </h3>
        <dl className="compact-list">
          <PartyAndDeadline commitment={commitment} closed={standing === "done"} />
          {commitment.response ? (
            <Detail term={t("country.yourAnswer", { country: parties.name(country) })}>
              <ResponseBadge state={commitment.response.state} />
              {commitment.response.updated && (
                <span className="table-sub">
                  {t("country.answeredOn", { date: "" })}
                  <RelativeTime instant={commitment.response.updated} />
                </span>
              )}
            </Detail>
          ) : (
            <Detail term={t("commitments.detail.progress")}>
              <CommitmentProgress commitment={commitment} />
            </Detail>
          )}
        </dl>
        {answerable && (
          <details className="disclosure answer-disclosure">
            <summary>
              <span aria-hidden="true">{t("country.answer")}</span>
              <span className="visually-hidden">{t("country.answerFor", { country: parties.name(country), action: text(commitment.action) })}</span>
            </summary>
            <AnswerForm commitment={commitment} onSent={onAnswered} headingLevel={3} forCountry={country} />
          </details>
        )}
      </article>
    </li>
  );
}

function CountryCommitments({ country, items, meetings, reload }: {
  country: CountryCode;
  items: readonly Commitment[];
  meetings: readonly MeetingRef[];
  reload: () => void;
}) {
  const { t } = useI18n();
  const parties = useParties();
  const [answered, setAnswered] = useState(0);
  const byId = useMemo(() => new Map(meetings.map((m) => [m.id, m])), [meetings]);
  const groups = groupByStanding(sortCommitments(items));
  const total = items.length;
  const name = parties.name(country);
  if (total === 0) return <Empty>{t("country.empty", { country: name })}</Empty>;
  const sections: { standing: CountryStanding; title: string }[] = [
    { standing: "overdue", title: t("country.overdueSection") },
    { standing: "pending", title: t("country.pendingSection") },
    { standing: "done", title: t("country.doneSection") },
  ];
  const onAnswered = () => {
    setAnswered((n) => n + 1);
    reload();
  };
  return (
    <>
      {answered > 0 && (
        <Notice tone="success">
          <p>{t("commitments.answer.sent")}</p>
        </Notice>
      )}
      <section aria-labelledby="summary-title" className="panel summary-panel">
        <h2 id="summary-title" className="visually-hidden">
          {t("country.summary")}
        </h2>
        <ul className="stat-list">
          <li className="stat stat-overdue">
            <span className="stat-number">{groups.overdue.length}</span> <span className="stat-label">{t("country.overdue")}</span>
          </li>
          <li className="stat stat-pending">
            <span className="stat-number">{groups.pending.length}</span> <span className="stat-label">{t("country.pending")}</span>
          </li>
          <li className="stat stat-done">
            <span className="stat-number">{groups.done.length}</span> <span className="stat-label">{t("country.done")}</span>
          </li>
        </ul>
        <ProgressBar
          value={percent(groups.done.length, total)}
          label={t("followUp.completion")}
          text={t("meetings.detail.completion", { done: groups.done.length, total })}
        />
      </section>
      {sections.map(({ standing, title }) =>
        groups[standing].length === 0 ? null : (
          <section key={standing} aria-labelledby={`section-${standing}`} className="section-gap">
            <h2 id={`section-${standing}`}>
              {title} <span className="count">({groups[standing].length})</span>
            </h2>
            <ul className="card-list commitment-list">
              {groups[standing].map((commitment) => (
                <CommitmentItem
                  key={commitment.id}
                  commitment={commitment}
                  country={country}
                  meetings={byId}
                  standing={standing}
                  onAnswered={onAnswered}
                />
              ))}
            </ul>
          </section>
        ),
      )}
    </>
  );
}

export default function CountryPage({ code }: { code: CountryCode }) {
  const api = useApi();
  const { t } = useI18n();
  const parties = useParties();
  const name = parties.name(code);
  const load = useLoad(async () => {
    const [items, meetings] = await Promise.all([api.countryCommitments(code), api.meetings()]);
    return { items, meetings };
  }, code);
  return (
    <>
      <PageHeading title={t("country.title", { country: name })}>{t("country.title", { country: name })}</PageHeading>
      <p className="lead">{t("country.intro", { country: name })}</p>
      <LoadPending load={load} />
      {load.state === "ready" && (
        <CountryCommitments country={code} items={load.data.items} meetings={load.data.meetings} reload={load.reload} />
      )}
    </>
  );
}
