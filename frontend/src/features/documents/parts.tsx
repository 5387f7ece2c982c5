// Small pieces the document pages share: the feature's API, a document's languages with the
// pending ones ("English pending"), its access level, and meeting names.

import { useMemo } from "react";
import { useI18n } from "../../components/i18n";
import { useApi } from "../../app";
import { documentsApi, type DocumentsApi } from "./api";
import { documentLanguages, type AccessLevel, type DocumentLanguage } from "./model";
import "./styles.css";

export function useDocumentsApi(): DocumentsApi {
  const api = useApi();
  return useMemo(() => documentsApi(api), [api]);
}

export function isDocumentLanguage(value: string): value is DocumentLanguage {
  return (documentLanguages as readonly string[]).includes(value);
}

/** "Español · inglés pendiente": what the current version has, and what it still lacks. */
export function Languages({ languages, pending }: { languages: readonly string[]; pending: readonly string[] }) {
  const { t } = useI18n();
  return (
    <span className="document-languages">
      {languages.filter(isDocumentLanguage).map((language) => (
        <span key={language} className="badge badge-language">
          {t(`documents.language.${language}`)}
        </span>
      ))}
      {languages.length > 0 &&
        pending.filter(isDocumentLanguage).map((language) => (
          <span key={language} className="badge badge-pending">
            {t(`documents.pending.${language}`)}
          </span>
        ))}
    </span>
  );
}

export function AccessBadge({ access }: { access: AccessLevel }) {
  const { t } = useI18n();
  return <span className={`badge badge-access badge-access-${access}`}>{t(`documents.access.${access}`)}</span>;
}
