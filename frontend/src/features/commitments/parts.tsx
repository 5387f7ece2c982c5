// Pieces shared by the meeting, commitment, country and follow-up pages: party names, status
// badges with text (never colour alone), deadlines as people read them, progress bars, and the
// accessible answer grid of a MEMBER_COUNTRIES commitment.

import { useMemo } from "react";
import { todayIsoDate } from "../../domain/dates";
import {
  daysUntil,
  deadlineView,
  displayStatus,
  summarizeGrid,
  type Commitment,
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
export function PartyAndDeadline({ commitment }: { commitment: Pick<Commitment, "party" | "deadline"> }) {
  const { t } = useI18n();
  return (
    <>
      <Detail term={t("commitments.detail.party")}>
        <PartyName code={commitment.party} />
      </Detail>
      <Detail term={t("commitments.detail.deadline")}>
        <DeadlineText deadline={commitment.deadline} showWritten />
      </Detail>
    </>
  );
}

/** "15 January 2017 · overdue by 3,600 days", or "Pending: the next meeting of the RCGM…". */
export function DeadlineText({ deadline, today, showWritten = false }: { deadline: Deadline; today?: string; showWritten?: boolean }) {
  const { t, date, language } = useI18n();
  const parties = useParties();
  const view = deadlineView(deadline);
  const number = new Intl.NumberFormat(language === "es" ? "es" : "en-GB");
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
  if (view.type === "pendingEvent") {
    return (
      <span className="deadline deadline-pending">
        {t("deadlines.pendingEvent", { which: t(`deadlines.which.${view.event.which}`), body: parties.name(view.event.body) })}
        {written}
      </span>
    );
  }
  const days = daysUntil(view.due, today ?? todayIsoDate());
  const relative =
    days < 0
      ? days === -1
        ? t("deadlines.overdueOneDay")
        : t("deadlines.overdueDays", { days: number.format(-days) })
      : days === 0
        ? t("deadlines.dueToday")
        : days === 1
          ? t("deadlines.dueInOneDay")
          : t("deadlines.dueInDays", { days: number.format(days) });
  const main = view.event
    ? t("deadlines.dueEvent", { date: date(view.due), which: t(`deadlines.which.${view.event.which}`), body: parties.name(view.event.body) })
    : t("deadlines.due", { date: date(view.due) });
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
  const { t, dateTime } = useI18n();
  const parties = useParties();
  const summary = summarizeGrid(responses);
  return (
    <>
      <p className="grid-summary">
        {t("commitments.detail.gridSummary", { responded: summary.responded, total: summary.total, done: summary.done })}
      </p>
      <ProgressBar value={summary.respondedPercent} label={caption} />
      <div className="table-wrap table-wrap-grid" role="region" tabIndex={0} aria-label={caption}>
        <table className="table">
          <caption className="table-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("commitments.detail.country")}</th>
              <th scope="col">{t("commitments.detail.state")}</th>
              <th scope="col">{t("commitments.detail.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {responses.map((row) => (
              <tr key={row.country} aria-current={row.country === highlight ? "true" : undefined}>
                <th scope="row">{parties.name(row.country)}</th>
                <td>
                  <ResponseBadge state={row.state} />
                </td>
                <td>{row.updated ? dateTime(row.updated) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
