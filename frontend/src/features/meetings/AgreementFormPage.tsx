// Adding and editing an agreement of a meeting's report (TS): its number ("2.a"), whether it
// only introduces sub-items, its verb, its text in Spanish and English (a missing language stays
// empty and is counted as pending) and the parties it names.

import { useRef, useState } from "react";
import { canManageMeetings } from "../../domain/access";
import type { AgreementId, MeetingId, Version } from "../../domain/ids";
import {
  agreementFieldFor,
  agreementFormValues,
  emptyAgreementForm,
  nextAgreementNumber,
  toAgreementInput,
  validateAgreementForm,
  type AgreementFormValues,
} from "../../domain/meetingForms";
import type { AgreementInput, MeetingDetail } from "../../domain/meetings";

/** The server's limit for an agreement's text in each language (meeting_rules.cpp). */
const maximumAgreementText = 20000;
import { partyOptions } from "../../domain/parties";
import { LoadFailure, Loading, Notice } from "../../components/feedback";
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from "../../components/fields";
import { verbOptions } from "../../domain/agreementVerbs";
import { setFlash } from "../../components/flash";
import { ErrorSummary, failureFromError, fieldErrorsFrom, SubmitButton, useForm, useLatestVersion, validationMessages, type FormFailure } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { renderMessage } from "../../components/messages";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useParties } from "../commitments";
import { useApi, useUser } from "../../app";
import { meetingPaths } from "./routes";
import { MeetingCrumb } from "./parts";
import "./styles.css";

function changed(before: AgreementInput, after: AgreementInput): Partial<AgreementInput> {
  const change: Partial<AgreementInput> = {};
  for (const key of Object.keys(after) as (keyof AgreementInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) (change as Record<string, unknown>)[key] = after[key];
  }
  return change;
}

