// One document (M20–M22): what it is, its versions newest first with the file of each language
// ("English pending" where one is missing, and who has committed to translate it, by when, under
// which agreement) and, for the Secretariat, the forms to upload a version, to record a
// translation commitment and to distribute it, with each distribution's receipts per delegation
// and a button that reminds only the delegations that have not opened it.

import { useRef, useState, type FormEvent } from "react";
import type { Message } from "../../components/messages";
import { CheckboxField, CheckboxGroup, DateField, FileField, TextAreaField, TextField } from "../../components/fields";
import { Empty, isNotFound, Loading, LoadFailure, Localized, MessageNotice } from "../../components/feedback";
import { useFlash } from "../../components/flash";
import { failureFromError, ErrorSummary, type FormFailure } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { Table } from "../../components/Table";
import { UploadProgress } from "../../components/UploadProgress";
import { useLoad } from "../../components/useLoad";
import { useUser } from "../../app";
import { asCommitmentId } from "../../domain/ids";
import { commitmentPaths } from "../commitments";
import { meetingPaths } from "../meetings";
import {
  distributionGroups,
  type Distribution,
  type DocumentDetail,
  type DocumentId,
  type DocumentLanguage,
  type DocumentVersion,
} from "./model";
import { AccessBadge, isDocumentLanguage, Languages, useDocumentsApi } from "./parts";
import { canManageDocuments } from "./rules";
import { documentPaths } from "./routes";

const maximumFileBytes = 20 * 1024 * 1024;
const acceptedTypes = ".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg";

