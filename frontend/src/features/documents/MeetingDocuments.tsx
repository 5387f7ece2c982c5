// A meeting's documents as the library holds them (issue 13): its attachments, the evidence of
// the answers the reader may read, and the Secretariat's documents of the meeting — one list,
// shown on the meeting's page. Each item downloads its current file (Spanish first) and links to
// its page in the library; the meeting's page adds its own actions (removing an attachment).

import { useEffect, type ReactNode } from "react";
import type { MeetingId } from "../../domain/ids";
import { Empty, Loading, LoadFailure, Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import type { LibraryDocument } from "./model";
import { AccessBadge, isDocumentLanguage, Languages, useDocumentsApi } from "./parts";
import { documentPaths } from "./routes";

export function MeetingDocuments({
  meeting,
  reloadKey,
  empty,
  actions,
}: {
  meeting: MeetingId;
  /** Changes when the meeting's page stored or removed a file: the list is read again. */
  reloadKey: number;
  empty: ReactNode;
  actions?: (document: LibraryDocument) => ReactNode;
}) {
  const api = useDocumentsApi();
  const { t } = useI18n();
  const load = useLoad(() => api.list({ meeting: String(meeting) }), `meeting-documents-${meeting}`);
  // Read again in place: the list shown stays until the new one arrives.
  const { reload } = load;
  useEffect(() => {
    if (reloadKey > 0) reload();
  }, [reloadKey, reload]);
  if (load.state === "loading") return <Loading />;
  if (load.state === "failed") return <LoadFailure error={load.error} onRetry={load.reload} />;
  if (load.data.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="file-list">
      {load.data.map((document) => {
        const language = document.languages.find(isDocumentLanguage);
        const title = document.title.es ?? document.title.en ?? "";
        return (
          <li key={document.id} className="file-item">
            {language && document.current_version !== null ? (
              <a href={api.fileUrl(document.id, document.current_version, language)} download className="break">
                <Localized value={document.title} />
              </a>
            ) : (
              <span className="break">{title}</span>
            )}
            <span className="table-sub">
              {t(`documents.type.${document.type}`)} · <AccessBadge access={document.access} />{" "}
              <Languages languages={document.languages} pending={document.pending_languages} /> ·{" "}
              <Link to={documentPaths.document(document.id)}>{t("documents.meeting.inLibrary")}</Link>
            </span>
            {actions?.(document)}
          </li>
        );
      })}
    </ul>
  );
}
