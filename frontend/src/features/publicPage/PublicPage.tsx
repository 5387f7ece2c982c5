// The public page (issue 13, item 6): the process, its meetings with an adopted report (the report
// to download in both languages and formats, and the meeting's public documents), its public
// documents, its member countries, bodies and networks, and a search over public material only.
// One request for the page (GET /api/v1/public) and one per search; the server gives the same
// published material to every caller, and the results are kept to what the page itself shows.

import { useEffect, useId, useState, type FormEvent, type ReactNode } from "react";
import type { Wire } from "../../domain/wire";
import { withQuery } from "../../domain/routing";
import { localizedString } from "../../domain/localized";
import { languages, type Language } from "../../domain/language";
import { Empty, LoadPending, Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate, useLocation } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi } from "../../app";
import { publicRecordPaths } from "../publicRecord";
import { publicPagePaths } from "./routes";
import "./styles.css";

type PublicPageData = Wire<"PublicPage">;
type PublicMeeting = Wire<"PublicMeeting">;
type PublicDocument = Wire<"PublicDocument">;
type SearchResult = Wire<"SearchResult">;

const reportFormats = ["pdf", "docx"] as const;

/** "a <mark>b</mark> c" → text and <mark> elements (the server marks; nothing is read as HTML). */
function publicHighlighted(snippet: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of snippet.matchAll(/<mark>(.*?)<\/mark>/gs)) {
    if (match.index > at) parts.push(snippet.slice(at, match.index));
    parts.push(<mark key={match.index}>{match[1]}</mark>);
    at = match.index + match[0].length;
  }
  if (at < snippet.length) parts.push(snippet.slice(at));
  return parts;
}

function bodyName(page: PublicPageData, code: string, language: Language): string {
  const body = page.bodies.find((item) => item.code === code) ?? page.networks.find((item) => item.code === code);
  return body ? localizedString(body.name, language) : code;
}

function meetingTitle(page: PublicPageData, meeting: PublicMeeting, language: Language): string {
  return (
    localizedString(meeting.title, language) ||
    [bodyName(page, meeting.body, language), meeting.place.city, meeting.date.slice(0, 4)].filter(Boolean).join(" — ")
  );
}

function documentFile(document: PublicDocument, language: string): string {
  return `/api/v1/documents/${document.id}/versions/${document.version ?? 1}/files/${language}`;
}

function DocumentItem({ document }: { document: PublicDocument }) {
  const { t } = useI18n();
  return (
    <li id={`document-${document.id}`} className="public-document">
      <span className="public-document-type">{t(`publicPage.documentTypes.${document.type}`)}</span>{" "}
      {document.symbol && <span className="public-document-symbol">{document.symbol}</span>}{" "}
      <span className="public-document-title">
        <Localized value={document.title} />
      </span>
      {document.languages.length > 0 && (
        <span className="public-downloads">
          {document.languages.map((language) => (
            <a key={language} href={documentFile(document, language)} hrefLang={language} download>
              {t("publicPage.download", { language: t(`publicPage.languageNames.${language}`) })}
            </a>
          ))}
        </span>
      )}
    </li>
  );
}

