// Answering a commitment: what was done, links and a document as evidence, and who will read it.
// An officer answers for their own country only (shown as fixed text; a 403 wrong_country from the
// server lands next to it); the TS may record any member country's answer. On a MEMBER_COUNTRIES
// commitment "done" marks the officer's row of the grid and a percentage says how far the country
// is; on a single party's, status and progress apply. Only the statuses the server says this
// person may set are offered. With `editing`, the same form changes an answer already given.

import { useRef, useState } from "react";
import type { ApiError } from "../../api/errors";
import { answeringCountry, canAnswerCommitment } from "../../domain/access";
import {
  acceptedFileTypes,
  commitmentStatuses,
  isHttpUrl,
  maximumFileBytes,
  parseLinks,
  type AnswerVisibility,
  type Commitment,
  type CommitmentDetail,
  type CommitmentStatus,
  type CommitmentUpdate,
  type NewCommitmentUpdate,
} from "../../domain/meetings";
import { VisibilityField } from "./VisibilityField";
import { CheckboxField, FileField, FixedField, NumberField, SelectField, TextAreaField } from "../../components/fields";
import { ErrorSummary, useForm, type FieldErrors } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { Notice } from "../../components/feedback";
import { UploadProgress } from "../../components/UploadProgress";
import { useApi, useUser } from "../../app";
import { useParties } from "./parts";
import "./styles.css";

type AnswerValues = {
  country: string;
  text: string;
  done: boolean;
  status: CommitmentStatus | "";
  progress: string;
  links: string;
  file: File | null;
  visibility: AnswerVisibility;
};

function fieldForError(error: ApiError): keyof AnswerValues | null {
  if (error.code === "wrong_country") return "country";
  if (error.code === "file_too_large" || error.code === "payload_too_large" || error.code === "unsupported_file_type") return "file";
  return null;
}