function AgreementForm({ meeting, agreementId }: { meeting: MeetingDetail; agreementId: AgreementId | null }) {
  const api = useApi();
  const { t, language } = useI18n();
  const parties = useParties();
  const agreement = agreementId === null ? null : (meeting.agreements.find((a) => a.id === agreementId) ?? null);
  // A new agreement is offered the meeting's next number.
  const [initialValues] = useState(() =>
    agreement ? agreementFormValues(agreement) : { ...emptyAgreementForm, number: nextAgreementNumber(meeting.agreements.map((a) => a.number)) },
  );
  const base = useRef<{ version: Version | null; values: AgreementFormValues }>({ version: agreement?.version ?? null, values: initialValues });
  const [deleteFailure, setDeleteFailure] = useState<FormFailure | null>(null);
  const deleteRef = useRef<HTMLDivElement | null>(null);

  const form = useForm<AgreementFormValues>({
    initial: initialValues,
    fieldFor: agreementFieldFor,
    validate: (values) => fieldErrorsFrom(validateAgreementForm(values), validationMessages),
    onSubmit: async (values) => {
      if (agreement && base.current.version !== null) {
        const change = changed(toAgreementInput(base.current.values), toAgreementInput(values));
        if (Object.keys(change).length > 0) await api.updateAgreement(agreement.id, change, base.current.version);
        setFlash({ key: "agreements.form.saved" });
      } else {
        const created = await api.createAgreement(meeting.id, toAgreementInput(values));
        setFlash({ key: "agreements.form.created" });
        navigate(`${meetingPaths.meeting(meeting.id)}#agreement-${created.id}`);
        return;
      }
      // Back on the meeting with this agreement open (the page lists agreements folded).
      navigate(`${meetingPaths.meeting(meeting.id)}#agreement-${agreement.id}`);
    },
  });

  const { loadLatest, reloading } = useLatestVersion(form, base, async () => {
    if (!agreement) return null;
    const latest = await api.meeting(meeting.id);
    const found = latest.agreements.find((a) => a.id === agreement.id);
    return found ? { version: found.version, values: agreementFormValues(found) } : null;
  });

  const remove = () => {
    if (!agreement) return;
    setDeleteFailure(null);
    api
      .deleteAgreement(agreement.id)
      .then(() => {
        setFlash({ key: "agreements.form.deleted" });
        navigate(meetingPaths.meeting(meeting.id));
      })
      .catch((error: unknown) => {
        setDeleteFailure(failureFromError(error));
        deleteRef.current?.focus();
      });
  };

  const { values, errors, set, savedValue: saved } = form;
  const labels: Partial<Record<keyof AgreementFormValues, string>> = {
    number: t("agreements.fields.number"),
    heading: t("agreements.fields.heading"),
    verb: t("agreements.fields.verb"),
    text_es: t("agreements.fields.textEs"),
    text_en: t("agreements.fields.textEn"),
    parties: t("agreements.fields.parties"),
  };

  return (
    <>
      <ErrorSummary
        failure={form.failure}
        errors={errors}
        labels={labels}
        idPrefix="agreement"
        summaryRef={form.summaryRef}
        onLoadLatest={loadLatest}
        reloading={reloading}
      />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <TextField id="agreement-number" label={labels.number ?? ""} hint={t("agreements.form.numberHint")} required width="short"
          value={values.number} onChange={(v) => set("number", v)} error={errors.number} saved={saved("number")} />
        <CheckboxField id="agreement-heading" label={labels.heading ?? ""} hint={t("agreements.form.headingHint")}
          checked={values.heading} onChange={(checked) => set("heading", checked)} />
        {errors.heading && (
          <p className="field-error" id="agreement-heading-error">
            {renderMessage(errors.heading, t, language)}
          </p>
        )}
        {!values.heading && (
          <SelectField id="agreement-verb" label={labels.verb ?? ""} hint={t("agreements.form.verbHint")} width="medium"
            placeholder={t("agreements.form.noVerb")} options={verbOptions(language, values.verb)}
            value={values.verb} onChange={(v) => set("verb", v)} error={errors.verb} saved={saved("verb")} />
        )}
        <p className="field-hint">{t("agreements.form.textHint")}</p>
        <TextAreaField id="agreement-text_es" label={labels.text_es ?? ""} rows={5} lang="es" optionalMarker={false} maxLength={maximumAgreementText}
          value={values.text_es} onChange={(v) => set("text_es", v)} error={errors.text_es} saved={saved("text_es")} />
        <TextAreaField id="agreement-text_en" label={labels.text_en ?? ""} rows={5} lang="en" optionalMarker={false} maxLength={maximumAgreementText}
          value={values.text_en} onChange={(v) => set("text_en", v)} error={errors.text_en} saved={saved("text_en")} />
        {!values.heading && (
          <CheckboxGroup id="agreement-parties" label={labels.parties ?? ""} values={values.parties} onChange={(v) => set("parties", v)}
            error={errors.parties} options={partyOptions(parties.directory, language)} />
        )}
        <div className="form-actions">
          <SubmitButton submitting={form.submitting} label={agreement ? t("agreements.form.save") : t("agreements.form.create")} />
          <Link to={meetingPaths.meeting(meeting.id)}>{t("common.cancel")}</Link>
        </div>
      </form>
      {agreement && meeting.report_status === "draft" && (
        <section aria-labelledby="delete-title" className="action-panel section-gap">
          <h2 id="delete-title">{t("agreements.form.deleteTitle")}</h2>
          <p>{t("agreements.form.deleteHint")}</p>
          <ErrorSummary failure={deleteFailure} errors={{}} labels={{}} idPrefix="agreement-delete" summaryRef={deleteRef} />
          <button type="button" className="button button-danger" onClick={remove}>
            {t("agreements.form.delete", { number: agreement.number })}
          </button>
        </section>
      )}
    </>
  );
}

export default function AgreementFormPage({ meeting, agreement }: { meeting: MeetingId; agreement?: AgreementId }) {
  const api = useApi();
  const user = useUser();
  const { t } = useI18n();
  const load = useLoad(() => api.meeting(meeting), `${meeting}-${agreement ?? "new"}`);
  const found = load.state === "ready" && agreement !== undefined ? load.data.agreements.find((a) => a.id === agreement) : undefined;
  const title =
    agreement === undefined ? t("agreements.form.newTitle") : t("agreements.form.editTitle", { number: found?.number ?? "" });
  return (
    <>
      <p className="breadcrumb">
        <Link to={meetingPaths.meetings()}>{t("nav.meetings")}</Link>
        {" › "}
        <MeetingCrumb id={meeting} />
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
      ) : agreement !== undefined && !found ? (
        <p>{t("errors.notFound")}</p>
      ) : (
        <AgreementForm meeting={load.data} agreementId={agreement ?? null} />
      )}
    </>
  );
}
