// One cooperation request: where it stands (state, how long it has waited, what comes next), what
// it asks, every step taken with its date, who took it, its note and files, and the steps the user
// may take now — for the country: edit, send, withdraw its draft; for the Technical Secretariat:
// forward, record the answer, close (with a note and documents), withdraw. Other member countries
// read it and are told who acts on it.

import { useRef, useState } from "react";
import type { ApiError } from "../../api/errors";
import { asMeetingId } from "../../domain/ids";
import { acceptedFileTypes, maximumFileBytes } from "../../domain/meetings";
import type { User } from "../../domain/model";
import { Detail } from "../../components/Detail";
import { FileField, TextAreaField } from "../../components/fields";
import { LoadPending, Localized, MessageNotice, Notice } from "../../components/feedback";
import { useFlash } from "../../components/flash";
import { ErrorSummary, useForm, type FieldErrors } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { UploadProgress } from "../../components/UploadProgress";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { WithReference, type ReferenceData, useUser } from "../../app";
import { meetingPaths } from "../meetings";
import type { CooperationRequestDetail, CooperationRequestId, CooperationStep, StepAction } from "./model";
import { NextStep, StateBadge, WaitingTime, useCooperationApi, useNames } from "./parts";
import { canEditDraft, isCountrySide, isFinished, stepsFor } from "./rules";
import { cooperationPaths } from "./routes";
import "./styles.css";

type StepValues = { note: string; file: File | null };

const maximumNote = 4000;

function stepFieldForError(error: ApiError): keyof StepValues | null {
  if (error.code === "file_too_large" || error.code === "payload_too_large" || error.code === "unsupported_file_type" || error.code === "too_many") return "file";
  return null;
}

