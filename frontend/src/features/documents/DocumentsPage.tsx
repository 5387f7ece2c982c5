// The library (M20): the documents the reader may read, newest first, filtered by meeting, type and
// language (in the address, so that a view can be bookmarked), each with its languages and the
// ones still pending. The Secretariat adds documents from here.

import { useState, type FormEvent } from "react";
import { SelectField, TextField } from "../../components/fields";
import { Empty, LoadPending, Localized, MessageNotice } from "../../components/feedback";
import { useFlash } from "../../components/flash";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate, useLocation } from "../../components/router";
import { Table } from "../../components/Table";
import { useLoad } from "../../components/useLoad";
import { useApi, useUser } from "../../app";
import { useParties } from "../commitments";
import { meetingTitle } from "../meetings";
import { documentLanguages, documentTypes, type DocumentFilter } from "./model";
import { AccessBadge, Languages, useDocumentsApi } from "./parts";
import { canManageDocuments } from "./rules";
import { documentPaths } from "./routes";

type FilterValues = { meeting: string; type: string; language: string; q: string };

function filterFrom(search: URLSearchParams): FilterValues {
  return {
    meeting: search.get("meeting") ?? "",
    type: search.get("type") ?? "",
    language: search.get("language") ?? "",
    q: search.get("q") ?? "",
  };
}

function searchOf(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  const search = params.toString();
  return search ? `?${search}` : "";
}

function useMeetingOptions() {
  const api = useApi();
  const parties = useParties();
  const { language } = useI18n();
  const load = useLoad(() => api.meetings(), "meetings");
  if (load.state !== "ready") return [];
  return load.data.map((meeting) => ({ value: String(meeting.id), label: meetingTitle(meeting, parties, language) }));
}

function Filters({ applied }: { applied: FilterValues }) {
  const { t } = useI18n();
  const meetings = useMeetingOptions();
  const [values, setValues] = useState(applied);
  const appliedKey = JSON.stringify(applied);
  const [lastApplied, setLastApplied] = useState(appliedKey);
  if (lastApplied !== appliedKey) {
    setLastApplied(appliedKey);
    setValues(applied);
  }
  const set = (name: keyof FilterValues, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(documentPaths.documents() + searchOf(values));
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t("documents.list.filtersLabel")}>
      <div className="filter-fields">
        <SelectField id="filter-meeting" label={t("documents.list.meeting")} optionalMarker={false} value={values.meeting}
          onChange={(value) => set("meeting", value)} placeholder={t("common.all")} options={meetings} />
        <SelectField id="filter-type" label={t("documents.list.type")} optionalMarker={false} value={values.type}
          onChange={(value) => set("type", value)} placeholder={t("common.all")}
          options={documentTypes.map((type) => ({ value: type, label: t(`documents.type.${type}`) }))} />
        <SelectField id="filter-language" label={t("documents.list.language")} optionalMarker={false} value={values.language}
          onChange={(value) => set("language", value)} placeholder={t("common.all")}
          options={documentLanguages.map((language) => ({ value: language, label: t(`documents.language.${language}`) }))} />
        <TextField id="filter-q" type="search" label={t("documents.list.words")} optionalMarker={false} value={values.q}
          onChange={(value) => set("q", value)} width="medium" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t("documents.list.apply")}
        </button>
        <Link to={documentPaths.documents()} className="button button-secondary">
          {t("documents.list.clear")}
        </Link>
      </div>
    </form>
  );
}

export default function DocumentsPage() {
  const user = useUser();
  const api = useDocumentsApi();
  const flash = useFlash();
  const location = useLocation();
  const { t, dateTime } = useI18n();
  const applied = filterFrom(location.search);
  const filter: DocumentFilter = applied;
  const load = useLoad(() => api.list(filter), JSON.stringify(filter));
  return (
    <>
      <PageHeading title={t("documents.list.title")}>{t("documents.list.title")}</PageHeading>
      <p className="lead">{t("documents.list.intro")}</p>
      {flash && <MessageNotice message={flash} />}
      {canManageDocuments(user) && (
        <p>
          <Link to={documentPaths.newDocument()} className="button">
            {t("documents.list.newDocument")}
          </Link>
        </p>
      )}
      <Filters applied={applied} />
      <section aria-labelledby="documents-title" className="document-section">
        <h2 id="documents-title" className="visually-hidden">
          {t("documents.list.caption")}
        </h2>
        <LoadPending load={load} />
        {load.state === "ready" && (
          <>
            <p role="status" className="result-count">
              {load.data.length === 1 ? t("documents.list.countOne") : t("documents.list.countMany", { count: load.data.length })}
            </p>
            {load.data.length === 0 ? (
              <Empty>{t("documents.list.empty")}</Empty>
            ) : (
              <Table labelledBy="documents-title" className="table table-stack" caption={t("documents.list.caption")}
                columns={[t("documents.list.columns.document"), t("documents.list.columns.type"), t("documents.list.columns.access"),
                  t("documents.list.columns.languages"), t("documents.list.columns.updated")]}>
                {load.data.map((document) => (
                  <tr key={document.id}>
                    <td>
                      <Link to={documentPaths.document(document.id)}>
                        <Localized value={document.title} />
                      </Link>
                      {document.symbol && <span className="table-sub"> {document.symbol}</span>}
                    </td>
                    <td data-label={t("documents.list.columns.type")}>{t(`documents.type.${document.type}`)}</td>
                    <td data-label={t("documents.list.columns.access")}>
                      <AccessBadge access={document.access} />
                    </td>
                    <td data-label={t("documents.list.columns.languages")}>
                      <Languages languages={document.languages} pending={document.pending_languages} />
                    </td>
                    <td data-label={t("documents.list.columns.updated")}>{dateTime(document.updated_at)}</td>
                  </tr>
                ))}
              </Table>
            )}
          </>
        )}
      </section>
    </>
  );
}
