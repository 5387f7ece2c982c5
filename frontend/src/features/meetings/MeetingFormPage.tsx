// Recording and editing a meeting (TS). Edits send If-Match; after a 412 the latest version can
// be loaded, keeping the fields this user changed and showing the saved value beside them.

import { useRef, useState } from "react";
import type { ApiError } from "../../api/errors";
import { canManageMeetings } from "../../domain/access";
import type { MeetingId, Version } from "../../domain/ids";
import {
  changedMeetingFields,
  emptyMeetingForm,
  meetingFieldFor,
  meetingFormValues,
  toMeetingInput,
  validateMeetingForm,
  type MeetingFormValues,
} from "../../domain/meetingForms";
import { meetingTypes, reportStatuses, type Meeting, type MeetingSummary, type MeetingType, type ReportStatus } from "../../domain/meetings";
import { bodyOptions } from "../../domain/parties";
import { LoadFailure, Loading, Notice } from "../../components/feedback";
import { CheckboxField, DateField, SelectField, TextField } from "../../components/fields";
import { setFlash } from "../../components/flash";
import { ErrorSummary, fieldErrorsFrom, SubmitButton, useForm, useLatestVersion, validationMessages } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useParties } from "../commitments";
import { useApi, useUser } from "../../app";
import { meetingTitle } from "./meetingTitle";
import { ParticipantFields, useMeetingPartyOptions, MeetingCrumb } from "./parts";
import { meetingPaths } from "./routes";
import "./styles.css";

const validate = (values: MeetingFormValues) => fieldErrorsFrom(validateMeetingForm(values), validationMessages);

function fieldForError(error: ApiError): keyof MeetingFormValues | null {
  if (error.code === "unknown_meeting") return "considered_at";
  return null;
}

