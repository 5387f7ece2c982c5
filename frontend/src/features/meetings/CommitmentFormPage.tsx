// Adding and editing a commitment (TS): who owes it, the action in both languages, and the
// deadline as the report writes it. While the phrase is typed the server reads it (debounced)
// and the form shows what it understood — a date, or "pending: next meeting of the RCGM not
// scheduled yet" — before anything is saved.

import { useRef, useState, type ReactNode } from "react";
import { canManageMeetings } from "../../domain/access";
import type { AgreementId, CommitmentId, MeetingId, Version } from "../../domain/ids";
import {
  commitmentFieldFor,
  commitmentFormValues,
  emptyCommitmentForm,
  validateCommitmentForm,
  type CommitmentFormValues,
} from "../../domain/meetingForms";
import { commitmentStatuses, localizedInput, type CommitmentChange, type CommitmentStatus } from "../../domain/meetings";
import { partyOptions } from "../../domain/parties";
import { LoadPending, Localized, Notice } from "../../components/feedback";
import { NumberField, SelectField, TextAreaField, TextField } from "../../components/fields";
import { setFlash } from "../../components/flash";
import { ErrorSummary, failureFromError, fieldErrorsFrom, SubmitButton, useForm, useLatestVersion, validationMessages, type FormFailure } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { commitmentPaths, useParties } from "../commitments";
import { useApi, useUser } from "../../app";
import { meetingPaths } from "./routes";
import { MeetingCrumb } from "./parts";
import { DeadlineReading, useDeadlineReading } from "./DeadlineReading";
import "./styles.css";

function CommitmentForm({
  meetingId,
  agreementId,
  commitmentId,
  initial,
  version,
  suggested = [],
}: {
  meetingId: MeetingId;
  agreementId: AgreementId;
  commitmentId: CommitmentId | null;
  initial: CommitmentFormValues;
  version: Version | null;
  /** The agreement's parties: offered first, the first one chosen for a new commitment. */
  suggested?: readonly string[];
}) {
  const api = useApi();
  const { t, language } = useI18n();
  const parties = useParties();
  const base = useRef<{ version: Version | null; values: CommitmentFormValues }>({ version, values: initial });
  const [deleteFailure, setDeleteFailure] = useState<FormFailure | null>(null);
  const deleteRef = useRef<HTMLDivElement | null>(null);
  const editing = commitmentId !== null;

  const form = useForm<CommitmentFormValues>({
    initial,
    fieldFor: commitmentFieldFor,
    messageFor: (field) => (field.code === "deadline_unreadable" ? { key: "commitments.form.unreadable" } : null),
    validate: (values) => fieldErrorsFrom(validateCommitmentForm(values), validationMessages),
    onSubmit: async (values) => {
      const action = localizedInput(values.action_es, values.action_en);
      if (commitmentId !== null && base.current.version !== null) {
        const before = base.current.values;
        const change: CommitmentChange = {};
        if (values.party !== before.party) change.party = values.party;
        if (values.action_es !== before.action_es || values.action_en !== before.action_en) change.action = action;
        if (values.deadline.trim() !== before.deadline.trim()) change.deadline = { text: values.deadline.trim() };
        if (values.status !== before.status) change.status = values.status;
        if (values.progress.trim() !== before.progress.trim()) change.progress = Number(values.progress);
        if (Object.keys(change).length > 0) await api.updateCommitment(commitmentId, change, base.current.version);
        setFlash({ key: "commitments.form.saved" });
        navigate(commitmentPaths.commitment(commitmentId));
      } else {
        await api.createCommitment(agreementId, { party: values.party, action, deadline: { text: values.deadline.trim() } });
        setFlash({ key: "commitments.form.created" });
        // Back on the meeting with this agreement open (the page lists agreements folded).
        navigate(`${meetingPaths.meeting(meetingId)}#agreement-${agreementId}`);
      }
    },
  });
  const reading = useDeadlineReading(meetingId, form.values.deadline);

  const { loadLatest, reloading } = useLatestVersion(form, base, async () => {
    if (commitmentId === null) return null;
    const latest = await api.commitment(commitmentId);
    return { version: latest.version, values: commitmentFormValues(latest) };
  });

  const remove = () => {
    if (commitmentId === null) return;
    setDeleteFailure(null);
    api
      .deleteCommitment(commitmentId)
      .then(() => {
        setFlash({ key: "commitments.form.deleted" });
        navigate(meetingPaths.meeting(meetingId));
      })
      .catch((error: unknown) => {
        setDeleteFailure(failureFromError(error));
        deleteRef.current?.focus();
      });
  };

  const { values, errors, set, savedValue: saved } = form;
  const labels: Partial<Record<keyof CommitmentFormValues, string>> = {
    party: t("commitments.fields.party"),
    action_es: t("commitments.fields.actionEs"),
    action_en: t("commitments.fields.actionEn"),
    deadline: t("commitments.fields.deadline"),
    status: t("commitments.fields.status"),
    progress: t("commitments.fields.progress"),
  };
  return (
    <>
      <ErrorSummary
        failure={form.failure}
        errors={errors}
        labels={labels}
        idPrefix="commitment"
        summaryRef={form.summaryRef}
        onLoadLatest={loadLatest}
        reloading={reloading}
      />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <SelectField id="commitment-party" label={labels.party ?? ""} required value={values.party} onChange={(v) => set("party", v)}
          error={errors.party} saved={saved("party")} placeholder={t("common.choose")} width="medium"
          hint={suggested.length > 0 ? t("commitments.form.agreementParties", { parties: parties.list(suggested) }) : undefined}
          options={firstOptions(partyOptions(parties.directory, language), suggested)} />
        <TextAreaField id="commitment-action_es" label={labels.action_es ?? ""} hint={t("commitments.form.actionHint")} lang="es" rows={2} value={values.action_es}
          onChange={(v) => set("action_es", v)} error={errors.action_es} saved={saved("action_es")} optionalMarker={false} maxLength={2000} />
        <TextAreaField id="commitment-action_en" label={labels.action_en ?? ""} lang="en" rows={2} value={values.action_en}
          onChange={(v) => set("action_en", v)} error={errors.action_en} saved={saved("action_en")} optionalMarker={false} maxLength={2000} />
        <TextField id="commitment-deadline" label={labels.deadline ?? ""} hint={t("commitments.form.deadlineHint")} value={values.deadline}
          onChange={(v) => set("deadline", v)} error={errors.deadline} saved={saved("deadline")} autoComplete="off" maxLength={300} />
        <DeadlineReading reading={reading} id="commitment-deadline-reading" />
        {editing && (
          <div className="field-row">
            <SelectField id="commitment-status" label={labels.status ?? ""} value={values.status} width="medium" optionalMarker={false}
              onChange={(v) => set("status", v as CommitmentStatus)} error={errors.status} saved={saved("status")}
              options={commitmentStatuses.map((status) => ({ value: status, label: t(`commitments.status.${status}`) }))} />
            <NumberField id="commitment-progress" label={labels.progress ?? ""} hint={t("commitments.form.progressHint")} min={0} max={100}
              value={values.progress} onChange={(v) => set("progress", v)} error={errors.progress} saved={saved("progress")} />
          </div>
        )}
        <div className="form-actions">
          <SubmitButton submitting={form.submitting} label={editing ? t("commitments.form.save") : t("commitments.form.create")} />
          <Link to={editing && commitmentId !== null ? commitmentPaths.commitment(commitmentId) : meetingPaths.meeting(meetingId)}>{t("common.cancel")}</Link>
        </div>
      </form>
      {editing && (
        <section aria-labelledby="delete-title" className="action-panel section-gap">
          <h2 id="delete-title">{t("commitments.form.delete")}</h2>
          <p>{t("commitments.form.deleteHint")}</p>
          <ErrorSummary failure={deleteFailure} errors={{}} labels={{}} idPrefix="commitment-delete" summaryRef={deleteRef} />
          <button type="button" className="button button-danger" onClick={remove}>
            {t("commitments.form.delete")}
          </button>
        </section>
      )}
    </>
  );
}