function VersionFiles({ document, version }: { document: DocumentDetail; version: DocumentVersion }) {
  const api = useDocumentsApi();
  const { t } = useI18n();
  return (
    <ul className="document-files">
      {(["es", "en"] as const).map((language) => {
        const file = version.files[language];
        return (
          <li key={language}>
            {file ? (
              <a href={api.fileUrl(document.id, version.number, language)} download={file.file_name} className="break">
                {t("documents.detail.download", { language: t(`documents.language.${language}`), name: file.file_name })}
              </a>
            ) : (
              <span className="badge badge-pending">{t(`documents.pending.${language}`)}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Versions({ document }: { document: DocumentDetail }) {
  const { t, dateTime } = useI18n();
  if (document.versions.length === 0) return <Empty>{t("documents.detail.noVersion")}</Empty>;
  return (
    <Table labelledBy="versions-title" className="table table-stack" caption={t("documents.detail.versionsCaption")}
      columns={[t("documents.detail.columns.version"), t("documents.detail.columns.files"), t("documents.detail.columns.note"),
        t("documents.detail.columns.uploaded")]}>
      {document.versions.map((version) => (
        <tr key={version.number}>
          <td>
            {t("documents.detail.version", { number: version.number })}
            {version.number === document.current_version && <span className="badge"> {t("documents.detail.current")}</span>}
            {version.name && (
              <span className="table-sub">
                {" "}
                «{version.name}» · {t("documents.detail.kept")}
              </span>
            )}
          </td>
          <td data-label={t("documents.detail.columns.files")}>
            <VersionFiles document={document} version={version} />
          </td>
          <td data-label={t("documents.detail.columns.note")}>{version.note}</td>
          <td data-label={t("documents.detail.columns.uploaded")}>
            {t("documents.detail.uploadedBy", { date: dateTime(version.uploaded_at), name: version.uploaded_by.name })}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function PendingTranslations({ document }: { document: DocumentDetail }) {
  const { t, date } = useI18n();
  const pending = document.pending_languages.filter(isDocumentLanguage);
  if (document.versions.length === 0 || pending.length === 0) return null;
  return (
    <section aria-labelledby="translations-title" className="document-section">
      <h2 id="translations-title">{t("documents.detail.translationsTitle")}</h2>
      <ul>
        {pending.map((language) => {
          const owed = document.translations.find((translation) => translation.language === language);
          return (
            <li key={language}>
              <span className="badge badge-pending">{t(`documents.pending.${language}`)}</span>{" "}
              {owed ? (
                <>
                  {t("documents.detail.translationOwed", { language: t(`documents.language.${language}`), translator: owed.translator })}
                  {owed.due && <> {t("documents.detail.translationDue", { date: date(owed.due) })}</>}
                  {owed.agreement_number && <> {t("documents.detail.translationAgreement", { number: owed.agreement_number })}</>}
                </>
              ) : (
                t("documents.detail.noTranslation")
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function fileError(caught: unknown): FormFailure {
  return failureFromError(caught);
}

function UploadForm({ document, onChanged }: { document: DocumentDetail; onChanged: () => void }) {
  const api = useDocumentsApi();
  const { t } = useI18n();
  const [fileEs, setFileEs] = useState<File | null>(null);
  const [fileEn, setFileEn] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [name, setName] = useState("");
  const [resetKey, setResetKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | undefined>(undefined);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [done, setDone] = useState<Message | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!fileEs && !fileEn) {
      setError({ key: "documents.upload.chooseFile" });
      return;
    }
    if ((fileEs?.size ?? 0) > maximumFileBytes || (fileEn?.size ?? 0) > maximumFileBytes) {
      setError({ key: "errors.fileTooLarge" });
      return;
    }
    setBusy(true);
    setError(undefined);
    setFailure(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ sent: 0, total: (fileEs?.size ?? 0) + (fileEn?.size ?? 0) });
    api
      .addVersion(document.id, { fileEs, fileEn, note, name }, { onProgress: (sent, total) => setProgress({ sent, total }), signal: controller.signal })
      .then((updated) => {
        setFileEs(null);
        setFileEn(null);
        setNote("");
        setName("");
        setResetKey((n) => n + 1);
        setDone({ key: "documents.upload.done", params: { number: updated.current_version ?? 1 } });
        onChanged();
      })
      .catch((caught: unknown) => {
        if (caught instanceof DOMException && caught.name === "AbortError") {
          setDone({ key: "form.uploadCancelled" });
          return;
        }
        setFailure(fileError(caught));
      })
      .finally(() => {
        setBusy(false);
        setProgress(null);
        abort.current = null;
      });
  };

  return (
    <section aria-labelledby="upload-title" className="document-section">
      <h2 id="upload-title">{t("documents.upload.title")}</h2>
      {done && <MessageNotice message={done} />}
      <ErrorSummary failure={failure} errors={{ file_es: error }} labels={{ file_es: t("documents.upload.fileEs") }} idPrefix="upload" summaryRef={summaryRef} />
      <form className="form" onSubmit={submit} noValidate>
        <FileField id="upload-file_es" label={t("documents.upload.fileEs")} hint={t("documents.upload.fileHint")} accept={acceptedTypes}
          onChange={setFileEs} error={error} resetKey={resetKey} />
        <FileField id="upload-file_en" label={t("documents.upload.fileEn")} accept={acceptedTypes} onChange={setFileEn} resetKey={resetKey} />
        <TextAreaField id="upload-note" label={t("documents.upload.note")} value={note} onChange={setNote} maxLength={2000} />
        <TextField id="upload-name" label={t("documents.upload.name")} hint={t("documents.upload.nameHint")} value={name} onChange={setName}
          maxLength={120} width="medium" />
        {progress && <UploadProgress sent={progress.sent} total={progress.total} onCancel={() => abort.current?.abort()} />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("documents.upload.uploading") : t("documents.upload.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}

function TranslationForm({ document, language, onChanged }: { document: DocumentDetail; language: DocumentLanguage; onChanged: () => void }) {
  const api = useDocumentsApi();
  const { t } = useI18n();
  const owed = document.translations.find((translation) => translation.language === language);
  const [translator, setTranslator] = useState(owed?.translator ?? "");
  const [due, setDue] = useState(owed?.due ?? "");
  const [agreement, setAgreement] = useState(owed?.agreement ? String(owed.agreement) : "");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [done, setDone] = useState<Message | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setFailure(null);
    const agreementId = Number.parseInt(agreement, 10);
    api
      .oweTranslation(document.id, language, {
        translator,
        due: due || null,
        agreement: Number.isFinite(agreementId) ? agreementId : null,
      })
      .then(() => {
        setDone({ key: "documents.translation.done" });
        onChanged();
      })
      .catch((caught: unknown) => setFailure(failureFromError(caught)));
  };
  const prefix = `translation-${language}`;
  return (
    <section aria-labelledby={`${prefix}-title`} className="document-section">
      <h2 id={`${prefix}-title`}>{t("documents.translation.title", { language: t(`documents.language.${language}`) })}</h2>
      {done && <MessageNotice message={done} />}
      <ErrorSummary failure={failure} errors={{}} labels={{ translator: t("documents.translation.translator"), due: t("documents.translation.due"),
        agreement: t("documents.translation.agreement") }} idPrefix={prefix} summaryRef={summaryRef} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField id={`${prefix}-translator`} label={t("documents.translation.translator")} value={translator} onChange={setTranslator} required width="medium" />
        <DateField id={`${prefix}-due`} label={t("documents.translation.due")} value={due} onChange={setDue} width="short" />
        <TextField id={`${prefix}-agreement`} label={t("documents.translation.agreement")} hint={t("documents.translation.agreementHint")}
          value={agreement} onChange={setAgreement} inputMode="numeric" width="short" />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t("documents.translation.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}

function Receipts({ document, distribution, onChanged }: { document: DocumentDetail; distribution: Distribution; onChanged: () => void }) {
  const api = useDocumentsApi();
  const { t, dateTime } = useI18n();
  const [done, setDone] = useState<Message | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const captionId = `distribution-${distribution.id}`;
  const missing = distribution.receipts.filter((receipt) => receipt.opened_at === null);
  const remind = () => {
    setBusy(true);
    setDone(null);
    setFailure(null);
    api
      .remind(document.id, distribution.id)
      .then((reminded) => {
        setDone({ key: "documents.distribution.reminded", params: { count: reminded.emailed + reminded.failed } });
        onChanged();
      })
      .catch((caught: unknown) => setFailure(failureFromError(caught)))
      .finally(() => setBusy(false));
  };
  // Shown ticked as soon as it is clicked; put back if the server refuses.
  const [inReport, setInReport] = useState(distribution.in_report);
  const putInReport = (wanted: boolean) => {
    setInReport(wanted);
    setBusy(true);
    setDone(null);
    setFailure(null);
    api
      .putInReport(document.id, distribution.id, wanted)
      .then(() => {
        setDone({ key: wanted ? "documents.distribution.inReportSaved" : "documents.distribution.outOfReportSaved" });
        onChanged();
      })
      .catch((caught: unknown) => {
        setInReport(!wanted);
        setFailure(failureFromError(caught));
      })
      .finally(() => setBusy(false));
  };
  return (
    <article className="document-distribution" aria-labelledby={captionId}>
      <h3 id={captionId}>
        {t("documents.distribution.sentAt", { version: distribution.version, date: dateTime(distribution.sent_at), name: distribution.sent_by.name })}
      </h3>
      {distribution.message && <p className="pre-line">{distribution.message}</p>}
      <p role="status">
        {t("documents.distribution.openedCount", { opened: distribution.opened, total: distribution.receipts.length })}
      </p>
      <Table labelledBy={captionId} className="table table-stack receipts-table" caption={t("documents.distribution.caption", { date: dateTime(distribution.sent_at) })}
        columns={[t("documents.distribution.columns.delegation"), t("documents.distribution.columns.opened"), t("documents.distribution.columns.by"),
          t("documents.distribution.columns.reminded")]}>
        {distribution.receipts.map((receipt) => (
          <tr key={receipt.delegation} data-delegation={receipt.delegation}>
            <td>{receipt.name || receipt.delegation}</td>
            <td data-label={t("documents.distribution.columns.opened")}>
              {receipt.opened_at ? dateTime(receipt.opened_at) : <span className="receipt-missing">{t("documents.distribution.notOpened")}</span>}
            </td>
            <td data-label={t("documents.distribution.columns.by")}>{receipt.opened_by ?? ""}</td>
            <td data-label={t("documents.distribution.columns.reminded")}>{receipt.reminded_at ? dateTime(receipt.reminded_at) : ""}</td>
          </tr>
        ))}
      </Table>
      {document.meeting !== null && (
        <CheckboxField
          id={`in-report-${distribution.id}`}
          label={t("documents.distribution.inReport")}
          hint={t("documents.distribution.inReportHint")}
          checked={inReport}
          onChange={putInReport}
        />
      )}
      {done && <MessageNotice message={done} />}
      <ErrorSummary failure={failure} errors={{}} labels={{}} idPrefix={`remind-${distribution.id}`} summaryRef={summaryRef} />
      {missing.length > 0 ? (
        <p>
          <button type="button" className="button button-secondary" onClick={remind} disabled={busy}>
            {t("documents.distribution.remind")}
          </button>
        </p>
      ) : (
        <p>{t("documents.distribution.allOpened")}</p>
      )}
    </article>
  );
}

function DistributionPanel({ document }: { document: DocumentDetail }) {
  const api = useDocumentsApi();
  const { t } = useI18n();
  const [generation, setGeneration] = useState(0);
  const load = useLoad(() => api.distributions(document.id), `${document.id}:${generation}`);
  const [groups, setGroups] = useState<string[]>(["member_countries"]);
  const [message, setMessage] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [done, setDone] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const reload = () => setGeneration((n) => n + 1);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    setFailure(null);
    api
      .distribute(document.id, { message, groups: groups.filter((g): g is (typeof distributionGroups)[number] => (distributionGroups as readonly string[]).includes(g)) })
      .then((sent) => {
        setDone({ key: "documents.distribution.sent", params: { count: sent.receipts.length } });
        setMessage("");
        reload();
      })
      .catch((caught: unknown) => setFailure(failureFromError(caught)))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="distribution-title" className="document-section">
      <h2 id="distribution-title">{t("documents.distribution.title")}</h2>
      <p>{t("documents.distribution.intro")}</p>
      {done && <MessageNotice message={done} />}
      <ErrorSummary failure={failure} errors={{}} labels={{ groups: t("documents.distribution.groups"), delegations: t("documents.distribution.groups"),
        message: t("documents.distribution.message"), version: t("documents.detail.versionsTitle") }} idPrefix="distribute" summaryRef={summaryRef} />
      {document.versions.length > 0 && (
        <form className="form" onSubmit={submit} noValidate>
          <CheckboxGroup id="distribute-groups" label={t("documents.distribution.groups")} values={groups} onChange={setGroups}
            options={distributionGroups.map((group) => ({ value: group, label: t(`documents.group.${group}`) }))} />
          <TextAreaField id="distribute-message" label={t("documents.distribution.message")} value={message} onChange={setMessage} maxLength={4000} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {t("documents.distribution.submit")}
            </button>
          </div>
        </form>
      )}
      {load.state === "loading" && <Loading />}
      {load.state === "failed" && <LoadFailure error={load.error} onRetry={load.reload} />}
      {load.state === "ready" &&
        (load.data.length === 0 ? (
          <Empty>{t("documents.distribution.none")}</Empty>
        ) : (
          // load.reload keeps the list on screen while it reloads: a new key would unmount the
          // receipts, and with them the reminder's confirmation.
          load.data.map((distribution) => <Receipts key={distribution.id} document={document} distribution={distribution} onChanged={load.reload} />)
        ))}
    </section>
  );
}

function DocumentView({ document, onChanged }: { document: DocumentDetail; onChanged: () => void }) {
  const user = useUser();
  const { t } = useI18n();
  const flash = useFlash();
  const manage = canManageDocuments(user);
  const pending = document.pending_languages.filter(isDocumentLanguage);
  return (
    <>
      <PageHeading title={document.title.es ?? document.title.en ?? ""}>
        <Localized value={document.title} />
      </PageHeading>
      {flash && <MessageNotice message={flash} />}
      <dl className="details">
        <div>
          <dt>{t("documents.list.type")}</dt>
          <dd>{t(`documents.type.${document.type}`)}</dd>
        </div>
        {document.symbol && (
          <div>
            <dt>{t("documents.detail.symbol")}</dt>
            <dd>{document.symbol}</dd>
          </div>
        )}
        {document.meeting !== null && (
          <div>
            <dt>{t("documents.detail.meeting")}</dt>
            <dd>
              <Link to={meetingPaths.meeting(document.meeting)}>{t("documents.detail.meeting")}</Link>
            </dd>
          </div>
        )}
        {document.source !== null && (
          <div>
            <dt>{t("documents.detail.source")}</dt>
            <dd>
              {document.source.commitment !== null ? (
                <Link to={commitmentPaths.commitment(asCommitmentId(document.source.commitment))}>
                  {t("documents.detail.answerEvidence")}
                </Link>
              ) : (
                t("documents.detail.meetingAttachment")
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t("documents.detail.access")}</dt>
          <dd>
            <AccessBadge access={document.access} />
            {document.owner !== null && <> {t("documents.detail.owner", { delegation: document.owner })}</>}
          </dd>
        </div>
        <div>
          <dt>{t("documents.detail.languages")}</dt>
          <dd>
            <Languages languages={document.languages} pending={document.pending_languages} />
          </dd>
        </div>
      </dl>
      <section aria-labelledby="versions-title" className="document-section">
        <h2 id="versions-title">{t("documents.detail.versionsTitle")}</h2>
        <Versions document={document} />
      </section>
      <PendingTranslations document={document} />
      {manage && (
        <div className="document-forms">
          <UploadForm document={document} onChanged={onChanged} />
          {document.versions.length > 0 &&
            pending.map((language) => <TranslationForm key={language} document={document} language={language} onChanged={onChanged} />)}
          <DistributionPanel document={document} />
        </div>
      )}
      <p className="document-section">
        <Link to={documentPaths.documents()}>{t("documents.detail.back")}</Link>
      </p>
    </>
  );
}

export default function DocumentPage({ id }: { id: DocumentId }) {
  const api = useDocumentsApi();
  const { t } = useI18n();
  const [generation, setGeneration] = useState(0);
  const load = useLoad(() => api.get(id), `${id}:${generation}`);
  // After a change the document is read again; the page it was shown on stays while it loads, so
  // the forms keep what they say ("Version 2 uploaded") instead of being unmounted by a spinner.
  const [shown, setShown] = useState<DocumentDetail | null>(null);
  if (load.state === "ready" && load.data !== shown) setShown(load.data);
  const previous = shown !== null && shown.id === id ? shown : null;
  if (load.state === "loading" && !previous) return <Loading />;
  if (load.state === "failed") {
    const back = { to: documentPaths.documents(), label: t("documents.detail.back") };
    if (isNotFound(load.error)) return <LoadFailure error={load.error} back={back} />;
    return <LoadFailure error={load.error} onRetry={load.reload} back={back} />;
  }
  const document = load.state === "ready" ? load.data : previous;
  if (!document) return <Loading />;
  return <DocumentView document={document} onChanged={() => setGeneration((n) => n + 1)} />;
}
