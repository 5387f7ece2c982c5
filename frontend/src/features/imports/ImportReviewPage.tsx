// Reviewing an imported report (M5, TS): every field the importer read is editable, each
// agreement beside its source text, with the reader's warnings where it was unsure. Confirming
// sends the reviewed reading; the server creates the meeting, its agreements and commitments in
// one transaction. A report imported before is recognised: the page offers to update that meeting.

import { useCallback, useEffect, useRef, useState } from "react";
import { isApiError } from "../../api/errors";
import type { DeadlineSetting } from "../../api/client";
import type { ImportId } from "../../domain/ids";
import { formatDate, isIsoDate } from "../../domain/dates";
import {
  dropUnresolved,
  mapUnresolved,
  readingFromReview,
  unresolvedNames,
  reviewCheck,
  reviewCounts,
  reviewFromReading,
  reviewKey,
  validateReview,
  type ImportRecord,
  type ReviewAgreement,
  type ReviewCommitment,
  type ReviewErrorCode,
  type ReviewValues,
} from "../../domain/imports";
import { verbOptions } from "../../domain/agreementVerbs";
import { meetingTypes } from "../../domain/meetings";
import { bodyOptions, partyOptions } from "../../domain/parties";
import { LoadFailure, Loading, Notice } from "../../components/feedback";
import { CheckboxField, CheckboxGroup, DateField, SelectField, TextAreaField, TextField } from "../../components/fields";
import { setFlash } from "../../components/flash";
import { ErrorSummary, fieldErrorsFrom, useForm, validationMessages, type FieldErrors } from "../../components/form";
import { useI18n } from "../../components/i18n";
import type { Message } from "../../components/messages";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { DeadlineText, useParties } from "../commitments";
import { DeadlineReading, meetingPaths, meetingTitle, ParticipantFields, useDeadlineReading, useMeetingPartyOptions } from "../meetings";
import { useApi } from "../../app";
import { importPaths } from "./routes";
import "./styles.css";

const messages: Record<ReviewErrorCode, Message> = { ...validationMessages, numberTaken: { key: "imports.numberTaken" } };

type ErrorMap = FieldErrors<string>;

/** A commitment's deadline as written, with what the server reads in it while it is typed. */
function CommitmentDeadline({
  id,
  label,
  language,
  value,
  setting,
  error,
  onChange,
}: {
  id: string;
  label: string;
  language: string;
  value: string;
  setting: DeadlineSetting | null;
  error: Message | undefined;
  onChange: (value: string) => void;
}) {
  const reading = useDeadlineReading(setting ?? { date: "" }, setting ? value : "");
  return (
    <>
      <TextField id={id} label={label} lang={language} value={value} onChange={onChange} error={error} />
      {setting && value.trim() !== "" && <DeadlineReading reading={reading} id={`${id}-reading`} />}
    </>
  );
}

