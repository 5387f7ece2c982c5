// A meeting: when, where, who took part, the agenda, the report's status and downloads, the
// attached documents, and every agreement with its commitments and their states — what a TS
// officer who was not there needs to see in one minute.

import { useEffect, useRef, useState, type FormEvent } from "react";
import { localizedString } from "../../domain/localized";
import { canManageMeetings } from "../../domain/access";
import { asFileId, type MeetingId } from "../../domain/ids";
import { languageNames, languages } from "../../domain/language";
import {
  acceptedFileTypes,
  compareAgreementNumbers,
  isSubItem,
  maximumFileBytes,
  meetingCompletion,
  type AgreementWithCommitments,
  type Meeting,
  type MeetingSummary,
  type MeetingDetail,
} from "../../domain/meetings";
import { UploadProgress } from "../../components/UploadProgress";
import { Empty, isNotFound, Loading, LoadFailure, Localized, MessageNotice } from "../../components/feedback";
import { FileField } from "../../components/fields";
import { ErrorSummary, failureFromError, type FormFailure } from "../../components/form";
import { useFlash } from "../../components/flash";
import { useI18n } from "../../components/i18n";
import type { Message } from "../../components/messages";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { Detail } from "../../components/Detail";
import { Table } from "../../components/Table";
import { isApiError } from "../../api/errors";
import { CommitmentProgress, commitmentPaths, DeadlineText, isClosed, PartyName, ProgressBar, StatusBadge, useParties } from "../commitments";
import { useApi, useUser } from "../../app";
import { MeetingDocuments } from "../documents";
import { meetingTitle } from "./meetingTitle";
import { MeetingDates, MeetingPlace, ReportStatusBadge } from "./parts";
import { meetingPaths } from "./routes";
import "./styles.css";

/** What to say next to the file field for a refused upload (our words for the known codes). */
function fileErrorMessage(error: unknown): Message | undefined {
  if (!isApiError(error)) return undefined;
  const field = error.fields.find((f) => f.field === "file");
  if (field?.code === "unsupported_file_type") return { key: "errors.unsupportedFileType" };
  if (error.status === 413 || field?.code === "file_too_large") return { key: "errors.fileTooLarge" };
  if (field?.message) return { text: field.message, code: field.code, ...(field.language ? { language: field.language } : {}) };
  return undefined;
}

