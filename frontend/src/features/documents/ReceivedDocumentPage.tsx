// What a personal link of a distribution opens, for whoever holds it and without signing in:
// opening it records the delegation's receipt (the server does), and the files of the version
// distributed can be downloaded through the same link.

import { isApiError } from "../../api/errors";
import { Loading, Localized, Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { useLoad } from "../../components/useLoad";
import { isDocumentLanguage, Languages, useDocumentsApi } from "./parts";

export default function ReceivedDocumentPage({ token }: { token: string }) {
  const api = useDocumentsApi();
  const { t, dateTime } = useI18n();
  const load = useLoad(() => api.received(token), token);
  if (load.state === "loading") return <Loading />;
  if (load.state === "failed") {
    const expired = isApiError(load.error) && load.error.code === "document_link_expired";
    return (
      <>
        <PageHeading title={t("documents.received.title")}>{t("documents.received.title")}</PageHeading>
        <Notice tone="warning">
          <p>{expired ? t("documents.received.expired") : t("documents.received.unknown")}</p>
        </Notice>
      </>
    );
  }
  const { document, version, message, sent_at } = load.data;
  const distributed = document.versions.find((item) => item.number === version);
  return (
    <>
      <PageHeading title={document.title.es ?? document.title.en ?? t("documents.received.title")}>
        <Localized value={document.title} />
      </PageHeading>
      <p className="lead">{t("documents.received.intro", { date: dateTime(sent_at) })}</p>
      {document.symbol && <p>{document.symbol}</p>}
      {message && (
        <section aria-labelledby="received-message">
          <h2 id="received-message">{t("documents.received.message")}</h2>
          <p className="pre-line">{message}</p>
        </section>
      )}
      <section aria-labelledby="received-files" className="document-section">
        <h2 id="received-files">{t("documents.received.files")}</h2>
        {distributed && (
          <>
            <p>
              <Languages languages={distributed.languages} pending={document.pending_languages} />
            </p>
            <ul className="document-files">
              {distributed.languages.filter(isDocumentLanguage).map((language) => {
                const file = distributed.files[language];
                return (
                  <li key={language}>
                    <a href={api.receivedFileUrl(token, language)} download={file?.file_name}>
                      {t("documents.detail.download", { language: t(`documents.language.${language}`), name: file?.file_name ?? "" })}
                    </a>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