function fieldFor(serverField: string): keyof AnswerValues | null {
  const base = serverField.split(/[.[]/)[0] ?? serverField;
  return ["country", "text", "status", "progress", "links", "file", "visibility"].includes(base) ? (base as keyof AnswerValues) : null;
}

export function AnswerForm({
  commitment,
  onSent,
  headingLevel = 2,
  title,
  forCountry,
  abilities,
  editing,
  onCancel,
}: {
  commitment: Pick<Commitment, "id" | "party" | "status" | "progress">;
  onSent: (update: CommitmentUpdate) => void;
  headingLevel?: 2 | 3;
  title?: string;
  /** On a country's page: the TS records that country's answer by default. */
  forCountry?: string;
  /** What the server says this person may do with the commitment (its detail's "abilities"). */
  abilities?: CommitmentDetail["abilities"] | undefined;
  /** An answer to change instead of a new one. */
  editing?: CommitmentUpdate | undefined;
  onCancel?: () => void;
}) {
  const api = useApi();
  const user = useUser();
  const parties = useParties();
  const { t } = useI18n();
  const [sent, setSent] = useState(0);
  const [resetKey, setResetKey] = useState(0);
  const fixedCountry = answeringCountry(user, commitment);
  const forAllCountries = commitment.party === "MEMBER_COUNTRIES";
  const chooseCountry = forAllCountries && user.role === "secretariat";
  const prefix0 = `answer-${commitment.id}`;
  const prefix2 = editing ? `answer-edit-${editing.id}` : null;
  const initial: AnswerValues = editing
    ? {
        country: editing.country ?? "",
        text: editing.text,
        done: editing.status === "done",
        status: editing.status ?? "",
        progress: editing.progress === null ? "" : String(editing.progress),
        links: editing.links.join("\n"),
        file: null,
        visibility: editing.visibility,
      }
    : {
        country: fixedCountry ?? (chooseCountry && forCountry ? forCountry : ""),
        text: "",
        done: false,
        status: "",
        progress: "",
        links: "",
        file: null,
        visibility: "network",
      };
  // The statuses offered: those the server allows this person (never one it would refuse).
  const statusOptions = (abilities?.statuses ?? commitmentStatuses.filter((status) => status !== "cancelled" || user.role === "secretariat")).filter(
    (status) => status !== "open",
  );

  const prefix = prefix2 ?? prefix0;
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const uploadAbort = useRef<AbortController | null>(null);
  const form = useForm<AnswerValues>({
    initial,
    fieldForError,
    fieldFor,
    messageFor: (field) => (field.code === "unsupported_file_type" ? { key: "errors.unsupportedFileType" } : null),
    validate: (values) => {
      const errors: FieldErrors<keyof AnswerValues & string> = {};
      if (values.text.trim() === "") errors.text = { key: "errors.required" };
      if (chooseCountry && values.country === "") errors.country = { key: "errors.required" };
      if (parseLinks(values.links).some((link) => !isHttpUrl(link))) errors.links = { key: "errors.invalidUrl" };
      if (values.progress.trim() !== "" && (!/^\d{1,3}$/.test(values.progress.trim()) || Number(values.progress) > 100)) {
        errors.progress = { key: "errors.invalidProgress" };
      }
      if (values.file && values.file.size > maximumFileBytes) errors.file = { key: "errors.fileTooLarge" };
      return errors;
    },
    onSubmit: async (values) => {
      const update: NewCommitmentUpdate = { text: values.text.trim(), visibility: values.visibility };
      const links = parseLinks(values.links);
      if (links.length > 0) update.links = links;
      if (values.country !== "" && forAllCountries && !editing) update.country = values.country;
      if (forAllCountries) {
        if (values.done) update.status = "done";
      } else if (values.status !== "") {
        update.status = values.status;
      }
      if (values.progress.trim() !== "" && !(forAllCountries && values.done)) update.progress = Number(values.progress);
      if (editing) {
        const changed = await api.changeCommitmentUpdate(
          commitment.id,
          editing.id,
          {
            text: update.text,
            links: update.links ?? [],
            visibility: values.visibility,
            status: update.status ?? null,
            progress: update.progress ?? null,
          },
          editing.version,
        );
        onSent(changed);
        return;
      }
      // A file goes up with a progress bar and can be cancelled (a 3 MB file on a slow line).
      const controller = new AbortController();
      uploadAbort.current = controller;
      setCancelled(false);
      if (values.file) setProgress({ sent: 0, total: values.file.size });
      let created: CommitmentUpdate;
      try {
        created = await api.postCommitmentUpdate(commitment.id, update, values.file ? [values.file] : [], {
          onProgress: (sent, total) => setProgress({ sent, total }),
          signal: controller.signal,
        });
      } catch (caught: unknown) {
        if (caught instanceof DOMException && caught.name === "AbortError") {
          setCancelled(true);
          return;
        }
        throw caught;
      } finally {
        setProgress(null);
        uploadAbort.current = null;
      }
      form.replaceValues(initial);
      setResetKey((n) => n + 1);
      setSent((n) => n + 1);
      onSent(created);
    },
  });

  if (!editing && (abilities ? !abilities.answer : !canAnswerCommitment(user, commitment))) {
    return (
      <Notice tone="info">
        <p>{t("commitments.answer.cannotAnswer")}</p>
      </Notice>
    );
  }

  const { values, errors, set } = form;
  const labels: Partial<Record<keyof AnswerValues, string>> = {
    country: t("commitments.answer.country"),
    text: t("commitments.answer.text"),
    status: t("commitments.answer.status"),
    progress: t("commitments.answer.progress"),
    links: t("commitments.answer.links"),
    file: t("commitments.answer.file"),
    visibility: t("commitments.answer.visibility"),
  };
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const heading =
    title ??
    (editing
      ? t("commitments.answer.editTitle")
      : fixedCountry
        ? t("commitments.answer.titleFor", { country: parties.name(fixedCountry) })
        : t("commitments.answer.title"));

  return (
    <section className="answer-form" aria-labelledby={`${prefix}-title`}>
      <Heading id={`${prefix}-title`} className="answer-title">
        {heading}
      </Heading>
      {sent > 0 && form.failure === null && (
        <Notice tone="success" focus>
          <p>{t("commitments.answer.sent")}</p>
        </Notice>
      )}
      {cancelled && (
        <Notice tone="info">
          <p>{t("form.uploadCancelled")}</p>
        </Notice>
      )}
      <ErrorSummary failure={form.failure} errors={errors} labels={labels} idPrefix={prefix} summaryRef={form.summaryRef} />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {fixedCountry && forAllCountries && !editing && (
          <FixedField id={`${prefix}-country`} label={labels.country ?? ""} hint={t("commitments.answer.countryFixedHint")} error={errors.country}>
            {parties.name(fixedCountry)}
          </FixedField>
        )}
        {chooseCountry && !editing && (
          <SelectField
            id={`${prefix}-country`}
            label={labels.country ?? ""}
            hint={t("commitments.answer.countryHint")}
            required
            value={values.country}
            onChange={(value) => set("country", value)}
            error={errors.country}
            placeholder={t("common.choose")}
            options={parties.directory.countries
              .filter((country) => country.status === "member")
              .map((country) => ({ value: country.code, label: parties.name(country.code) }))}
          />
        )}
        <TextAreaField
          id={`${prefix}-text`}
          label={labels.text ?? ""}
          hint={t("commitments.answer.textHint")}
          required
          value={values.text}
          onChange={(value) => set("text", value)}
          error={errors.text}
        />
        {forAllCountries ? (
          <div className="field-row">
            <CheckboxField id={`${prefix}-done`} label={t("commitments.answer.done")} checked={values.done} onChange={(checked) => set("done", checked)} />
            {!values.done && (
              <NumberField
                id={`${prefix}-progress`}
                label={labels.progress ?? ""}
                min={0}
                max={100}
                value={values.progress}
                onChange={(value) => set("progress", value)}
                error={errors.progress}
              />
            )}
          </div>
        ) : (
          <div className="field-row">
            <SelectField
              id={`${prefix}-status`}
              label={labels.status ?? ""}
              value={values.status}
              onChange={(value) => set("status", value as CommitmentStatus | "")}
              error={errors.status}
              placeholder={t("commitments.answer.noChange")}
              width="medium"
              options={statusOptions.map((status) => ({ value: status, label: t(`commitments.status.${status}`) }))}
            />
            <NumberField
              id={`${prefix}-progress`}
              label={labels.progress ?? ""}
              min={0}
              max={100}
              value={values.progress}
              onChange={(value) => set("progress", value)}
              error={errors.progress}
            />
          </div>
        )}
        <TextAreaField
          id={`${prefix}-links`}
          label={labels.links ?? ""}
          hint={t("commitments.answer.linksHint")}
          rows={2}
          value={values.links}
          onChange={(value) => set("links", value)}
          error={errors.links}
        />
        {!editing && (
          <FileField
            id={`${prefix}-file`}
            label={labels.file ?? ""}
            hint={t("commitments.answer.fileHint")}
            accept={acceptedFileTypes}
            onChange={(file) => set("file", file)}
            error={errors.file}
            resetKey={resetKey}
          />
        )}
        <VisibilityField id={`${prefix}-visibility`} value={values.visibility} onChange={(value) => set("visibility", value)} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {editing
              ? form.submitting
                ? t("commitments.answer.saving")
                : t("commitments.answer.save")
              : form.submitting
                ? t("commitments.answer.sending")
                : t("commitments.answer.submit")}
          </button>
          {editing && onCancel && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t("commitments.answer.cancel")}
            </button>
          )}
        </div>
        {progress && <UploadProgress sent={progress.sent} total={progress.total} onCancel={() => uploadAbort.current?.abort()} />}
      </form>
    </section>
  );
}
