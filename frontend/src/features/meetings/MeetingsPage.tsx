// The meetings of the process, newest first: body, date, place, the report's status. The TS
// records new ones from here (or imports a report).

import { canImportReports, canManageMeetings } from "../../domain/access";
import type { MeetingSummary } from "../../domain/meetings";
import { Empty, LoadPending, MessageNotice } from "../../components/feedback";
import { useFlash } from "../../components/flash";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { Table } from "../../components/Table";
import { useParties } from "../commitments";
import { useApi, useUser } from "../../app";
import { meetingTitle } from "./meetingTitle";
import { MeetingDates, MeetingPlace, ReportStatusBadge } from "./parts";
import { importPaths } from "../imports";
import { meetingPaths } from "./routes";
import "./styles.css";

function MeetingTable({ meetings }: { meetings: readonly MeetingSummary[] }) {
  const { t, language } = useI18n();
  const parties = useParties();
  return (
    <Table labelledBy="meetings-results" className="table table-stack" caption={t("meetings.list.caption")}
      columns={[t("meetings.list.meeting"), t("meetings.list.date"), t("meetings.list.place"), t("meetings.list.report")]}>
      {meetings.map((meeting) => (
        <tr key={meeting.id}>
          <td data-label={t("meetings.list.meeting")}>
            <Link to={meetingPaths.meeting(meeting.id)}>{meetingTitle(meeting, parties, language, t)}</Link>
            <span className="table-sub">
              {parties.fullName(meeting.body)} · {t(`meetings.types.${meeting.type}`)}
              {meeting.cancelled && (
                <>
                  {" · "}
                  <span className="badge badge-cancelled">{t("meetings.detail.cancelled")}</span>
                </>
              )}
            </span>
          </td>
          <td data-label={t("meetings.list.date")}>
            <MeetingDates meeting={meeting} />
          </td>
          <td data-label={t("meetings.list.place")}>
            <MeetingPlace meeting={meeting} />
          </td>
          <td data-label={t("meetings.list.report")}>
            <ReportStatusBadge status={meeting.report_status} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

export default function MeetingsPage() {
  const api = useApi();
  const user = useUser();
  const { t } = useI18n();
  const flash = useFlash();
  const load = useLoad(() => api.meetings(), "meetings");
  return (
    <>
      <PageHeading title={t("meetings.list.title")}>{t("meetings.list.title")}</PageHeading>
      <p className="lead">{t("meetings.list.intro")}</p>
      {flash && <MessageNotice message={flash} />}
      {canManageMeetings(user) && (
        <p className="action-links">
          <Link to={meetingPaths.newMeeting()} className="button">
            {t("meetings.list.new")}
          </Link>
          {canImportReports(user) && (
            <Link to={importPaths.newImport()} className="button button-secondary">
              {t("nav.import")}
            </Link>
          )}
        </p>
      )}
      <h2 id="meetings-results" className="visually-hidden">
        {t("meetings.list.caption")}
      </h2>
      <LoadPending load={load} />
      {load.state === "ready" &&
        (load.data.length === 0 ? <Empty>{t("meetings.list.empty")}</Empty> : <MeetingTable meetings={load.data} />)}
    </>
  );
}