function AgreementReview({
  agreement,
  index,
  language,
  errors,
  setting,
  onChange,
}: {
  agreement: ReviewAgreement;
  index: number;
  language: string;
  errors: ErrorMap;
  /** The meeting as reviewed, that deadlines are read against (null while its date is not one). */
  setting: DeadlineSetting | null;
  onChange: (next: ReviewAgreement) => void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const parties = useParties();
  const id = (name: string) => `review-agreements-${index}-${name}`;
  const error = (name: string) => errors[`agreements-${index}-${name}`];
  const options = partyOptions(parties.directory, uiLanguage);
  const setCommitment = (position: number, change: Partial<ReviewCommitment>) =>
    onChange({ ...agreement, commitments: agreement.commitments.map((c, i) => (i === position ? { ...c, ...change } : c)) });
  const titleId = id("title");
  return (
    <li className={agreement.warnings.length > 0 ? "review-agreement has-warnings" : "review-agreement"}>
      <section aria-labelledby={titleId}>
        <h3 id={titleId}>{t("imports.agreementTitle", { number: agreement.number || "?" })}</h3>
        <div className="review-columns">
          <div className="review-source">
            <p className="review-source-title">{t("imports.source")}</p>
            <blockquote lang={language} className="source-text">
              {agreement.source}
            </blockquote>
            {agreement.warnings.length > 0 && (
              <div className="notice notice-warning" role="note">
                <ul className="plain-list">
                  {agreement.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </div>
            )}
            {agreement.deadlines.length > 0 && (
              <>
                <p className="review-source-title">{t("imports.deadlinesRead")}</p>
                <ul className="plain-list">
                  {agreement.deadlines.map((deadline) => (
                    <li key={deadline.text}>
                      <span lang={language}>«{deadline.text}»</span>: <span className="badge badge-kind">{t(`deadlines.kinds.${deadline.kind}`)}</span>{" "}
                      <DeadlineText deadline={deadline} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <div className="review-fields">
            <div className="field-row">
              <TextField id={id("number")} label={t("agreements.fields.number")} required width="short" value={agreement.number}
                onChange={(v) => onChange({ ...agreement, number: v })} error={error("number")} />
              <SelectField id={id("verb")} label={t("agreements.fields.verb")} width="medium" placeholder={t("agreements.form.noVerb")}
                options={verbOptions(uiLanguage, agreement.verb ?? "")} value={agreement.verb ?? ""}
                onChange={(v) => onChange({ ...agreement, verb: v })} error={error("verb")} />
            </div>
            <CheckboxField id={id("heading")} label={t("agreements.fields.heading")} checked={agreement.heading}
              onChange={(checked) => onChange({ ...agreement, heading: checked })} />
            <TextAreaField id={id("text")} label={t("imports.textField")} required rows={4} lang={language} value={agreement.text}
              onChange={(v) => onChange({ ...agreement, text: v })} error={error("text")} />
            <details className="disclosure review-parties">
              <summary>
                {t("agreements.fields.parties")}: {agreement.parties.length > 0 ? parties.list(agreement.parties) : "—"}
                {agreement.unresolved.map((name) => (
                  <span key={name} className="badge badge-notification-due_soon review-unresolved-badge">
                    {name} ({t("imports.unresolvedBadge")})
                  </span>
                ))}
              </summary>
              <CheckboxGroup id={id("parties")} label={t("agreements.fields.parties")} values={agreement.parties}
                onChange={(v) => onChange({ ...agreement, parties: v })} error={error("parties")} options={options} />
            </details>
            <h4>{t("imports.commitmentsTitle")}</h4>
            {agreement.commitments.length === 0 && <p className="empty-state">{t("imports.noCommitments")}</p>}
            <ol className="review-commitments">
              {agreement.commitments.map((commitment, position) => {
                const cid = (name: string) => id(`commitments-${position}-${name}`);
                const cerror = (name: string) => error(`commitments-${position}-${name}`);
                return (
                  <li key={position} className="review-commitment">
                    <fieldset className="fieldset">
                      <legend>{t("imports.commitmentTitle", { number: position + 1 })}</legend>
                      <SelectField id={cid("party")} label={t("imports.party")} required value={commitment.party} width="medium"
                        onChange={(v) => setCommitment(position, { party: v })} error={cerror("party")} placeholder={t("common.choose")} options={options} />
                      <TextAreaField id={cid("action")} label={t("imports.action")} required rows={2} lang={language} value={commitment.action}
                        onChange={(v) => setCommitment(position, { action: v })} error={cerror("action")} />
                      <CommitmentDeadline id={cid("deadline")} label={t("imports.deadline")} language={language} value={commitment.deadline}
                        setting={setting} onChange={(v) => setCommitment(position, { deadline: v })} error={cerror("deadline")} />
                      <button type="button" className="button button-secondary button-small"
                        onClick={() => onChange({ ...agreement, commitments: agreement.commitments.filter((_, i) => i !== position) })}>
                        {t("imports.removeCommitment", { number: position + 1 })}
                      </button>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button type="button" className="button button-secondary button-small"
              onClick={() => onChange({ ...agreement, commitments: [...agreement.commitments, { party: "", action: "", deadline: "" }] })}>
              {t("imports.addCommitment", { number: agreement.number || String(index + 1) })}
            </button>
          </div>
        </div>
      </section>
    </li>
  );
}

/**
 * The names the importer could not resolve, first of all (issue 11): each is mapped to a code (kept
 * as an alias of the process on confirmation, so the next report reads it right) or dropped.
 */
function UnresolvedNames({ values, onChange }: { values: ReviewValues; onChange: (next: ReviewValues) => void }) {
  const { t, language } = useI18n();
  const parties = useParties();
  const names = unresolvedNames(values);
  if (names.length === 0 && values.aliases.length === 0) return null;
  const options = partyOptions(parties.directory, language);
  return (
    <section aria-labelledby="unresolved-title" className="notice notice-warning review-unresolved">
      <h2 id="unresolved-title">
        {t("imports.unresolvedTitle")} <span className="count">({names.length})</span>
      </h2>
      {names.length > 0 && <p>{t("imports.unresolvedIntro")}</p>}
      <ul className="plain-list">
        {names.map((entry, index) => (
          <li key={entry.name} className="review-unresolved-name">
            <p>
              <strong>{entry.name}</strong> · {t("imports.unresolvedIn", { numbers: entry.agreements.join(", ") })}
            </p>
            <div className="field-row">
              <SelectField id={`review-unresolved-${index}`} label={t("imports.unresolvedMap", { name: entry.name })} width="medium"
                value="" placeholder={t("common.choose")} options={options}
                onChange={(code) => {
                  if (code !== "") onChange(mapUnresolved(values, entry.name, code));
                }} />
              <button type="button" className="button button-secondary button-small" onClick={() => onChange(dropUnresolved(values, entry.name))}>
                {t("imports.unresolvedDrop", { name: entry.name })}
              </button>
            </div>
          </li>
        ))}
        {values.aliases.map((alias) => (
          <li key={`alias-${alias.name}`}>{t("imports.unresolvedMapped", { name: alias.name, code: parties.name(alias.code) })}</li>
        ))}
      </ul>
    </section>
  );
}

type DraftState =
  | { readonly state: "idle" }
  | { readonly state: "saving" }
  | { readonly state: "saved"; readonly at: string }
  | { readonly state: "stale" }
  | { readonly state: "failed" };

/**
 * Keeps the review on the server as it is edited (1.5 s after the typing stops), one save at a
 * time, each from the draft version the last one returned: a save refused as stale (someone saved
 * this review in another tab meanwhile) stops saving until the user chooses.
 */
function useDraftSaving(record: ImportRecord, values: ReviewValues) {
  const api = useApi();
  const version = useRef(record.draft_version);
  const savedJson = useRef(JSON.stringify(readingFromReview(record.reading, reviewFromReading(record.reading, record.draft))));
  const latest = useRef(values);
  const busy = useRef(false);
  const again = useRef(false);
  const [draft, setDraft] = useState<DraftState>(record.draft_saved_at ? { state: "saved", at: record.draft_saved_at } : { state: "idle" });
  const stale = draft.state === "stale";

  const save = useCallback(async (): Promise<void> => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    try {
      do {
        again.current = false;
        const reading = readingFromReview(record.reading, latest.current);
        const json = JSON.stringify(reading);
        if (json === savedJson.current) continue;
        setDraft({ state: "saving" });
        try {
          const saved = await api.saveImportDraft(record.id, reading, version.current);
          version.current = saved.draft_version;
          savedJson.current = json;
          setDraft({ state: "saved", at: saved.draft_saved_at ?? new Date().toISOString() });
        } catch (error: unknown) {
          setDraft(isApiError(error) && error.status === 412 ? { state: "stale" } : { state: "failed" });
          return;
        }
      } while (again.current);
    } finally {
      busy.current = false;
      again.current = false;
    }
  }, [api, record.id, record.reading]);

  useEffect(() => {
    latest.current = values;
  }, [values]);
  const valuesJson = JSON.stringify(values);
  useEffect(() => {
    if (stale) return;
    const timer = window.setTimeout(() => void save(), 1500);
    return () => window.clearTimeout(timer);
  }, [valuesJson, save, stale]);

  /** After a stale refusal: save this tab's review over the other one. */
  const keepMine = async () => {
    const current = await api.importRecord(record.id);
    version.current = current.draft_version;
    savedJson.current = "";
    await save();
  };
  return { draft, keepMine };
}

function DraftStatus({ draft, onKeepMine }: { draft: DraftState; onKeepMine: () => void }) {
  const { t, dateTime } = useI18n();
  if (draft.state === "stale") {
    return (
      <Notice tone="warning">
        <p>{t("imports.draftStale")}</p>
        <p>
          <button type="button" className="button button-secondary button-small" onClick={onKeepMine}>
            {t("imports.draftKeepMine")}
          </button>{" "}
          <button type="button" className="button button-secondary button-small" onClick={() => window.location.reload()}>
            {t("imports.draftReload")}
          </button>
        </p>
      </Notice>
    );
  }
  return (
    <p className="review-draft-status" role="status">
      {draft.state === "saving" && t("imports.draftSaving")}
      {draft.state === "saved" && t("imports.draftSaved", { time: dateTime(draft.at) })}
      {draft.state === "failed" && t("imports.draftFailed")}
      {draft.state === "idle" && t("imports.draftIdle")}
    </p>
  );
}

/** What confirming will save, to read through before the one click that creates many records. */
function CheckBeforeSaving({ values, mode, onBack, submitting }: { values: ReviewValues; mode: "create" | "update"; onBack: () => void; submitting: boolean }) {
  const { t, language } = useI18n();
  const parties = useParties();
  const check = reviewCheck(values);
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => heading.current?.focus(), []);
  const place = [values.city, values.country ? parties.name(values.country) : ""].filter((part) => part !== "").join(", ");
  return (
    <section className="review-check" aria-labelledby="review-check-title">
      <h2 id="review-check-title" tabIndex={-1} ref={heading}>
        {t("imports.checkTitle")}
      </h2>
      <p>{mode === "update" ? t("imports.checkIntroUpdate") : t("imports.checkIntro")}</p>
      <dl className="review-check-list">
        <dt>{t("imports.title")}</dt>
        <dd lang={values.language}>{values.title.trim() || "—"}</dd>
        <dt>{t("meetings.fields.body")}</dt>
        <dd>{values.body ? parties.name(values.body) : "—"}</dd>
        <dt>{t("meetings.fields.date")}</dt>
        <dd>
          {formatDate(values.date, language)}
          {values.date_end && values.date_end !== values.date ? ` – ${formatDate(values.date_end, language)}` : ""}
        </dd>
        <dt>{t("meetings.fields.city")}</dt>
        <dd>{place || "—"}</dd>
        <dt>{t("meetings.fields.participants")}</dt>
        <dd>{values.participants.length > 0 ? parties.list(values.participants) : "—"}</dd>
      </dl>
      <ul className="plain-list review-check-counts">
        <li>{t("imports.checkAgreements", { count: check.agreements, headings: check.headings })}</li>
        <li>
          {t("imports.checkCommitments", { count: check.commitments })}
          {check.byParty.length > 0 && <> ({check.byParty.map((entry) => `${parties.name(entry.party)}: ${entry.count}`).join("; ")})</>}
        </li>
        {check.withoutDeadline > 0 && <li>{t("imports.checkWithoutDeadline", { count: check.withoutDeadline })}</li>}
        {check.warned > 0 && <li>{t("imports.checkWarned", { count: check.warned })}</li>}
      </ul>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t("imports.confirming") : mode === "update" ? t("imports.confirmUpdate") : t("imports.confirmCreate")}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t("imports.checkBack")}
        </button>
      </div>
    </section>
  );
}

function Review({ record }: { record: ImportRecord }) {
  const api = useApi();
  const { t, language } = useI18n();
  const parties = useParties();
  const mode: "create" | "update" = record.duplicate_of !== null ? "update" : "create";
  // Confirming is two steps: the review's button shows what will be saved; only then does it save.
  const [checking, setChecking] = useState(false);
  const form = useForm<ReviewValues>({
    initial: reviewFromReading(record.reading, record.draft),
    fieldFor: (serverField) => reviewKey(serverField) as keyof ReviewValues & string,
    validate: (values) => fieldErrorsFrom(validateReview(values), messages, reviewKey) as FieldErrors<keyof ReviewValues & string>,
    // The review is saved as it goes (a draft on the server): leaving it loses nothing.
    warnOnLeave: false,
    onSubmit: async (values) => {
      if (!checking) {
        setChecking(true);
        return;
      }
      setChecking(false);
      const answer = await api.confirmImport(record.id, readingFromReview(record.reading, values), mode);
      const kept = answer.kept_commitments?.length ?? 0;
      setFlash(
        answer.created
          ? { key: "imports.created" }
          : kept > 0
            ? { key: "imports.updatedKept", params: { count: kept } }
            : { key: "imports.updated" },
      );
      navigate(meetingPaths.meeting(answer.meeting));
    },
  });
  const { values, set } = form;
  const errors = form.errors as ErrorMap;
  const { draft, keepMine } = useDraftSaving(record, values);
  const setting: DeadlineSetting | null = isIsoDate(values.date)
    ? { date: values.date, ...(isIsoDate(values.date_end) ? { date_end: values.date_end } : {}), ...(values.body ? { body: values.body } : {}) }
    : null;
  const duplicate = useLoad(
    () => (record.duplicate_of === null ? Promise.resolve(null) : api.meeting(record.duplicate_of)),
    String(record.duplicate_of),
  );
  const duplicateName =
    duplicate.state === "ready" && duplicate.data ? meetingTitle(duplicate.data, parties, language, t) : `#${record.duplicate_of ?? ""}`;
  const counts = reviewCounts(values);
  const globalWarnings = record.reading.warnings ?? [];
  const problems = record.problems ?? [];
  const { countries, receivers } = useMeetingPartyOptions();

  const labels: Record<string, string> = {
    title: t("imports.title"),
    language: t("imports.readingLanguage"),
    body: t("meetings.fields.body"),
    type: t("meetings.fields.type"),
    city: t("meetings.fields.city"),
    country: t("meetings.fields.country"),
    date: t("meetings.fields.date"),
    date_end: t("meetings.fields.dateEnd"),
    participants: t("meetings.fields.participants"),
    submitted_to: t("meetings.fields.submittedTo"),
  };
  values.agreements.forEach((agreement, index) => {
    const prefix = t("imports.agreementTitle", { number: agreement.number || String(index + 1) });
    labels[`agreements-${index}-number`] = `${prefix}: ${t("agreements.fields.number")}`;
    labels[`agreements-${index}-text`] = `${prefix}: ${t("imports.textField")}`;
    labels[`agreements-${index}-verb`] = `${prefix}: ${t("agreements.fields.verb")}`;
    labels[`agreements-${index}-parties`] = `${prefix}: ${t("agreements.fields.parties")}`;
    agreement.commitments.forEach((_, position) => {
      const c = `${prefix}, ${t("imports.commitmentTitle", { number: position + 1 })}`;
      labels[`agreements-${index}-commitments-${position}-party`] = `${c}: ${t("imports.party")}`;
      labels[`agreements-${index}-commitments-${position}-action`] = `${c}: ${t("imports.action")}`;
      labels[`agreements-${index}-commitments-${position}-deadline`] = `${c}: ${t("imports.deadline")}`;
    });
  });

  return (
    <>
      <p className="lead">{t("imports.reviewIntro")}</p>
      <DraftStatus draft={draft} onKeepMine={() => void keepMine()} />
      <UnresolvedNames values={values} onChange={form.replaceValues} />
      <p className="review-counts">
        {record.file_name && <>{t("imports.fileName", { name: record.file_name })} · </>}
        {t("imports.counts", { ...counts, warnings: counts.warnings + globalWarnings.length })}
      </p>
      {record.duplicate_of !== null && (
        <Notice tone="warning">
          <p>{t("imports.duplicate", { meeting: duplicateName })}</p>
          <p>
            <Link to={meetingPaths.meeting(record.duplicate_of)}>{t("imports.openDuplicate")}</Link>
          </p>
        </Notice>
      )}
      {globalWarnings.length > 0 && (
        <section aria-labelledby="warnings-title" className="notice notice-warning">
          <h2 id="warnings-title">{t("imports.warningsTitle")}</h2>
          <p>{t("imports.warningsIntro")}</p>
          <ul className="plain-list">
            {globalWarnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
      {problems.length > 0 && form.failure === null && (
        <section aria-labelledby="problems-title" className="notice notice-warning">
          <h2 id="problems-title">{t("imports.problemsTitle")}</h2>
          <p>{t("imports.problemsIntro")}</p>
          <ul className="plain-list">
            {problems.map((problem) => {
              const key = reviewKey(problem.field);
              return (
                <li key={`${problem.field}-${problem.code}`}>
                  <a href={`#review-${key}`}>
                    {labels[key] ?? labels[key.replace(/-\d+$/, "")] ?? problem.field}: {problem.message}
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <ErrorSummary failure={form.failure} errors={errors} labels={labels} idPrefix="review" summaryRef={form.summaryRef} />
      <form className="form form-wide" onSubmit={form.handleSubmit} noValidate>
        <fieldset className="form-section">
          <legend>{t("imports.meetingLegend")}</legend>
          <TextField id="review-title" label={t("imports.title")} hint={t("imports.titleHint")} lang={values.language} value={values.title}
            onChange={(v) => set("title", v)} error={errors.title} maxLength={300} />
          <div className="field-grid">
            <SelectField id="review-body" label={labels.body ?? ""} required value={values.body} onChange={(v) => set("body", v)}
              error={errors.body} placeholder={t("common.choose")} options={bodyOptions(parties.directory, language)} />
            <SelectField id="review-type" label={labels.type ?? ""} required value={values.type} onChange={(v) => set("type", v)}
              error={errors.type} placeholder={t("common.choose")} options={meetingTypes.map((type) => ({ value: type, label: t(`meetings.types.${type}`) }))} />
            <TextField id="review-city" label={labels.city ?? ""} required value={values.city} onChange={(v) => set("city", v)} error={errors.city} />
            <SelectField id="review-country" label={labels.country ?? ""} required value={values.country} onChange={(v) => set("country", v)}
              error={errors.country} placeholder={t("common.choose")} options={countries} />
            <DateField id="review-date" label={labels.date ?? ""} required width="short" value={values.date}
              onChange={(v) => set("date", v)} error={errors.date} />
            <DateField id="review-date_end" label={labels.date_end ?? ""} width="short" value={values.date_end}
              onChange={(v) => set("date_end", v)} error={errors.date_end} />
            <SelectField id="review-submitted_to" label={labels.submitted_to ?? ""} value={values.submitted_to}
              onChange={(v) => set("submitted_to", v)} error={errors.submitted_to} placeholder={t("common.notGiven")} options={receivers} />
            <SelectField id="review-language" label={t("imports.readingLanguage")} value={values.language} width="medium"
              onChange={(v) => set("language", v)} options={(["es", "en"] as const).map((code) => ({ value: code, label: t(`imports.languages.${code}`) }))} />
          </div>
          <details className="disclosure">
            <summary>
              {labels.participants}: {values.participants.length > 0 ? parties.list(values.participants) : "—"}
            </summary>
            <ParticipantFields idPrefix="review" participants={values.participants} onChange={(v) => set("participants", v)} error={errors.participants} />
          </details>
        </fieldset>
        <h2>
          {t("imports.agreementsTitle")} <span className="count">({values.agreements.length})</span>
        </h2>
        <ol className="review-list">
          {values.agreements.map((agreement, index) => (
            <AgreementReview
              key={index}
              agreement={agreement}
              index={index}
              language={values.language}
              errors={errors}
              setting={setting}
              onChange={(next) => set("agreements", values.agreements.map((a, i) => (i === index ? next : a)))}
            />
          ))}
        </ol>
        {checking ? (
          <CheckBeforeSaving values={values} mode={mode} submitting={form.submitting} onBack={() => setChecking(false)} />
        ) : (
          <div className="form-actions form-actions-sticky">
            <button type="submit" className="button" disabled={form.submitting}>
              {t("imports.checkOpen")}
            </button>
          </div>
        )}
      </form>
    </>
  );
}

export default function ImportReviewPage({ id }: { id: ImportId }) {
  const api = useApi();
  const { t } = useI18n();
  const load = useLoad(() => api.importRecord(id), String(id));
  return (
    <>
      <p className="breadcrumb">
        <Link to={importPaths.newImport()}>{t("imports.newTitle")}</Link>
      </p>
      <PageHeading title={t("imports.reviewTitle")}>{t("imports.reviewTitle")}</PageHeading>
      {load.state === "loading" && <Loading />}
      {load.state === "failed" && (
        <LoadFailure error={load.error} onRetry={isApiError(load.error) && load.error.status === 404 ? undefined : load.reload} />
      )}
      {load.state === "ready" &&
        (load.data.status === "confirmed" ? (
          <Notice tone="info">
            <p>{t("imports.alreadyConfirmed")}</p>
            {load.data.meeting !== null && (
              <p>
                <Link to={meetingPaths.meeting(load.data.meeting)}>{t("imports.openMeeting")}</Link>
              </p>
            )}
          </Notice>
        ) : (
          <Review record={load.data} />
        ))}
    </>
  );
}
