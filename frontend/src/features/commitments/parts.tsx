// Pieces shared by the meeting, commitment, country and follow-up pages: party names, status
// badges with text (never colour alone), deadlines as people read them, progress bars, and the
// accessible answer grid of a MEMBER_COUNTRIES commitment.

import { useMemo } from "react";
import { todayIsoDate } from "../../domain/dates";
import { formatRelative, relativeDays } from "../../domain/relativeTime";
import { RelativeTime } from "../../components/RelativeTime";
import {
  daysUntil,
  deadlineView,
  displayStatus,
  memberCountries,
  summarizeGrid,
  type Commitment,
  type CommitmentStatus,
  type CountryResponse,
  type Deadline,
  type ResponseState,
} from "../../domain/meetings";
import { partyFullName, partyList, partyName, type PartyDirectory } from "../../domain/parties";
import { Detail } from "../../components/Detail";
import { useI18n } from "../../components/i18n";
import { useReference } from "../../app";
import "./styles.css";

export type Parties = {
  readonly name: (code: string) => string;
  readonly fullName: (code: string) => string;
  readonly list: (codes: readonly string[]) => string;
  readonly directory: PartyDirectory;
};

/** Party and body names in the interface language (codes while the reference data loads). */
export function useParties(): Parties {
  const reference = useReference();
  const { language } = useI18n();
  return useMemo(() => {
    const directory: PartyDirectory = reference
      ? { countries: reference.countries, organizations: reference.organizations, networks: reference.networks }
      : { countries: [], organizations: [], networks: [] };
    return {
      directory,
      name: (code) => partyName(code, directory, language),
      fullName: (code) => partyFullName(code, directory, language),
      list: (codes) => partyList(codes, directory, language),
    };
  }, [reference, language]);
}

/** A party's short name, with its full name as a tooltip when they differ. */
export function PartyName({ code }: { code: string }) {
  const parties = useParties();
  const short = parties.name(code);
  const full = parties.fullName(code);
  return full !== short ? <abbr title={full}>{short}</abbr> : <>{short}</>;
}

export function StatusBadge({ commitment }: { commitment: Pick<Commitment, "status" | "overdue"> }) {
  const { t } = useI18n();
  const status = displayStatus(commitment);
  return <span className={`badge badge-commitment-${status}`}>{t(`commitments.status.${status}`)}</span>;
}

export function ResponseBadge({ state }: { state: ResponseState }) {
  const { t } = useI18n();
  return <span className={`badge badge-response-${state}`}>{t(`commitments.response.${state}`)}</span>;
}

/** Who owes a commitment and by when (as the report wrote it), as two entries of a <dl>. */
export function PartyAndDeadline({
  commitment,
  closed,
}: {
  commitment: Pick<Commitment, "party" | "deadline" | "status">;
  /** Done for the reader (a country that said it is done), though the commitment is still open. */
  closed?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <Detail term={t("commitments.detail.party")}>
        <PartyName code={commitment.party} />
      </Detail>
      <Detail term={t("commitments.detail.deadline")}>
        <DeadlineText deadline={commitment.deadline} showWritten closed={closed ?? isClosed(commitment.status)} />
      </Detail>
    </>
  );
}

/** Done or cancelled: its deadline no longer runs. */
export function isClosed(status: CommitmentStatus): boolean {
  return status === "done" || status === "cancelled";
}

/**
 * "Due 15 January 2017 (was due 10 years ago)", or "Pending: the next meeting of the RCGM…".
 * A closed commitment (done or cancelled) shows its date only: nothing is overdue any more.
 */
