// The Technical Secretariat's overview (its home page): what is overdue and by whom, what falls
// due in the next 30 days, how far each meeting's commitments have got, and the answer grid of
// every commitment asked of all member countries — counts and bars to look at, tables to read.

import { useMemo } from "react";
import { asCountryCode, type MeetingId } from "../../domain/ids";
import { percent, sortCommitments, summarizeGrid, type Commitment, type FollowUp, type MeetingRef, type MeetingSummary } from "../../domain/meetings";
import { Empty, LoadPending, Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { Table } from "../../components/Table";
import { commitmentPaths, DeadlineText, isClosed, PartyName, ProgressBar, StatusBadge, useParties } from "../commitments";
import { meetingPaths, meetingTitle } from "../meetings";
import { useApi } from "../../app";
import { followUpPaths } from "./routes";
import { CompletionChart, ExportLinks, FollowUpFilterBar, useFollowUpFilters } from "./FollowUpTools";
import "./styles.css";

function CommitmentTable({
  id,
  caption,
  items,
  meetings,
  today,
}: {
  id: string;
  caption: string;
  items: readonly Commitment[];
  meetings: ReadonlyMap<MeetingId, MeetingRef | MeetingSummary>;
  today: string;
}) {
  const { t, language } = useI18n();
  const parties = useParties();
  return (
    <Table labelledBy={id} className="table table-stack" caption={caption}
      columns={[t("followUp.commitment"), t("followUp.party"), t("commitments.detail.deadline"), t("commitments.detail.status")]}>
      {sortCommitments(items).map((commitment) => {
        const meeting = meetings.get(commitment.meeting);
        return (
          <tr key={commitment.id}>
            <td data-label={t("followUp.commitment")}>
              <Link to={commitmentPaths.commitment(commitment.id)}>
                <Localized value={commitment.action} />
              </Link>
              <span className="table-sub">
                {meeting
                  ? t("country.from", { meeting: meetingTitle(meeting, parties, language, t), number: commitment.agreement_number })
                  : t("commitments.detail.agreement", { number: commitment.agreement_number })}
              </span>
            </td>
            <td data-label={t("followUp.party")}>
              <PartyName code={commitment.party} />
            </td>
            <td data-label={t("commitments.detail.deadline")}>
              <DeadlineText deadline={commitment.deadline} today={today} closed={isClosed(commitment.status)} />
            </td>
            <td data-label={t("commitments.detail.status")}>
              <StatusBadge commitment={commitment} />
              <span className="table-sub">
                {commitment.party === "MEMBER_COUNTRIES"
                  ? t("commitments.detail.countriesDonePercent", { value: commitment.progress })
                  : t("commitments.detail.progressLabelled", { value: commitment.progress })}
              </span>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

function Overview({ data, summaries }: { data: FollowUp; summaries: readonly MeetingSummary[] }) {
  const { t, date, language } = useI18n();
  const parties = useParties();
  // Meetings are named as everywhere else (their title, place and year): the follow-up's own
  // references carry no title, the list of meetings does.
  const meetings = useMemo(() => {
    const titled = new Map(summaries.map((summary) => [summary.id, summary]));
    return new Map<MeetingId, MeetingRef | MeetingSummary>(data.meetings.map((entry) => [entry.meeting.id, titled.get(entry.meeting.id) ?? entry.meeting]));
  }, [data.meetings, summaries]);
  const byParty = Object.entries(data.overdue_by_party).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const maxByParty = Math.max(1, ...byParty.map(([, count]) => count));
  const countryCodes = new Set(parties.directory.countries.map((c) => c.code as string));

  return (
    <>
      <p className="lead">{t("followUp.intro")}</p>
      <p className="today">{t("followUp.today", { date: date(data.today) })}</p>

      <ul className="stat-list stat-list-wide" aria-label={t("country.summary")}>
        <li className="stat stat-overdue">
          <a href="#overdue-title">
            <span className="stat-number">{data.overdue.length}</span> <span className="stat-label">{t("followUp.overdueTitle")}</span>
          </a>
        </li>
        <li className="stat stat-pending">
          <a href="#due-soon-title">
            <span className="stat-number">{data.due_soon.length}</span> <span className="stat-label">{t("followUp.dueSoonTitle")}</span>
          </a>
        </li>
        <li className="stat">
          <a href="#meetings-title">
            <span className="stat-number">{data.meetings.length}</span> <span className="stat-label">{t("followUp.meetingsTitle")}</span>
          </a>
        </li>
        <li className="stat">
          <a href="#grids-title">
            <span className="stat-number">{data.grids.length}</span> <span className="stat-label">{t("followUp.gridsTitle")}</span>
          </a>
        </li>
      </ul>

      <section aria-labelledby="overdue-title" className="section-gap">
        <h2 id="overdue-title">
          {t("followUp.overdueTitle")} <span className="count">({data.overdue.length})</span>
        </h2>
        {data.overdue.length === 0 ? (
          <Empty>{t("followUp.noOverdue")}</Empty>
        ) : (
          <>
            <h3 id="by-party-title">{t("followUp.overdueByParty")}</h3>
            <div className="table-wrap table-narrow" role="region" tabIndex={0} aria-labelledby="by-party-title">
              <table className="table">
                <caption className="visually-hidden">{t("followUp.overdueByPartyCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("followUp.party")}</th>
                    <th scope="col">{t("followUp.count")}</th>
                  </tr>
                </thead>
                <tbody>
                  {byParty.map(([party, count]) => (
                    <tr key={party}>
                      <th scope="row">
                        {countryCodes.has(party) ? (
                          <Link to={followUpPaths.country(asCountryCode(party))}>{parties.name(party)}</Link>
                        ) : (
                          <PartyName code={party} />
                        )}
                      </th>
                      <td>
                        <span className="bar-cell">
                          <progress className="progress progress-overdue" max={maxByParty} value={count} aria-label={parties.name(party)} />
                          <span className="progress-text">{count}</span>
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <CommitmentTable id="overdue-title" caption={t("followUp.overdueTitle")} items={data.overdue} meetings={meetings} today={data.today} />
          </>
        )}
      </section>

      <section aria-labelledby="due-soon-title" className="section-gap">
        <h2 id="due-soon-title">
          {t("followUp.dueSoonTitle")} <span className="count">({data.due_soon.length})</span>
        </h2>
        {data.due_soon.length === 0 ? (
          <Empty>{t("followUp.noDueSoon")}</Empty>
        ) : (
          <CommitmentTable id="due-soon-title" caption={t("followUp.dueSoonTitle")} items={data.due_soon} meetings={meetings} today={data.today} />
        )}
      </section>

      <section aria-labelledby="meetings-title" className="section-gap">
        <h2 id="meetings-title">{t("followUp.meetingsTitle")}</h2>
        {data.meetings.length === 0 ? (
          <Empty>{t("followUp.noMeetings")}</Empty>
        ) : (
          <Table labelledBy="meetings-title" className="table table-stack" caption={t("followUp.meetingsCaption")}
            columns={[t("followUp.meeting"), t("followUp.commitments"), t("followUp.done"), t("followUp.overdue"), t("followUp.completion")]}>
            {data.meetings.map((entry) => {
              const title = meetingTitle(meetings.get(entry.meeting.id) ?? entry.meeting, parties, language, t);
              return (
                <tr key={entry.meeting.id}>
                  <td data-label={t("followUp.meeting")}>
                    <Link to={meetingPaths.meeting(entry.meeting.id)}>{title}</Link>
                    <span className="table-sub">{date(entry.meeting.date)}</span>
                  </td>
                  <td data-label={t("followUp.commitments")}>{entry.commitments}</td>
                  <td data-label={t("followUp.done")}>{entry.done}</td>
                  <td data-label={t("followUp.overdue")}>
                    {entry.overdue > 0 ? <span className="badge badge-commitment-overdue">{entry.overdue}</span> : 0}
                  </td>
                  <td data-label={t("followUp.completion")}>
                    <ProgressBar value={percent(entry.done, entry.commitments)} label={`${t("followUp.completion")}: ${title}`} />
                  </td>
                </tr>
              );
            })}
          </Table>
        )}
      </section>

      <section aria-labelledby="grids-title" className="section-gap">
        <h2 id="grids-title">{t("followUp.gridsTitle")}</h2>
        <p>{t("followUp.gridsIntro")}</p>
        {data.grids.length === 0 ? (
          <Empty>{t("followUp.noGrids")}</Empty>
        ) : (
          <div className="table-wrap table-wrap-matrix" role="region" tabIndex={0} aria-labelledby="grids-title">
            <table className="table matrix">
              <caption className="visually-hidden">{t("followUp.gridsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("followUp.commitment")}</th>
                  <th scope="col">{t("followUp.responded")}</th>
                  {data.member_countries.map((code) => (
                    <th scope="col" key={code} className="matrix-country">
                      <Link to={followUpPaths.country(code)}>
                        <abbr title={parties.name(code)}>{code}</abbr>
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.grids.map(({ commitment, responses }) => {
                  const summary = summarizeGrid(responses);
                  const meeting = meetings.get(commitment.meeting);
                  const byCountry = new Map(responses.map((row) => [row.country as string, row.state]));
                  return (
                    <tr key={commitment.id}>
                      <th scope="row" className="matrix-commitment">
                        <Link to={commitmentPaths.commitment(commitment.id)}>
                          <Localized value={commitment.action} />
                        </Link>
                        <span className="table-sub matrix-meeting">
                          {meeting
                            ? t("country.from", { meeting: meetingTitle(meeting, parties, language, t), number: commitment.agreement_number })
                            : t("commitments.detail.agreement", { number: commitment.agreement_number })}
                        </span>
                        <span className="table-sub">
                          <DeadlineText deadline={commitment.deadline} today={data.today} closed={isClosed(commitment.status)} />
                        </span>
                      </th>
                      <td>
                        {summary.responded}/{summary.total}
                      </td>
                      {data.member_countries.map((code) => {
                        const state = byCountry.get(code) ?? "not_started";
                        return (
                          <td key={code} className={`matrix-cell matrix-${state}`}>
                            <span aria-hidden="true">{state === "done" ? "✔" : state === "answered" ? "●" : "–"}</span>
                            <span className="visually-hidden">
                              {parties.name(code)}: {t(`commitments.response.${state}`)}
                            </span>
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {/* A heat map: each cell coloured by its state, with a symbol and (for screen readers) words,
                so that colour is never the only signal; the legend shows both. */}
            <p className="matrix-legend">
              <span className="legend-swatch matrix-done" aria-hidden="true">✔</span> {t("commitments.response.done")}{" "}
              <span className="legend-swatch matrix-answered" aria-hidden="true">●</span> {t("commitments.response.answered")}{" "}
              <span className="legend-swatch matrix-not_started" aria-hidden="true">–</span> {t("commitments.response.not_started")}
            </p>
          </div>
        )}
      </section>
    </>
  );
}

export default function FollowUpPage() {
  const api = useApi();
  const { t } = useI18n();
  const { filters, key } = useFollowUpFilters();
  const load = useLoad(async () => {
    const [data, summaries] = await Promise.all([api.followUp(filters), api.meetings()]);
    return { data, summaries };
  }, `follow-up?${key}`);
  return (
    <>
      <PageHeading title={t("followUp.title")}>{t("followUp.title")}</PageHeading>
      <FollowUpFilterBar filters={filters} />
      <ExportLinks filters={filters} />
      <LoadPending load={load} />
      {load.state === "ready" && load.data.data.timeline.some((point) => point.done + point.answers > 0) && (
        <CompletionChart timeline={load.data.data.timeline} />
      )}
      {load.state === "ready" && <Overview data={load.data.data} summaries={load.data.summaries} />}
    </>
  );
}