function MeetingForm({ meeting, others }: { meeting: Meeting | null; others: readonly MeetingSummary[] }) {
  const api = useApi();
  const { t, language } = useI18n();
  const parties = useParties();
  const [initialValues] = useState(() => (meeting ? meetingFormValues(meeting) : emptyMeetingForm));
  const base = useRef<{ version: Version | null; values: MeetingFormValues }>({ version: meeting?.version ?? null, values: initialValues });

  const form = useForm<MeetingFormValues>({
    initial: initialValues,
    validate,
    fieldFor: meetingFieldFor,
    fieldForError,
    onSubmit: async (values) => {
      if (meeting && base.current.version !== null) {
        const change = changedMeetingFields(toMeetingInput(base.current.values), toMeetingInput(values));
        if (Object.keys(change).length > 0) await api.updateMeeting(meeting.id, change, base.current.version);
        setFlash({ key: "meetings.form.saved" });
        navigate(meetingPaths.meeting(meeting.id));
      } else {
        const created = await api.createMeeting(toMeetingInput(values));
        setFlash({ key: "meetings.form.created" });
        navigate(meetingPaths.meeting(created.id));
      }
    },
  });

  const { loadLatest, reloading, reloaded } = useLatestVersion(form, base, async () => {
    if (!meeting) return null;
    const latest = await api.meeting(meeting.id);
    return { version: latest.version, values: meetingFormValues(latest) };
  });

  const { values, errors, set, savedValue: saved } = form;
  const labels: Partial<Record<keyof MeetingFormValues, string>> = {
    body: t("meetings.fields.body"),
    type: t("meetings.fields.type"),
    title_es: t("meetings.fields.titleEs"),
    title_en: t("meetings.fields.titleEn"),
    city: t("meetings.fields.city"),
    country: t("meetings.fields.country"),
    date: t("meetings.fields.date"),
    date_end: t("meetings.fields.dateEnd"),
    participants: t("meetings.fields.participants"),
    agenda: t("meetings.fields.agenda"),
    video_link: t("meetings.fields.videoLink"),
    report_status: t("meetings.fields.reportStatus"),
    submitted_to: t("meetings.fields.submittedTo"),
    considered_at: t("meetings.fields.consideredAt"),
  };
  const { countries, receivers } = useMeetingPartyOptions();
  const showsReceiver = values.report_status === "submitted" || values.report_status === "considered";
  const candidates = others
    .filter((other) => other.id !== meeting?.id && (values.submitted_to === "" || other.body === values.submitted_to))
    .map((other) => ({ value: String(other.id), label: `${meetingTitle(other, parties, language, t)} (${other.date})` }));
  const setAgenda = (index: number, side: "es" | "en", text: string) =>
    set(
      "agenda",
      values.agenda.map((row, i) => (i === index ? { ...row, [side]: text } : row)),
    );

  return (
    <>
      {reloaded > 0 && form.failure === null && (
        <Notice tone="warning" focus>
          <p>{t("contacts.form.latestLoaded")}</p>
        </Notice>
      )}
      <ErrorSummary
        failure={form.failure}
        errors={errors}
        labels={labels}
        idPrefix="meeting"
        summaryRef={form.summaryRef}
        onLoadLatest={loadLatest}
        reloading={reloading}
      />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <fieldset className="form-section">
          <legend>{t("meetings.form.whatLegend")}</legend>
          <SelectField id="meeting-body" label={labels.body ?? ""} required value={values.body} onChange={(v) => set("body", v)}
            error={errors.body} saved={saved("body")} placeholder={t("common.choose")} options={bodyOptions(parties.directory, language)} />
          <SelectField id="meeting-type" label={labels.type ?? ""} required value={values.type} onChange={(v) => set("type", v as MeetingType | "")}
            error={errors.type} saved={saved("type")} placeholder={t("common.choose")} width="medium"
            options={meetingTypes.map((type) => ({ value: type, label: t(`meetings.types.${type}`) }))} />
          <TextField id="meeting-title_es" label={labels.title_es ?? ""} hint={t("meetings.form.titleHint")} value={values.title_es}
            onChange={(v) => set("title_es", v)} error={errors.title_es} saved={saved("title_es")} maxLength={300} />
          <TextField id="meeting-title_en" label={labels.title_en ?? ""} value={values.title_en}
            onChange={(v) => set("title_en", v)} error={errors.title_en} saved={saved("title_en")} maxLength={300} />
          {values.type === "virtual" && (
            <TextField id="meeting-video_link" label={labels.video_link ?? ""} hint={t("meetings.form.videoLinkHint")} type="text" inputMode="text"
              value={values.video_link} onChange={(v) => set("video_link", v)} error={errors.video_link} saved={saved("video_link")} />
          )}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t("meetings.form.whereLegend")}</legend>
          <TextField id="meeting-city" label={labels.city ?? ""} required={values.type !== "virtual"} value={values.city} onChange={(v) => set("city", v)}
            error={errors.city} saved={saved("city")} maxLength={120} width="medium" />
          <SelectField id="meeting-country" label={labels.country ?? ""} required={values.type !== "virtual"} value={values.country} onChange={(v) => set("country", v)}
            error={errors.country} saved={saved("country")} placeholder={t("common.choose")} options={countries} width="medium" />
          <DateField id="meeting-date" label={labels.date ?? ""} required width="short" value={values.date}
            onChange={(v) => set("date", v)} error={errors.date} saved={saved("date")} />
          <DateField id="meeting-date_end" label={labels.date_end ?? ""} width="short" hint={t("meetings.form.dateEndHint")}
            value={values.date_end} onChange={(v) => set("date_end", v)} error={errors.date_end} saved={saved("date_end")} />
          {meeting && (
            <CheckboxField id="meeting-cancelled" label={t("meetings.fields.cancelled")} hint={t("meetings.form.cancelledHint")}
              checked={values.cancelled} onChange={(checked) => set("cancelled", checked)} />
          )}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t("meetings.form.whoLegend")}</legend>
          <ParticipantFields idPrefix="meeting" participants={values.participants} onChange={(v) => set("participants", v)} error={errors.participants} />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t("meetings.form.agendaLegend")}</legend>
          {errors.agenda && (
            <p className="field-error" id="meeting-agenda">
              {"key" in errors.agenda ? t(errors.agenda.key) : errors.agenda.text}
            </p>
          )}
          {values.agenda.length === 0 && <p className="empty-state">{t("meetings.form.agendaEmpty")}</p>}
          <ol className="agenda-rows">
            {values.agenda.map((row, index) => (
              <li key={index} className="agenda-row">
                <TextField id={`meeting-agenda-${index}-es`} label={t("meetings.fields.agendaEs", { number: index + 1 })} value={row.es}
                  onChange={(v) => setAgenda(index, "es", v)} maxLength={500} />
                <TextField id={`meeting-agenda-${index}-en`} label={t("meetings.fields.agendaEn", { number: index + 1 })} value={row.en}
                  onChange={(v) => setAgenda(index, "en", v)} maxLength={500} />
                <button type="button" className="button button-secondary button-small"
                  onClick={() => set("agenda", values.agenda.filter((_, i) => i !== index))}>
                  {t("meetings.form.removeAgendaItem", { number: index + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="button button-secondary add-agenda" onClick={() => set("agenda", [...values.agenda, { es: "", en: "" }])}>
            {t("meetings.form.addAgendaItem")}
          </button>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t("meetings.form.reportLegend")}</legend>
          <SelectField id="meeting-report_status" label={labels.report_status ?? ""} required value={values.report_status}
            onChange={(v) => set("report_status", v as ReportStatus)} error={errors.report_status} saved={saved("report_status")} width="medium"
            options={reportStatuses.map((status) => ({ value: status, label: t(`meetings.reportStatus.${status}`) }))} />
          {showsReceiver && (
            <SelectField id="meeting-submitted_to" label={labels.submitted_to ?? ""} hint={t("meetings.form.submittedToHint")} required
              value={values.submitted_to} onChange={(v) => set("submitted_to", v)} error={errors.submitted_to} saved={saved("submitted_to")}
              placeholder={t("common.choose")} options={receivers} />
          )}
          {values.report_status === "considered" && (
            <SelectField id="meeting-considered_at" label={labels.considered_at ?? ""} hint={t("meetings.form.consideredAtHint")} required
              value={values.considered_at} onChange={(v) => set("considered_at", v)} error={errors.considered_at}
              placeholder={t("common.choose")} options={candidates} />
          )}
        </fieldset>
        <div className="form-actions">
          <SubmitButton submitting={form.submitting} label={meeting ? t("meetings.form.save") : t("meetings.form.create")} />
          {meeting && <Link to={meetingPaths.meeting(meeting.id)}>{t("common.cancel")}</Link>}
        </div>
      </form>
    </>
  );
}

export default function MeetingFormPage({ id }: { id?: MeetingId }) {
  const api = useApi();
  const user = useUser();
  const { t } = useI18n();
  const load = useLoad(async () => {
    const [meeting, others] = await Promise.all([id === undefined ? Promise.resolve(null) : api.meeting(id), api.meetings()]);
    return { meeting, others };
  }, String(id ?? "new"));
  const title = id === undefined ? t("meetings.form.newTitle") : t("meetings.form.editTitle");
  return (
    <>
      <p className="breadcrumb">
        <Link to={meetingPaths.meetings()}>{t("nav.meetings")}</Link>
        {id !== undefined && (
          <>
            {" › "}
            <MeetingCrumb id={id} />
          </>
        )}
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {!canManageMeetings(user) ? (
        <Notice tone="warning">
          <p>{t("notAllowed.body")}</p>
        </Notice>
      ) : load.state === "loading" ? (
        <Loading />
      ) : load.state === "failed" ? (
        <LoadFailure error={load.error} onRetry={load.reload} />
      ) : (
        <MeetingForm meeting={load.data.meeting} others={load.data.others} />
      )}
    </>
  );
}
