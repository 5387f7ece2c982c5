// The results of a search: type and language filters, each result with its type, a link to where
// it is shown and a passage with the found words marked. The server marks them with <mark>…</mark>
// in plain text; the page splits on those markers and renders text, never HTML.

import { useId, type ReactNode } from "react";
import type { Wire } from "../../domain/wire";
import { withQuery } from "../../domain/routing";
import { Empty, LoadPending } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate, useLocation } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi, useSession } from "../../app";
import { searchPaths } from "./routes";
import "./styles.css";

type SearchResult = Wire<"SearchResult">;

const TYPES = ["meeting", "agreement", "commitment", "answer", "contact_point", "document"] as const;
const PAGE = 20;

/** "a <mark>b</mark> c" → text and <mark> elements. */
export function highlighted(snippet: string): ReactNode[] {
  const parts: ReactNode[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let at = 0;
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > at) parts.push(snippet.slice(at, match.index));
    parts.push(<mark key={match.index}>{match[1]}</mark>);
    at = match.index + match[0].length;
  }
  if (at < snippet.length) parts.push(snippet.slice(at));
  return parts;
}

/** Where a result is shown: its own page, or its meeting's or commitment's. */
export function resultPath(result: SearchResult): string | null {
  const target = result.parent ?? { type: result.type, id: result.id };
  switch (target.type) {
    case "meeting":
      return `/meetings/${target.id}`;
    case "commitment":
      return `/commitments/${target.id}`;
    case "contact_point":
      return `/contact-points/${target.id}`;
    case "document":
      return `/documents/${target.id}`;
    default:
      return null;
  }
}

function isKnownType(value: string): value is (typeof TYPES)[number] {
  return (TYPES as readonly string[]).includes(value);
}

export default function SearchPage() {
  const api = useApi();
  const { state } = useSession();
  const { t, language } = useI18n();
  const location = useLocation();
  const queryId = useId();
  const typeId = useId();
  const languageId = useId();
  const query = location.search.get("q") ?? "";
  const type = location.search.get("type") ?? "";
  const lang = location.search.get("lang") ?? "";
  const limit = Math.min(100, Math.max(PAGE, Number(location.search.get("limit") ?? PAGE) || PAGE));
  const load = useLoad(
    () => (query.trim() === "" ? Promise.resolve({ items: [], total: 0 }) : api.search({ q: query, type, lang, limit })),
    `search-${language}-${query}-${type}-${lang}-${limit}`,
  );
  const go = (change: Record<string, string>) =>
    navigate(withQuery(searchPaths.search(), { q: query, type, lang, ...change }), { replace: true });

  return (
    <>
      <PageHeading title={query ? `${t("search.title")}: ${query}` : t("search.title")}>{t("search.title")}</PageHeading>
      <p className="lead">{state.status === "signedIn" ? t("search.intro") : t("search.introPublic")}</p>
      <form
        className="search-filters"
        role="search"
        method="get"
        action={searchPaths.search()}
        onSubmit={(event) => {
          event.preventDefault();
          const words = new FormData(event.currentTarget).get("q");
          go({ q: typeof words === "string" ? words.trim() : "" });
        }}
      >
        <div className="field">
          <label htmlFor={queryId}>{t("search.label")}</label>
          <input id={queryId} name="q" type="search" defaultValue={query} key={query} />
        </div>
        <div className="field">
          <label htmlFor={typeId}>{t("search.type")}</label>
          <select id={typeId} name="type" value={type} onChange={(event) => go({ type: event.target.value })}>
            <option value="">{t("search.anyType")}</option>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`search.types.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={languageId}>{t("search.language")}</label>
          <select id={languageId} name="lang" value={lang} onChange={(event) => go({ lang: event.target.value })}>
            <option value="">{t("search.anyLanguage")}</option>
            <option value="es">{t("search.languages.es")}</option>
            <option value="en">{t("search.languages.en")}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t("search.submit")}
        </button>
      </form>
      {query.trim() === "" ? (
        <Empty>{t("search.empty")}</Empty>
      ) : (
        <>
          <LoadPending load={load} />
          {load.state === "ready" &&
            (load.data.total === 0 ? (
              <Empty>{t("search.none", { query })}</Empty>
            ) : (
              <section aria-labelledby="search-count">
                <h2 id="search-count" aria-live="polite">
                  {load.data.total === 1 ? t("search.one") : t("search.count", { count: load.data.total })}
                </h2>
                <ol className="search-results">
                  {load.data.items.map((result) => {
                    const path = resultPath(result);
                    return (
                      <li key={`${result.type}-${result.id}`} className="search-result">
                        <p className="search-result-type table-sub">{isKnownType(result.type) ? t(`search.types.${result.type}`) : result.type}</p>
                        <h3>{path ? <Link to={path}>{result.title}</Link> : result.title}</h3>
                        {result.snippet && <p className="search-snippet">{highlighted(result.snippet)}</p>}
                      </li>
                    );
                  })}
                </ol>
                {load.data.total > load.data.items.length && limit < 100 && (
                  <button type="button" className="button button-secondary" onClick={() => go({ limit: String(Math.min(100, limit + PAGE)) })}>
                    {t("search.more")}
                  </button>
                )}
              </section>
            ))}
        </>
      )}
    </>
  );
}