/** The options whose values are in `first`, in that order, then the rest. */
function firstOptions<O extends { value: string }>(options: readonly O[], first: readonly string[]): O[] {
  const chosen = first.flatMap((value) => options.filter((option) => option.value === value));
  return [...chosen, ...options.filter((option) => !first.includes(option.value))];
}

function Frame({ title, meeting, children }: { title: string; meeting: MeetingId | null; children: ReactNode }) {
  const { t } = useI18n();
  const user = useUser();
  return (
    <>
      <p className="breadcrumb">
        <Link to={meetingPaths.meetings()}>{t("nav.meetings")}</Link>
        {meeting !== null && (
          <>
            {" › "}
            <MeetingCrumb id={meeting} />
          </>
        )}
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {canManageMeetings(user) ? (
        children
      ) : (
        <Notice tone="warning">
          <p>{t("notAllowed.body")}</p>
        </Notice>
      )}
    </>
  );
}

export function NewCommitmentPage({ meeting, agreement }: { meeting: MeetingId; agreement: AgreementId }) {
  const api = useApi();
  const { t } = useI18n();
  const load = useLoad(() => api.meeting(meeting), `${meeting}-${agreement}`);
  const found = load.state === "ready" ? load.data.agreements.find((a) => a.id === agreement) : undefined;
  return (
    <Frame title={t("commitments.form.newTitle")} meeting={meeting}>
      <LoadPending load={load} />
      {load.state === "ready" && !found && <p>{t("errors.notFound")}</p>}
      {found && (
        <>
          <blockquote className="agreement-quote">
            <p className="agreement-quote-title">{t("commitments.form.forAgreement", { number: found.number })}</p>
            <p>
              <Localized value={found.text} />
            </p>
          </blockquote>
          <CommitmentForm
            meetingId={meeting}
            agreementId={agreement}
            commitmentId={null}
            initial={{ ...emptyCommitmentForm, party: found.parties[0] ?? "" }}
            version={null}
            suggested={found.parties}
          />
        </>
      )}
    </Frame>
  );
}

export default function EditCommitmentPage({ id }: { id: CommitmentId }) {
  const api = useApi();
  const { t } = useI18n();
  const load = useLoad(() => api.commitment(id), String(id));
  return (
    <Frame title={t("commitments.form.editTitle")} meeting={load.state === "ready" ? load.data.meeting : null}>
      <LoadPending load={load} />
      {load.state === "ready" && (
        <CommitmentForm
          meetingId={load.data.meeting}
          agreementId={load.data.agreement}
          commitmentId={id}
          initial={commitmentFormValues(load.data)}
          version={load.data.version}
        />
      )}
    </Frame>
  );
}