function StepForm({
  request,
  action,
  partner,
  onDone,
  onReload,
}: {
  request: CooperationRequestDetail;
  action: StepAction;
  partner: string;
  onDone: (action: StepAction) => void;
  onReload: () => void;
}) {
  const api = useCooperationApi();
  const { t } = useI18n();
  const [resetKey, setResetKey] = useState(0);
  const prefix = `step-${action}`;
  const takesFiles = action !== "close";
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const uploadAbort = useRef<AbortController | null>(null);
  const form = useForm<StepValues>({
    initial: { note: "", file: null },
    fieldForError: stepFieldForError,
    messageFor: (field) => (field.code === "unsupported_file_type" ? { key: "errors.unsupportedFileType" } : null),
    validate: (values) => {
      const errors: FieldErrors<keyof StepValues> = {};
      if (values.note.trim().length > maximumNote) errors.note = { key: "cooperation.form.tooLongNote" };
      if (values.file && values.file.size > maximumFileBytes) errors.file = { key: "errors.fileTooLarge" };
      return errors;
    },
    onSubmit: async (values) => {
      // A file goes up with a progress bar and can be cancelled; a cancelled step saves nothing.
      const controller = new AbortController();
      uploadAbort.current = controller;
      setCancelled(false);
      if (values.file) setProgress({ sent: 0, total: values.file.size });
      try {
        await api.step(request.id, action, values.note.trim(), values.file ? [values.file] : [], request.version, {
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
      form.replaceValues({ note: "", file: null });
      setResetKey((n) => n + 1);
      onDone(action);
    },
  });
  const labels = { note: t("cooperation.fields.note"), file: t("cooperation.fields.file") };
  const title = t(`cooperation.stepButton.${action}`, { partner });
  const body = (
    <>
      <p id={`${prefix}-help`}>{t(`cooperation.stepHelp.${action}`)}</p>
      {cancelled && (
        <Notice tone="info">
          <p>{t("form.uploadCancelled")}</p>
        </Notice>
      )}
      <ErrorSummary
        failure={form.failure}
        errors={form.errors}
        labels={labels}
        idPrefix={prefix}
        summaryRef={form.summaryRef}
        onLoadLatest={onReload}
      />
      <form className="form" onSubmit={form.handleSubmit} noValidate aria-labelledby={`${prefix}-title`}>
        <TextAreaField
          id={`${prefix}-note`}
          label={labels.note}
          value={form.values.note}
          onChange={(value) => form.set("note", value)}
          error={form.errors.note}
        />
        {takesFiles && (
          <FileField
            id={`${prefix}-file`}
            label={labels.file}
            hint={t("cooperation.fields.fileHint")}
            accept={acceptedFileTypes}
            onChange={(file) => form.set("file", file)}
            error={form.errors.file}
            resetKey={resetKey}
          />
        )}
        <div className="form-actions">
          <button type="submit" className={action === "withdraw" ? "button button-danger" : "button"} disabled={form.submitting}>
            {form.submitting ? t("common.saving") : title}
          </button>
        </div>
        {progress && <UploadProgress sent={progress.sent} total={progress.total} onCancel={() => uploadAbort.current?.abort()} />}
      </form>
    </>
  );
  if (action === "withdraw") {
    return (
      <details className="action-panel disclosure" open={form.failure !== null || undefined}>
        <summary>
          <h3 id={`${prefix}-title`}>{title}</h3>
        </summary>
        {body}
      </details>
    );
  }
  return (
    <section className="action-panel" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{title}</h3>
      {body}
    </section>
  );
}

function StepEntry({ request, step, partner }: { request: CooperationRequestDetail; step: CooperationStep; partner: string }) {
  const api = useCooperationApi();
  const { t, dateTime } = useI18n();
  return (
    <li className="step">
      <h3 className="step-title">{t(`cooperation.stepDone.${step.action}`, { partner })}</h3>
      <p className="step-meta">
        <time dateTime={step.at}>{dateTime(step.at)}</time>
        {" · "}
        {t(step.by_secretariat ? "cooperation.detail.bySecretariat" : "cooperation.detail.by", { name: step.by.name })}
      </p>
      {step.note && <p className="step-note">{step.note}</p>}
      {step.files.length > 0 && (
        <ul className="step-files" aria-label={t("cooperation.detail.files")}>
          {step.files.map((file) => (
            <li key={file.id}>
              <a href={api.fileUrl(request.id, file.id)} download>
                {file.file_name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function RequestView({
  request,
  reference,
  user,
  onChanged,
}: {
  request: CooperationRequestDetail;
  reference: ReferenceData;
  user: User;
  onChanged: () => void;
}) {
  const { t, date, text } = useI18n();
  const names = useNames(reference);
  const flash = useFlash();
  const [done, setDone] = useState<StepAction | null>(null);
  const partner = names.partner(request.partner);
  const country = names.country(request.country);
  const steps = stepsFor(user, request);
  const title = text(request.title);
  return (
    <>
      <PageHeading title={title}>
        <Localized value={request.title} />
      </PageHeading>
      {flash && !done && <MessageNotice message={flash} />}
      {done && (
        <Notice key={done} tone="success" focus>
          <p>{t(`cooperation.stepSaved.${done}`)}</p>
        </Notice>
      )}
      <p className="status-line cooperation-summary-line">
        <StateBadge state={request.state} />
        <WaitingTime request={request} />
        {request.waiting && <span>{t("cooperation.waiting.since", { date: date(request.state_since.slice(0, 10)) })}</span>}
      </p>
      <dl className="details">
        <Detail term={t("cooperation.detail.country")}>{country}</Detail>
        <Detail term={t("cooperation.detail.partner")}>{names.partnerFull(request.partner)}</Detail>
        <Detail term={t("cooperation.list.columns.next")}>
          <NextStep user={user} request={request} reference={reference} />
        </Detail>
        {request.agreement_reference && (
          <Detail term={t("cooperation.detail.agreement")}>
            <Link to={meetingPaths.meeting(asMeetingId(request.agreement_reference.meeting))}>
              {t("cooperation.detail.agreementNumber", { number: request.agreement_reference.number })}
            </Link>
            <span className="table-sub">
              <Localized value={request.agreement_reference.text} />
            </span>
          </Detail>
        )}
        <Detail term={t("cooperation.detail.createdBy")}>{request.created_by.name}</Detail>
        <Detail term={t("cooperation.detail.summary")} valueClassName="cooperation-summary">
          <Localized value={request.summary} />
        </Detail>
      </dl>

      <section aria-labelledby="actions-title" className="cooperation-section">
        <h2 id="actions-title">{t("cooperation.detail.actions")}</h2>
        {isFinished(request.state) ? (
          <Notice tone="info">
            <p>{t("cooperation.detail.finished")}</p>
          </Notice>
        ) : !isCountrySide(user, request) ? (
          <Notice tone="info">
            <p>{t("cooperation.detail.readOnly", { country })}</p>
          </Notice>
        ) : (
          <div className="step-forms">
            {canEditDraft(user, request) && (
              <p>
                <Link to={cooperationPaths.editCooperationRequest(request.id)} className="button button-secondary">
                  {t("cooperation.detail.edit")}
                </Link>
              </p>
            )}
            {steps.map((action) => (
              <StepForm
                key={`${action}-${request.state}`}
                request={request}
                action={action}
                partner={partner}
                onDone={(taken) => {
                  setDone(taken);
                  onChanged();
                }}
                onReload={onChanged}
              />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="steps-title" className="cooperation-section">
        <h2 id="steps-title">{t("cooperation.detail.steps")}</h2>
        <ol className="step-list">
          {request.steps.map((step) => (
            <StepEntry key={step.id} request={request} step={step} partner={partner} />
          ))}
        </ol>
      </section>
    </>
  );
}

export default function CooperationRequestPage({ id }: { id: CooperationRequestId }) {
  const api = useCooperationApi();
  const user = useUser();
  const { t } = useI18n();
  const load = useLoad(() => api.get(id), String(id));
  return (
    <>
      <p className="breadcrumb">
        <Link to={cooperationPaths.cooperationRequests()}>{t("cooperation.list.title")}</Link>
      </p>
      {load.state !== "ready" && <PageHeading title={t("cooperation.list.columns.request")}>{t("cooperation.list.columns.request")}</PageHeading>}
      <LoadPending load={load} />
      {load.state === "ready" && (
        <WithReference>{(reference) => <RequestView request={load.data} reference={reference} user={user} onChanged={load.reload} />}</WithReference>
      )}
    </>
  );
}