export function DeadlineText({
  deadline,
  today,
  showWritten = false,
  closed = false,
}: {
  deadline: Deadline;
  today?: string;
  showWritten?: boolean;
  closed?: boolean;
}) {
  const { t, date, language } = useI18n();
  const parties = useParties();
  const view = deadlineView(deadline);
  const written =
    showWritten && deadline.text.trim() !== "" ? (
      <span className="deadline-written"> {t("commitments.detail.deadlineAsWritten", { text: deadline.text })}</span>
    ) : null;
  if (view.type === "none") {
    return (
      <span className="deadline deadline-none">
        {t(view.vague ? "deadlines.vague" : "deadlines.none")}
        {written}
      </span>
    );
  }
  if (view.type === "standing") {
    return (
      <span className="deadline deadline-standing">
        {t("deadlines.standing")}
        {written}
      </span>
    );
  }
  if (view.type === "pendingEvent") {
    return (
      <span className="deadline deadline-pending">
        {t("deadlines.pendingEvent", { which: t(`deadlines.which.${view.event.which}`), body: parties.name(view.event.body) })}
        {written}
      </span>
    );
  }
  const days = daysUntil(view.due, today ?? todayIsoDate());
  const when = formatRelative(relativeDays(days), language);
  const relative = days < 0 ? t("deadlines.wasDue", { when }) : t("deadlines.dueWhen", { when });
  const main = view.event
    ? t("deadlines.dueEvent", { date: date(view.due), which: t(`deadlines.which.${view.event.which}`), body: parties.name(view.event.body) })
    : t("deadlines.due", { date: date(view.due) });
  if (closed) {
    return (
      <span className="deadline">
        {main}
        {written}
      </span>
    );
  }
  return (
    <span className={days < 0 ? "deadline deadline-past" : "deadline"}>
      {main} <span className="deadline-relative">({relative})</span>
      {written}
    </span>
  );
}

/** A labelled progress bar with its value as text beside it. */
export function ProgressBar({ value, label, text }: { value: number; label: string; text?: string }) {
  const { t } = useI18n();
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <span className="progress-line">
      <progress className="progress" max={100} value={clamped} aria-label={label} />
      <span className="progress-text">{text ?? t("commitments.detail.progressValue", { value: clamped })}</span>
    </span>
  );
}

/**
 * A commitment's one progress figure, labelled with what it measures. For a commitment asked of
 * every member country it is the share of countries that are done (what the server computes
 * from the answers), said as "2 of 11 countries done (18 %)" when the answers are at hand;
 * otherwise the progress its party reported.
 */
export function CommitmentProgress({
  commitment,
  responses,
}: {
  commitment: Pick<Commitment, "party" | "progress">;
  responses?: readonly CountryResponse[];
}) {
  const { t } = useI18n();
  if (commitment.party !== memberCountries) {
    return (
      <ProgressBar
        value={commitment.progress}
        label={t("commitments.detail.progress")}
        text={t("commitments.detail.progressLabelled", { value: commitment.progress })}
      />
    );
  }
  if (responses && responses.length > 0) {
    const summary = summarizeGrid(responses);
    return (
      <ProgressBar
        value={summary.donePercent}
        label={t("commitments.detail.countriesDone")}
        text={t("commitments.detail.countriesDoneOf", { done: summary.done, total: summary.total, value: summary.donePercent })}
      />
    );
  }
  return (
    <ProgressBar
      value={commitment.progress}
      label={t("commitments.detail.countriesDone")}
      text={t("commitments.detail.countriesDonePercent", { value: commitment.progress })}
    />
  );
}

/** One row per member country: its state and when it last answered. */
export function AnswerGrid({
  responses,
  caption,
  highlight,
}: {
  responses: readonly CountryResponse[];
  caption: string;
  highlight?: string | null;
}) {
  const { t } = useI18n();
  const parties = useParties();
  const summary = summarizeGrid(responses);
  return (
    <>
      <p className="grid-summary">
        {t("commitments.detail.gridSummary", { responded: summary.responded, total: summary.total, done: summary.done })}
      </p>
      <div className="table-wrap table-wrap-grid" role="region" tabIndex={0} aria-label={caption}>
        <table className="table">
          <caption className="table-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("commitments.detail.country")}</th>
              <th scope="col">{t("commitments.detail.state")}</th>
            </tr>
          </thead>
          <tbody>
            {responses.map((row) => (
              <tr key={row.country} aria-current={row.country === highlight ? "true" : undefined}>
                <th scope="row">{parties.name(row.country)}</th>
                <td>
                  <ResponseBadge state={row.state} />
                  {row.state === "answered" && row.progress !== null && (
                    <span className="table-sub">{t("commitments.detail.countryProgress", { value: row.progress })}</span>
                  )}
                  {row.updated && (
                    <span className="table-sub">
                      {t("commitments.detail.updated")}: <RelativeTime instant={row.updated} />
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
