import type { MeetingId } from "../../domain/ids";
import type { Meeting, ReportStatus } from "../../domain/meetings";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi } from "../../app";
import { meetingTitle } from "./meetingTitle";
import { meetingPaths } from "./routes";
import { CheckboxGroup, type Option } from "../../components/fields";
import { useI18n } from "../../components/i18n";
import type { Message } from "../../components/messages";
import { useParties } from "../commitments";
import "./styles.css";

/**
 * The choices of a meeting's form (recording one, or reviewing an imported report): the member
 * countries by name, the organisations that may take part, and the bodies a report may be
 * submitted to.
 */
export function useMeetingPartyOptions(): { countries: Option[]; organisations: Option[]; receivers: Option[] } {
  const { language } = useI18n();
  const parties = useParties();
  const collator = new Intl.Collator(language, { sensitivity: "base" });
  const countries = parties.directory.countries
    .map((c) => ({ value: c.code as string, label: parties.name(c.code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const organisations = parties.directory.organizations
    .filter((o) => o.code !== "MEMBER_COUNTRIES")
    .map((o) => ({ value: o.code as string, label: parties.name(o.code) }));
  const receivers = parties.directory.organizations
    .filter((o) => o.kind === "process" || o.kind === "process_body")
    .map((o) => ({ value: o.code as string, label: parties.fullName(o.code) }));
  return { countries, organisations, receivers };
}

/**
 * A meeting's participants, chosen in two groups (countries, organisations) that share one
 * list of codes: ticking in one group leaves the other group's codes alone.
 */
export function ParticipantFields({
  idPrefix,
  participants,
  onChange,
  error,
}: {
  idPrefix: string;
  participants: readonly string[];
  onChange: (participants: string[]) => void;
  error?: Message | undefined;
}) {
  const { t } = useI18n();
  const { countries, organisations } = useMeetingPartyOptions();
  const valuesIn = (group: readonly Option[]) => participants.filter((code) => group.some((o) => o.value === code));
  const replaceGroup = (group: readonly Option[], chosen: string[]) =>
    onChange([...participants.filter((code) => !group.some((o) => o.value === code)), ...chosen]);
  return (
    <>
      <CheckboxGroup id={`${idPrefix}-participants`} label={t("meetings.fields.participantCountries")} values={valuesIn(countries)}
        onChange={(chosen) => replaceGroup(countries, chosen)} error={error} options={countries} />
      <CheckboxGroup id={`${idPrefix}-organizations`} label={t("meetings.fields.participantOrganizations")} values={valuesIn(organisations)}
        onChange={(chosen) => replaceGroup(organisations, chosen)} options={organisations} />
    </>
  );
}

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

/** A breadcrumb link to a meeting, by its name (title, place and year) once it has loaded. */
export function MeetingCrumb({ id }: { id: MeetingId }) {
  const api = useApi();
  const { t, language } = useI18n();
  const parties = useParties();
  const load = useLoad(() => api.meeting(id), `crumb-${id}`);
  const name = load.state === "ready" ? meetingTitle(load.data, parties, language, t) : t("meetings.detail.title");
  return <Link to={meetingPaths.meeting(id)}>{name}</Link>;
}
