import type { Meeting, ReportStatus } from "../../domain/meetings";
import { useI18n } from "../../components/i18n";
import { useParties } from "../commitments/parts";

/** "San Pedro Sula, Honduras"; a virtual meeting without a place says so. */
export function MeetingPlace({ meeting }: { meeting: Pick<Meeting, "place" | "type"> }) {
  const { t } = useI18n();
  const parties = useParties();
  const parts = [meeting.place.city, meeting.place.country ? parties.name(meeting.place.country) : ""].filter((part) => part !== "");
  if (parts.length === 0) return <>{meeting.type === "virtual" ? t("meetings.types.virtual") : "—"}</>;
  return <>{parts.join(", ")}</>;
}

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-report-${status}`}>{t(`meetings.reportStatus.${status}`)}</span>;
}

/** "15 November 2016", or "15 November 2016 – 17 November 2016". */
export function MeetingDates({ meeting }: { meeting: Pick<Meeting, "date" | "date_end"> }) {
  const { date } = useI18n();
  return (
    <>
      <time dateTime={meeting.date}>{date(meeting.date)}</time>
      {meeting.date_end && meeting.date_end !== meeting.date && (
        <>
          {" – "}
          <time dateTime={meeting.date_end}>{date(meeting.date_end)}</time>
        </>
      )}
    </>
  );
}
