// The search box of the shell's header: sends the words to the results page.

import { useId, useState, type FormEvent } from "react";
import { useI18n } from "../../components/i18n";
import { navigate, useLocation } from "../../components/router";
import { withQuery } from "../../domain/routing";
import { searchPaths } from "./routes";
import "./styles.css";

export function SearchBox() {
  const { t } = useI18n();
  const location = useLocation();
  const id = useId();
  const onResults = location.pathname === searchPaths.search();
  const [query, setQuery] = useState(onResults ? (location.search.get("q") ?? "") : "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() === "") return;
    navigate(withQuery(searchPaths.search(), { q: query.trim() }));
  };
  return (
    <form role="search" className="search-box" onSubmit={submit} action={searchPaths.search()} method="get">
      <label htmlFor={id} className="visually-hidden">
        {t("search.label")}
      </label>
      <input id={id} name="q" type="search" value={query} placeholder={t("search.placeholder")} onChange={(event) => setQuery(event.target.value)} />
      <button type="submit" className="header-button">
        {t("search.submit")}
      </button>
    </form>
  );
}
