// A new document of the library (the Secretariat): its type, symbol, titles, meeting and access
// level; its files come next, as its first version, on the document's page.

import { useRef, useState, type FormEvent } from "react";
import { SelectField, TextField } from "../../components/fields";
import { ErrorSummary, failureFromError, type FormFailure } from "../../components/form";
import { setFlash } from "../../components/flash";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { navigate } from "../../components/router";
import { useApi } from "../../app";
import { useLoad } from "../../components/useLoad";
import { useParties } from "../commitments";
import { meetingTitle } from "../meetings";
import { accessLevels, documentTypes, type AccessLevel, type DocumentType } from "./model";
import { useDocumentsApi } from "./parts";
import { documentPaths } from "./routes";

export default function NewDocumentPage() {
  const api = useDocumentsApi();
  const core = useApi();
  const parties = useParties();
  const { t, language } = useI18n();
  const meetings = useLoad(() => core.meetings(), "meetings");
  const [type, setType] = useState<string>("working_document");
  const [symbol, setSymbol] = useState("");
  const [titleEs, setTitleEs] = useState("");
  const [titleEn, setTitleEn] = useState("");
  const [meeting, setMeeting] = useState("");
  const [access, setAccess] = useState<string>("members");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const meetingId = Number.parseInt(meeting, 10);
    api
      .create({
        type: type as DocumentType,
        symbol,
        title: { es: titleEs || null, en: titleEn || null },
        meeting: Number.isFinite(meetingId) ? meetingId : null,
        access: access as AccessLevel,
      })
      .then((created) => {
        setFlash({ key: "documents.create.created" });
        navigate(documentPaths.document(created.id));
      })
      .catch((caught: unknown) => {
        setFailure(failureFromError(caught));
        setBusy(false);
      });
  };
  const meetingOptions =
    meetings.state === "ready"
      ? meetings.data.map((item) => ({ value: String(item.id), label: meetingTitle(item, parties, language) }))
      : [];
  return (
    <>
      <PageHeading title={t("documents.create.title")}>{t("documents.create.title")}</PageHeading>
      <ErrorSummary failure={failure} errors={{}} labels={{ type: t("documents.create.type"), symbol: t("documents.create.symbol"),
        title: t("documents.create.titleEs"), meeting: t("documents.create.meeting"), access: t("documents.create.access") }}
        idPrefix="document" summaryRef={summaryRef} />
      <form className="form" onSubmit={submit} noValidate>
        <SelectField id="document-type" label={t("documents.create.type")} value={type} onChange={setType} required
          options={documentTypes.map((value) => ({ value, label: t(`documents.type.${value}`) }))} />
        <TextField id="document-symbol" label={t("documents.create.symbol")} hint={t("documents.create.symbolHint")} value={symbol}
          onChange={setSymbol} maxLength={60} width="medium" />
        <TextField id="document-title-es" label={t("documents.create.titleEs")} value={titleEs} onChange={setTitleEs} lang="es" maxLength={300} />
        <TextField id="document-title-en" label={t("documents.create.titleEn")} value={titleEn} onChange={setTitleEn} lang="en" maxLength={300} />
        <SelectField id="document-meeting" label={t("documents.create.meeting")} value={meeting} onChange={setMeeting}
          placeholder={t("documents.create.noMeeting")} options={meetingOptions} />
        <SelectField id="document-access" label={t("documents.create.access")} hint={t("documents.accessHint")} value={access} onChange={setAccess} required
          options={accessLevels.map((value) => ({ value, label: t(`documents.access.${value}`) }))} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t("documents.create.submit")}
          </button>
        </div>
      </form>
    </>
  );
}
