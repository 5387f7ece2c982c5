// The follow-up page's tools: filters by meeting, party, country and status kept in the address
// (so that a view can be shared by its link), the view's lists and grids as XLSX and CSV in the
// reader's language, and completion over the last twelve months as a small chart with its figures
// also in a table (for screen readers and for those who prefer numbers).

import { useMemo } from "react";
import { asCountryCode, asMeetingId } from "../../domain/ids";
import { commitmentStatuses, type CommitmentStatus, type FollowUp, type FollowUpFilters } from "../../domain/meetings";
import type { MeetingSummary } from "../../domain/meetings";
import { SelectField } from "../../components/fields";
import { useI18n } from "../../components/i18n";
import { navigate, useLocation } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi } from "../../app";
import { useParties } from "../commitments";
import { meetingTitle } from "../meetings";

const keys = ["meeting", "party", "country", "status"] as const;

/** The filters in the address (?meeting=&party=&country=&status=); unknown values are ignored. */
export function useFollowUpFilters(): { filters: FollowUpFilters; key: string } {
  const location = useLocation();
  return useMemo(() => {
    const search = location.search;
    const filters: FollowUpFilters = {};
    const meeting = search.get("meeting");
    if (meeting && /^\d{1,18}$/.test(meeting)) filters.meeting = asMeetingId(Number(meeting));
    const party = search.get("party");
    if (party && /^[A-Z_0-9]{1,40}$/.test(party)) filters.party = party as FollowUpFilters["party"];
    const country = search.get("country");
    if (country && /^[A-Z]{2}$/.test(country)) filters.country = asCountryCode(country);
    const status = search.get("status");
    if (status && (commitmentStatuses as readonly string[]).includes(status)) filters.status = status as CommitmentStatus;
    return { filters, key: keys.map((name) => `${name}=${String(filters[name] ?? "")}`).join("&") };
  }, [location.search]);
}

function setFilter(filters: FollowUpFilters, name: (typeof keys)[number], value: string) {
  const next = new URLSearchParams();
  for (const key of keys) {
    const current = key === name ? value : filters[key];
    if (current !== undefined && current !== "") next.set(key, String(current));
  }
  const query = next.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ""}`, { replace: true });
}

export function FollowUpFilterBar({ filters }: { filters: FollowUpFilters }) {
  const api = useApi();
  const parties = useParties();
  const { t, language } = useI18n();
  const meetings = useLoad(() => api.meetings(), "follow-up-meetings");
  const meetingOptions = meetings.state === "ready" ? meetings.data : ([] as readonly MeetingSummary[]);
  const members = parties.directory.countries.filter((country) => country.status === "member");
  const partyCodes = [
    "MEMBER_COUNTRIES",
    "TS",
    ...members.map((country) => country.code as string),
    ...parties.directory.organizations.filter((organization) => organization.code !== "MEMBER_COUNTRIES").map((organization) => organization.code as string),
  ];
  const any = keys.some((key) => filters[key] !== undefined);
  return (
    <form className="filter-bar" role="search" aria-label={t("followUp.filters.title")} onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="filter-meeting"
        label={t("followUp.filters.meeting")}
        optionalMarker={false}
        value={filters.meeting === undefined ? "" : String(filters.meeting)}
        onChange={(value) => setFilter(filters, "meeting", value)}
        placeholder={t("followUp.filters.all")}
        options={meetingOptions.map((meeting) => ({ value: String(meeting.id), label: meetingTitle(meeting, parties, language, t) }))}
      />
      <SelectField
        id="filter-party"
        label={t("followUp.filters.party")}
        optionalMarker={false}
        value={filters.party ?? ""}
        onChange={(value) => setFilter(filters, "party", value)}
        placeholder={t("followUp.filters.all")}
        options={partyCodes.map((code) => ({ value: code, label: parties.name(code) }))}
      />
      <SelectField
        id="filter-country"
        label={t("followUp.filters.country")}
        hint={t("followUp.filters.countryHint")}
        optionalMarker={false}
        value={filters.country ?? ""}
        onChange={(value) => setFilter(filters, "country", value)}
        placeholder={t("followUp.filters.all")}
        options={members.map((country) => ({ value: country.code, label: parties.name(country.code) }))}
      />
      <SelectField
        id="filter-status"
        label={t("followUp.filters.status")}
        optionalMarker={false}
        value={filters.status ?? ""}
        onChange={(value) => setFilter(filters, "status", value)}
        placeholder={t("followUp.filters.all")}
        options={commitmentStatuses.map((status) => ({ value: status, label: t(`commitments.status.${status}`) }))}
      />
      {any && (
        <p className="filter-clear">
          <button type="button" className="button button-secondary" onClick={() => navigate(window.location.pathname, { replace: true })}>
            {t("followUp.filters.clear")}
          </button>
        </p>
      )}
    </form>
  );
}

export function ExportLinks({ filters }: { filters: FollowUpFilters }) {
  const api = useApi();
  const { t, language } = useI18n();
  return (
    <p className="export-links">
      <span>{t("followUp.export.title")}</span>{" "}
      <a className="button button-secondary button-small" href={api.followUpExportUrl(filters, "xlsx", "commitments", language)} download>
        {t("followUp.export.xlsx")}
      </a>{" "}
      <a className="button button-secondary button-small" href={api.followUpExportUrl(filters, "csv", "commitments", language)} download>
        {t("followUp.export.csvList")}
      </a>{" "}
      <a className="button button-secondary button-small" href={api.followUpExportUrl(filters, "csv", "grid", language)} download>
        {t("followUp.export.csvGrid")}
      </a>
    </p>
  );
}

/** Completion over the last twelve months: commitments done (bars) and answers given, cumulative. */
export function CompletionChart({ timeline }: { timeline: FollowUp["timeline"] }) {
  const { t, language } = useI18n();
  const max = Math.max(1, ...timeline.map((point) => Math.max(point.done, point.answers)));
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(language, { month: "short", year: "2-digit", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  const width = 24 * timeline.length;
  const height = 80;
  return (
    <figure className="completion-chart">
      <figcaption id="completion-chart-title">{t("followUp.chart.title")}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 16}`} role="img" aria-labelledby="completion-chart-title" preserveAspectRatio="none">
        {timeline.map((point, index) => {
          const done = (point.done / max) * height;
          const answers = (point.answers / max) * height;
          return (
            <g key={point.month}>
              <rect x={index * 24 + 3} y={height - answers} width={8} height={answers} className="chart-answers" />
              <rect x={index * 24 + 12} y={height - done} width={8} height={done} className="chart-done" />
            </g>
          );
        })}
      </svg>
      <p className="chart-legend">
        <span className="chart-key chart-answers" aria-hidden="true" /> {t("followUp.chart.answers")}{" "}
        <span className="chart-key chart-done" aria-hidden="true" /> {t("followUp.chart.done")}
      </p>
      <details>
        <summary>{t("followUp.chart.figures")}</summary>
        <div className="table-wrap" role="region" tabIndex={0} aria-label={t("followUp.chart.figures")}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("followUp.chart.month")}</th>
                <th scope="col">{t("followUp.chart.answers")}</th>
                <th scope="col">{t("followUp.chart.done")}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.map((point) => (
                <tr key={point.month}>
                  <th scope="row">{monthName(point.month)}</th>
                  <td>{point.answers.toLocaleString(language)}</td>
                  <td>{point.done.toLocaleString(language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