function Files({ meeting, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const api = useApi();
  const user = useUser();
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | undefined>(undefined);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [done, setDone] = useState<Message | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const uploadAbort = useRef<AbortController | null>(null);
  const manage = canManageMeetings(user);
  const [listed, setListed] = useState(0);

  const upload = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!file) {
      setError({ key: "meetings.detail.chooseFile" });
      return;
    }
    if (file.size > maximumFileBytes) {
      setError({ key: "errors.fileTooLarge" });
      return;
    }
    setBusy(true);
    setError(undefined);
    setFailure(null);
    const controller = new AbortController();
    uploadAbort.current = controller;
    setProgress({ sent: 0, total: file.size });
    api
      .addMeetingFile(meeting.id, file, { onProgress: (sent, total) => setProgress({ sent, total }), signal: controller.signal })
      .then(() => {
        setFile(null);
        setResetKey((n) => n + 1);
        setDone({ key: "meetings.detail.uploaded" });
        setListed((n) => n + 1);
        onChanged();
      })
      .catch((caught: unknown) => {
        if (caught instanceof DOMException && caught.name === "AbortError") {
          setDone({ key: "form.uploadCancelled" });
          return;
        }
        setError(fileErrorMessage(caught));
        setFailure(failureFromError(caught));
      })
      .finally(() => {
        setBusy(false);
        setProgress(null);
        uploadAbort.current = null;
      });
  };

  const remove = (file: number) => {
    setDone(null);
    setFailure(null);
    api
      .deleteMeetingFile(meeting.id, asFileId(file))
      .then(() => {
        setDone({ key: "meetings.detail.deleted" });
        setListed((n) => n + 1);
        onChanged();
      })
      .catch((caught: unknown) => setFailure(failureFromError(caught)));
  };

  // One list: the meeting's documents as the library holds them (its attachments among them).
  return (
    <section aria-labelledby="files-title" className="section-gap">
      <h2 id="files-title">{t("meetings.detail.filesTitle")}</h2>
      {done && <MessageNotice message={done} />}
      <MeetingDocuments
        meeting={meeting.id}
        reloadKey={listed}
        empty={t("meetings.detail.noFiles")}
        actions={(document) => {
          const source = document.source;
          if (!manage || source === null || source.kind !== "meeting_attachment") return null;
          const name = document.title.es ?? document.title.en ?? "";
          return (
            <button type="button" className="button button-secondary button-small" onClick={() => remove(source.file)}>
              {t("meetings.detail.deleteFile", { name })}
            </button>
          );
        }}
      />
      {manage && (
        <>
          <ErrorSummary failure={failure} errors={{ file: error }} labels={{ file: t("meetings.detail.uploadLabel") }} idPrefix="meeting" summaryRef={summaryRef} />
          <form className="form upload-form" onSubmit={upload} noValidate>
            <FileField
              id="meeting-file"
              label={t("meetings.detail.uploadLabel")}
              hint={t("meetings.detail.uploadHint")}
              accept={acceptedFileTypes}
              onChange={setFile}
              error={error}
              resetKey={resetKey}
              required
            />
            {progress && <UploadProgress sent={progress.sent} total={progress.total} onCancel={() => uploadAbort.current?.abort()} />}
            <div className="form-actions">
              <button type="submit" className="button" disabled={busy}>
                {busy ? t("meetings.detail.uploading") : t("meetings.detail.upload")}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

/** The first words of a text, cut at a word, for an agreement's folded line. */
function gist(text: string, length = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), length - 20)).trim()}…`;
}

/**
 * One agreement, folded to a line (its number, its first words, how many commitments and how
 * many overdue) so that the meeting page lists them all in a screen or two; opened, the full text,
 * parties and commitments. The page opens the one the address names (#agreement-<id>).
 */
function AgreementItem({ meeting, agreement, open, onToggle }: { meeting: MeetingDetail; agreement: AgreementWithCommitments; open: boolean; onToggle: (open: boolean) => void }) {
  const { t, language } = useI18n();
  const user = useUser();
  const parties = useParties();
  const manage = canManageMeetings(user);
  const titleId = `agreement-${agreement.id}`;
  const counts = meetingCompletion(agreement.commitments);
  return (
    <li className={isSubItem(agreement.number) ? "agreement agreement-sub" : "agreement"} data-number={agreement.number}>
      <article aria-labelledby={titleId}>
        <details className="agreement-fold" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
          <summary className="agreement-summary">
            <h3 id={titleId} className="agreement-title">
              {t("meetings.detail.agreementNumber", { number: agreement.number })}
              {agreement.heading && (
                <>
                  {" "}
                  <span className="badge badge-heading">{t("meetings.detail.headingMarker")}</span>
                </>
              )}
            </h3>
            {!open && <span className="agreement-gist">{gist(localizedString(agreement.text, language))}</span>}
            {agreement.commitments.length > 0 && (
              <span className="agreement-counts">
                {t("meetings.detail.foldedCommitments", { count: agreement.commitments.length })}
                {counts.overdue > 0 && (
                  <>
                    {" "}
                    <span className="badge badge-commitment-overdue">{t("meetings.detail.overdueCount", { count: counts.overdue })}</span>
                  </>
                )}
              </span>
            )}
          </summary>
          <p className="agreement-text">
            <Localized value={agreement.text} />
          </p>
          {agreement.parties.length > 0 && (
            <p className="agreement-parties">
              <span className="label">{t("meetings.detail.parties")}:</span> {parties.list(agreement.parties)}
            </p>
          )}
          {agreement.commitments.length > 0 && (
            <Table labelledBy={`${titleId}-commitments`} className="table table-stack"
              caption={t("meetings.detail.commitmentsOf", { number: agreement.number })} captionId={`${titleId}-commitments`}
              columns={[t("followUp.commitment"), t("followUp.party"), t("commitments.detail.deadline"), t("commitments.detail.status")]}>
              {agreement.commitments.map((commitment) => (
                <tr key={commitment.id}>
                  <td data-label={t("followUp.commitment")}>
                    <Link to={commitmentPaths.commitment(commitment.id)}>
                      <Localized value={commitment.action} />
                    </Link>
                  </td>
                  <td data-label={t("followUp.party")}>
                    <PartyName code={commitment.party} />
                  </td>
                  <td data-label={t("commitments.detail.deadline")}>
                    <DeadlineText deadline={commitment.deadline} showWritten closed={isClosed(commitment.status)} />
                  </td>
                  <td data-label={t("commitments.detail.status")}>
                    <StatusBadge commitment={commitment} />
                    <CommitmentProgress commitment={commitment} />
                  </td>
                </tr>
              ))}
            </Table>
          )}
          {manage && (
            <p className="action-links">
              <Link to={meetingPaths.editAgreement(meeting.id, agreement.id)}>{t("meetings.detail.editAgreement", { number: agreement.number })}</Link>
              {!agreement.heading && (
                <Link to={meetingPaths.newCommitment(meeting.id, agreement.id)}>{t("meetings.detail.addCommitment", { number: agreement.number })}</Link>
              )}
            </p>
          )}
        </details>
      </article>
    </li>
  );
}

function MeetingView({ meeting, others, reload }: { meeting: MeetingDetail; others: readonly MeetingSummary[]; reload: () => void }) {
  const api = useApi();
  const user = useUser();
  const { t, language } = useI18n();
  const parties = useParties();
  const flash = useFlash();
  const title = meetingTitle(meeting, parties, language, t);
  const manage = canManageMeetings(user);
  const agreements = [...meeting.agreements].sort((a, b) => compareAgreementNumbers(a.number, b.number));
  const commitments = agreements.flatMap((a) => a.commitments);
  const completion = meetingCompletion(commitments);
  const consideredAt = meeting.considered_at === null ? null : others.find((m) => m.id === meeting.considered_at);
  const missing = meeting.missing_translations;
  const countries = meeting.participants.filter((code) => parties.directory.countries.some((c) => c.code === code));
  const organisations = meeting.participants.filter((code) => !countries.includes(code));
  // Agreements start folded; the one the address names (#agreement-<id>) starts open.
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => {
    const named = /^#agreement-(\d+)$/.exec(typeof window === "undefined" ? "" : window.location.hash);
    return new Set(named ? [Number(named[1])] : []);
  });
  // The agreement the address names is brought into view once the page is shown, and opened
  // when the address changes to another (a link to #agreement-<id> on this page).
  useEffect(() => {
    const show = () => {
      const named = /^#agreement-(\d+)$/.exec(window.location.hash);
      if (!named) return;
      const id = Number(named[1]);
      setOpened((previous) => (previous.has(id) ? previous : new Set([...previous, id])));
      document.getElementById(`agreement-${id}`)?.scrollIntoView({ block: "start" });
    };
    show();
    window.addEventListener("hashchange", show);
    return () => window.removeEventListener("hashchange", show);
  }, []);

  return (
    <>
      <p className="breadcrumb">
        <Link to={meetingPaths.meetings()}>{t("nav.meetings")}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <div className="status-line">
        <span className="badge badge-type">{t(`meetings.types.${meeting.type}`)}</span>
        <ReportStatusBadge status={meeting.report_status} />
        {meeting.cancelled && <span className="badge badge-cancelled">{t("meetings.detail.cancelled")}</span>}
      </div>
      {flash && <MessageNotice message={flash} />}
      {manage && (
        <p className="action-links">
          <Link to={meetingPaths.editMeeting(meeting.id)} className="button button-secondary">
            {t("meetings.detail.edit")}
          </Link>
          <Link to={meetingPaths.newAgreement(meeting.id)} className="button button-secondary">
            {t("meetings.detail.addAgreement")}
          </Link>
        </p>
      )}
      <div className="two-columns">
        <dl className="details">
          <Detail term={t("meetings.fields.body")}>{parties.fullName(meeting.body)}</Detail>
          <Detail term={t("meetings.detail.when")}>
            <MeetingDates meeting={meeting} />
          </Detail>
          <Detail term={t("meetings.detail.where")}>
            <MeetingPlace meeting={meeting} />
          </Detail>
          {meeting.participants.length > 0 && (
            <Detail term={t("meetings.detail.participants")}>
              {countries.length > 0 && <p className="tight">{parties.list(countries)}</p>}
              {organisations.length > 0 && <p className="tight">{parties.list(organisations)}</p>}
            </Detail>
          )}
          {meeting.video_link && (
            <Detail term={t("meetings.detail.videoLink")}>
              <a href={meeting.video_link} rel="noopener noreferrer" target="_blank" className="break">
                {meeting.video_link}
              </a>
            </Detail>
          )}
          <Detail term={t("meetings.detail.report")}>
            <ReportStatusBadge status={meeting.report_status} />
            {meeting.submitted_to && <span className="table-sub">{t("meetings.detail.submittedTo", { body: parties.name(meeting.submitted_to) })}</span>}
            {consideredAt && (
              <span className="table-sub">
                {t("meetings.detail.consideredAt")}{" "}
                <Link to={meetingPaths.meeting(consideredAt.id)}>{meetingTitle(consideredAt, parties, language, t)}</Link>
              </span>
            )}
          </Detail>
        </dl>
        <section aria-labelledby="completion-title" className="panel">
          <h2 id="completion-title">{t("meetings.detail.followUpTitle")}</h2>
          {completion.total === 0 ? (
            <p>{t("meetings.detail.noCommitments")}</p>
          ) : (
            <>
              <ProgressBar
                value={completion.percent}
                label={t("meetings.detail.followUpTitle")}
                text={t("meetings.detail.completion", { done: completion.done, total: completion.total })}
              />
              {completion.overdue > 0 && (
                <p>
                  <span className="badge badge-commitment-overdue">{t("meetings.detail.overdueCount", { count: completion.overdue })}</span>
                </p>
              )}
            </>
          )}
          <p className={missing.es + missing.en > 0 ? "translations translations-missing" : "translations"}>
            {missing.es + missing.en > 0
              ? t("meetings.detail.missingTranslations", { es: missing.es, en: missing.en })
              : t("meetings.detail.translationsComplete")}
          </p>
        </section>
      </div>

      {/* What people come for first: the report and the calendar, at the top. */}
      <section aria-labelledby="downloads-title" className="panel downloads-panel">
        <h2 id="downloads-title">{t("meetings.detail.downloadsTitle")}</h2>
        <ul className="download-list">
          {languages.map((lang) => (
            <li key={`pdf-${lang}`}>
              <a href={api.reportUrl(meeting.id, "pdf", lang)} download>
                {t("meetings.detail.reportPdf", { language: languageNames[lang] })}
              </a>
            </li>
          ))}
          {languages.map((lang) => (
            <li key={`docx-${lang}`}>
              <a href={api.reportUrl(meeting.id, "docx", lang)} download>
                {t("meetings.detail.reportDocx", { language: languageNames[lang] })}
              </a>
            </li>
          ))}
          <li>
            <a href={api.meetingCalendarUrl(meeting.id)} download>
              {t("meetings.detail.calendar")}
            </a>
          </li>
          <li>
            <a href={api.meetingPackageUrl(meeting.id)} download>
              {t("meetings.detail.package")}
            </a>
          </li>
        </ul>
      </section>

      <nav className="in-page-nav" aria-label={t("meetings.detail.onThisPage")}>
        <ul>
          <li>
            <a href="#agreements-title">
              {t("meetings.detail.agreementsTitle")} ({agreements.length})
            </a>
          </li>
          {meeting.agenda.length > 0 && (
            <li>
              <a href="#agenda-title">{t("meetings.detail.agenda")}</a>
            </li>
          )}
          <li>
            <a href="#files-title">
              {t("meetings.detail.filesTitle")} ({meeting.files.length})
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="agreements-title" className="section-gap">
        <h2 id="agreements-title">
          {t("meetings.detail.agreementsTitle")} <span className="count">({agreements.length})</span>
        </h2>
        {agreements.length === 0 ? (
          <Empty>{t("meetings.detail.noAgreements")}</Empty>
        ) : (
          <>
            <p className="fold-controls">
              <button type="button" className="button button-secondary button-small" onClick={() => setOpened(new Set(agreements.map((a) => a.id)))}
                disabled={opened.size === agreements.length}>
                {t("meetings.detail.openAll")}
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setOpened(new Set())} disabled={opened.size === 0}>
                {t("meetings.detail.closeAll")}
              </button>
            </p>
            <ol className="agreement-list">
              {agreements.map((agreement) => (
                <AgreementItem key={agreement.id} meeting={meeting} agreement={agreement} open={opened.has(agreement.id)}
                  onToggle={(open) => setOpened((previous) => {
                    if (previous.has(agreement.id) === open) return previous;
                    const next = new Set(previous);
                    if (open) next.add(agreement.id);
                    else next.delete(agreement.id);
                    return next;
                  })} />
              ))}
            </ol>
          </>
        )}
      </section>
      {manage && agreements.length > 0 && (
        <p>
          <Link to={meetingPaths.newAgreement(meeting.id)} className="button button-secondary">
            {t("meetings.detail.addAgreement")}
          </Link>
        </p>
      )}
      {meeting.agenda.length > 0 && (
        <section aria-labelledby="agenda-title">
          <h2 id="agenda-title">{t("meetings.detail.agenda")}</h2>
          <ol className="plain-list">
            {meeting.agenda.map((item, index) => (
              <li key={index}>
                <Localized value={item} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <Files meeting={meeting} onChanged={reload} />

    </>
  );
}

export default function MeetingPage({ id }: { id: MeetingId }) {
  const api = useApi();
  const { t } = useI18n();
  const load = useLoad(async () => {
    const [meeting, others] = await Promise.all([api.meeting(id), api.meetings()]);
    return { meeting, others };
  }, String(id));
  if (load.state !== "ready") {
    const missing = load.state === "failed" && isNotFound(load.error);
    const heading = missing ? t("meetings.detail.notFound") : t("meetings.detail.title");
    return (
      <>
        <p className="breadcrumb">
          <Link to={meetingPaths.meetings()}>{t("nav.meetings")}</Link>
        </p>
        <PageHeading title={heading}>{heading}</PageHeading>
        {load.state === "loading" ? (
          <Loading />
        ) : (
          <LoadFailure error={load.error} onRetry={load.reload} back={{ to: meetingPaths.meetings(), label: t("meetings.detail.allMeetings") }} />
        )}
      </>
    );
  }
  return <MeetingView meeting={load.data.meeting} others={load.data.others} reload={load.reload} />;
}