function MeetingItem({ page, meeting }: { page: PublicPageData; meeting: PublicMeeting }) {
  const { t, language, date } = useI18n();
  const headingId = `meeting-${meeting.id}-title`;
  const documents = meeting.documents;
  const country = page.countries.find((item) => item.code === meeting.place.country);
  const where = [meeting.place.city, country ? localizedString(country.name, language) : ""].filter(Boolean).join(", ");
  return (
    <article id={`meeting-${meeting.id}`} className="public-meeting-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{meetingTitle(page, meeting, language)}</h3>
      <p className="table-sub">
        {[where, date(meeting.date), t(`publicPage.reportStatus.${meeting.report_status}`), t("publicPage.agreements", { count: meeting.agreements })]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="public-downloads">
        <span>{t("publicPage.report")}:</span>
        {reportFormats.flatMap((format) =>
          languages.map((reportLanguage) => (
            <a
              key={`${format}-${reportLanguage}`}
              href={withQuery(`/api/v1/meetings/${meeting.id}/report`, { format, lang: reportLanguage })}
              hrefLang={reportLanguage}
              download
            >
              {t("publicPage.reportFile", { format: format.toUpperCase(), language: t(`publicPage.languageNames.${reportLanguage}`) })}
            </a>
          )),
        )}
      </p>
      {documents.length > 0 && (
        <>
          <h4>{t("publicPage.meetingDocuments")}</h4>
          <ul className="public-documents">
            {documents.map((document) => (
              <DocumentItem key={document.id} document={document} />
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** The address of the public page's page `number` (1 is the plain address), with an optional anchor. */
function pageAddress(number: number, anchor = "", query = ""): string {
  const params: Record<string, string> = {};
  if (query !== "") params.q = query;
  if (number > 1) params.page = String(number);
  return withQuery(publicPagePaths.publicPage(), params) + anchor;
}

/**
 * Where a result is shown on the public page — its page and anchor — or null when the page does not
 * show it (then it is left out: a signed-in reader's search also finds what is not published).
 */
function resultAddress(page: PublicPageData, result: SearchResult, query: string): string | null {
  const target = result.parent ?? { type: result.type, id: result.id };
  const ids = target.type === "meeting" ? page.meeting_ids : target.type === "document" ? page.document_ids : [];
  const at = ids.indexOf(target.id);
  if (at < 0) return null;
  return pageAddress(Math.floor(at / page.page_size) + 1, `#${target.type}-${target.id}`, query);
}

/** Previous and next page of the meetings and documents, when there is more than one. */
function Pager({ page }: { page: PublicPageData }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(Math.max(page.meeting_ids.length, page.document_ids.length) / page.page_size));
  if (pages <= 1) return null;
  return (
    <nav className="public-pager" aria-label={t("publicPage.pages.label")}>
      {page.page > 1 && (
        <Link to={pageAddress(page.page - 1)} rel="prev">
          {t("publicPage.pages.previous")}
        </Link>
      )}
      <span>{t("publicPage.pages.position", { page: page.page, pages })}</span>
      {page.page < pages && (
        <Link to={pageAddress(page.page + 1)} rel="next">
          {t("publicPage.pages.next")}
        </Link>
      )}
    </nav>
  );
}

function PublicSearch({ page }: { page: PublicPageData }) {
  const api = useApi();
  const { t, language } = useI18n();
  const location = useLocation();
  const id = useId();
  const query = location.search.get("q")?.trim() ?? "";
  const [typed, setTyped] = useState(query);
  const load = useLoad(() => (query === "" ? Promise.resolve(null) : api.search({ q: query, limit: 50 })), `public-search-${query}-${language}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(typed.trim() === "" ? publicPagePaths.publicPage() : withQuery(publicPagePaths.publicPage(), { q: typed.trim() }), { replace: true });
  };
  const found =
    load.state === "ready" && load.data
      ? load.data.items.flatMap((result) => {
          const anchor = resultAddress(page, result, query);
          return anchor ? [{ result, anchor }] : [];
        })
      : [];
  return (
    <section className="public-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("publicPage.search.title")}</h2>
      <form role="search" className="public-search" onSubmit={submit} action={publicPagePaths.publicPage()} method="get">
        <label htmlFor={id}>{t("publicPage.search.label")}</label>
        <div className="public-search-row">
          <input id={id} name="q" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} />
          <button type="submit" className="button">
            {t("publicPage.search.submit")}
          </button>
        </div>
      </form>
      {query !== "" && <LoadPending load={load} />}
      {query !== "" && load.state === "ready" && (
        <div className="public-results">
          <p role="status">{t("publicPage.search.results", { count: found.length, query })}</p>
          {found.length > 0 && (
            <ol className="public-result-list">
              {found.map(({ result, anchor }) => (
                <li key={`${result.type}-${result.id}`} className="public-result">
                  <Link to={anchor}>{result.title}</Link>
                  <p className="public-snippet">{publicHighlighted(result.snippet)}</p>
                </li>
              ))}
            </ol>
          )}
          <p>
            <Link to={publicPagePaths.publicPage()}>{t("publicPage.search.clear")}</Link>
          </p>
        </div>
      )}
    </section>
  );
}

function PublicContent({ page }: { page: PublicPageData }) {
  const { t, language } = useI18n();
  const location = useLocation();
  const process = localizedString(page.process.name, language);
  const members = page.countries.filter((country) => country.status === "member");
  // A search result on this page or another one: once its page is shown, go to it.
  useEffect(() => {
    const hash = window.location.hash;
    if (hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [location.href, page]);
  return (
    <>
      <PageHeading title={process || t("publicPage.title")}>{process || t("publicPage.title")}</PageHeading>
      <p className="lead">{t("publicPage.intro", { process: page.process.code })}</p>
      <PublicSearch page={page} />
      <section className="public-section" aria-labelledby="public-meetings-title">
        <h2 id="public-meetings-title">{t("publicPage.meetings")}</h2>
        {page.meetings.length === 0 ? (
          <Empty>{t(page.meeting_ids.length > 0 ? "publicPage.pages.noMoreMeetings" : "publicPage.noMeetings", { count: page.meeting_ids.length })}</Empty>
        ) : (
          <>
            {page.meetings.map((meeting) => (
              <MeetingItem key={meeting.id} page={page} meeting={meeting} />
            ))}
            <p>
              <Link to={publicRecordPaths.publicRecord()}>{t("publicPage.record")}</Link>
            </p>
          </>
        )}
        <Pager page={page} />
      </section>
      <section className="public-section" aria-labelledby="public-documents-title">
        <h2 id="public-documents-title">{t("publicPage.documents")}</h2>
        {page.documents.length === 0 ? (
          <Empty>{t(page.document_ids.length > 0 ? "publicPage.pages.noMoreDocuments" : "publicPage.noDocuments", { count: page.document_ids.length })}</Empty>
        ) : (
          <ul className="public-documents">
            {page.documents.map((document) => (
              <DocumentItem key={document.id} document={document} />
            ))}
          </ul>
        )}
        <Pager page={page} />
      </section>
      <section className="public-section" aria-labelledby="public-members-title">
        <h2 id="public-members-title">{t("publicPage.members")}</h2>
        <ul className="public-inline-list">
          {members.map((country) => (
            <li key={country.code}>{localizedString(country.name, language)}</li>
          ))}
        </ul>
      </section>
      <section className="public-section" aria-labelledby="public-bodies-title">
        <h2 id="public-bodies-title">{t("publicPage.bodies")}</h2>
        <ul>
          {[...page.bodies, ...page.networks].map((body) => (
            <li key={body.code}>
              <Localized value={body.name} />
            </li>
          ))}
        </ul>
      </section>
      <p className="public-plain">
        <a href={withQuery("/api/v1/public/page", { lang: language })}>{t("publicPage.plain")}</a>
      </p>
    </>
  );
}

export default function PublicPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const location = useLocation();
  const requested = Number(location.search.get("page") ?? "1");
  const number = Number.isInteger(requested) && requested >= 1 && requested <= 100000 ? requested : 1;
  const load = useLoad(() => api.publicPage(number), `public-page-${number}`);
  if (load.state !== "ready") {
    return (
      <>
        <PageHeading title={t("publicPage.title")}>{t("publicPage.title")}</PageHeading>
        <LoadPending load={load} />
      </>
    );
  }
  return <PublicContent key={language} page={load.data} />;
}
