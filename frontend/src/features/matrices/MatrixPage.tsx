// A matrix as a grid: topics (rows) × member countries (columns), headers that stay in view while
// scrolling both ways, filters by topic and search, side-by-side comparison of up to three
// countries, the version as of a closed round, downloads, the update rounds, and what changed
// since a round, word by word.

import { useState, type FormEvent } from "react";
import { DateField, SelectField, TextField } from "../../components/fields";
import { Empty, LoadFailure, LoadPending, Localized, Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useUser } from "../../app";
import type { Matrix, MatrixId, MatrixTopicId, TranslationCommitment, Translations } from "./model";
import { CellView, CountryLabel, Diff, cellSearchText, useMatricesApi } from "./parts";
import { canManage, cellAt, matches } from "./rules";
import { matricesPaths } from "./routes";

function Grid({ matrix, countries, topicFilter, search, pending }: { matrix: Matrix; countries: readonly string[]; topicFilter: string; search: string; pending: readonly TranslationCommitment[] }) {
  const { t, language, text, date } = useI18n();
  const topics = matrix.topics.filter((topic) => {
    if (topicFilter && String(topic.id) !== topicFilter) return false;
    if (!search) return true;
    const haystack = [text(topic.title), ...countries.map((country) => cellSearchText(cellAt(matrix, topic.id, country), language))].join(" ");
    return matches(haystack, search);
  });
  if (topics.length === 0) return <Empty>{t("matrices.changes.none")}</Empty>;
  return (
    <div className="matrix-grid-wrap" role="region" tabIndex={0} aria-labelledby="matrix-grid-caption">
      <table className="matrix-grid">
        <caption id="matrix-grid-caption" className="visually-hidden">
          {t("matrices.grid.caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("matrices.grid.topic")}</th>
            {countries.map((country) => (
              <th scope="col" key={country}>
                <CountryLabel code={country} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id}>
              <th scope="row">
                {topic.number}. <Localized value={topic.title} />
                {topic.articles.length > 0 && <span className="matrix-meta">{t("matrices.grid.articles", { articles: topic.articles.join(", ") })}</span>}
              </th>
              {countries.map((country) => (
                <td key={country}>
                  <CellView cell={cellAt(matrix, topic.id, country)} />
                  {pending
                    .filter((item) => item.owed && item.topic === topic.id && item.country === country)
                    .map((item) => (
                      <p key={item.language} className="matrix-pending">
                        {t(`matrices.translations.pending.${item.language}`, { translator: item.translator, date: date(item.due) })}
                      </p>
                    ))}
                  {cellAt(matrix, topic.id, country) && (
                    <Link className="matrix-meta" to={matricesPaths.timeline(matrix.id, topic.id, country as never)}>
                      {t("matrices.timeline.link")}
                    </Link>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Changes({ matrix }: { matrix: Matrix }) {
  const api = useMatricesApi();
  const { t, language } = useI18n();
  const closed = matrix.rounds.filter((round) => round.state === "closed");
  const [since, setSince] = useState(closed.length > 1 ? String(closed[closed.length - 2]!.number) : "0");
  const load = useLoad(() => api.changes(matrix.id, Number(since), language), `${matrix.id}/${since}/${language}`);
  const topicTitle = (id: number) => matrix.topics.find((topic) => topic.id === id);
  return (
    <section aria-labelledby="matrix-changes">
      <h2 id="matrix-changes">{t("matrices.changes.title")}</h2>
      <SelectField
        id="matrix-changes-since"
        label={t("matrices.changes.since")}
        value={since}
        onChange={setSince}
        optionalMarker={false}
        width="medium"
        options={[{ value: "0", label: t("matrices.changes.start") }, ...closed.map((round) => ({ value: String(round.number), label: round.label }))]}
      />
      <LoadPending load={load} />
      {load.state === "ready" &&
        (load.data.items.length === 0 ? (
          <Empty>{t("matrices.changes.none")}</Empty>
        ) : (
          <ul className="matrix-changes">
            {load.data.items.map((change) => {
              const topic = topicTitle(change.topic);
              return (
                <li key={`${change.topic}-${change.country}`}>
                  <p className="matrix-meta">
                    {topic && `${topic.number}. `}
                    {topic && <Localized value={topic.title} />} ·{" "}
                    {t("matrices.changes.fromTo", { country: change.country, from: String(change.from_round), to: String(change.to_round) })}
                  </p>
                  <Diff segments={change.diff} />
                </li>
              );
            })}
          </ul>
        ))}
    </section>
  );
}

/** One cell's owed language: who translates it by when, and the Secretariat's form to say so. */
function TranslationOwed({ matrix, topic, country, language, commitment, onSaved }: { matrix: Matrix; topic: MatrixTopicId; country: string; language: "es" | "en"; commitment: TranslationCommitment | undefined; onSaved: () => void }) {
  const api = useMatricesApi();
  const user = useUser();
  const { t, date } = useI18n();
  const [translator, setTranslator] = useState(commitment?.translator ?? "");
  const [due, setDue] = useState(commitment?.due ?? "");
  const [error, setError] = useState<unknown>(null);
  const prefix = `translation-${topic}-${country}-${language}`;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setError(null);
      await api.commitTranslation(matrix.id, topic, country, language, translator, due, commitment?.version ?? 0);
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className="matrix-translation-owed">
      {commitment ? (
        <p className="matrix-pending">{t(`matrices.translations.pending.${language}`, { translator: commitment.translator, date: date(commitment.due) })}</p>
      ) : (
        <p>{t(`matrices.translations.unassigned.${language}`)}</p>
      )}
      {user && canManage(user) && (
        <form onSubmit={save} className="matrix-translation-form">
          <TextField id={`${prefix}-who`} label={t("matrices.translations.translator")} value={translator} onChange={setTranslator} required width="medium" />
          <DateField id={`${prefix}-due`} label={t("matrices.translations.due")} value={due} onChange={setDue} required width="medium" />
          <button type="submit" className="button button-secondary button-small">
            {t("matrices.translations.save")}
          </button>
          {error !== null && <LoadFailure error={error} />}
        </form>
      )}
    </div>
  );
}

function TranslationsSection({ matrix, translations, onSaved }: { matrix: Matrix; translations: Translations; onSaved: () => void }) {
  const { t } = useI18n();
  const topic = (id: number) => matrix.topics.find((item) => item.id === id);
  // One entry per cell, with every language owed by any of its provisions.
  const cells = new Map<string, { topic: MatrixTopicId; country: string; provisions: number[]; missing: Set<"es" | "en">; stale: Set<"es" | "en"> }>();
  for (const gap of translations.items) {
    const key = `${gap.topic}/${gap.country}`;
    const entry = cells.get(key) ?? { topic: gap.topic, country: gap.country, provisions: [], missing: new Set(), stale: new Set() };
    entry.provisions.push(gap.provision + 1);
    gap.missing.forEach((language) => entry.missing.add(language));
    gap.stale.forEach((language) => entry.stale.add(language));
    cells.set(key, entry);
  }
  return (
    <section aria-labelledby="matrix-translations">
      <h2 id="matrix-translations">{t("matrices.translations.title")}</h2>
      {cells.size === 0 ? (
        <Empty>{t("matrices.translations.none")}</Empty>
      ) : (
        <ul>
          {[...cells.values()].map((cell) => {
            const row = topic(cell.topic);
            const owed = [...new Set([...cell.missing, ...cell.stale])].sort();
            return (
              <li key={`${cell.topic}-${cell.country}`} className="matrix-translation">
                {row && `${row.number}. `}
                {row && <Localized value={row.title} />} · {t("matrices.translations.where", { country: cell.country, number: cell.provisions.join(", ") })}
                {cell.missing.size > 0 && <> · {t("matrices.translations.missing", { languages: [...cell.missing].join(", ") })}</>}
                {cell.stale.size > 0 && (
                  <>
                    {" "}
                    · <span className="badge matrix-stale">{t("matrices.translations.stale", { languages: [...cell.stale].join(", ") })}</span>
                  </>
                )}
                {owed.map((language) => (
                  <TranslationOwed
                    key={language}
                    matrix={matrix}
                    topic={cell.topic}
                    country={cell.country}
                    language={language}
                    commitment={translations.commitments.find((item) => item.topic === cell.topic && item.country === cell.country && item.language === language)}
                    onSaved={onSaved}
                  />
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Rounds({ matrix, onOpened }: { matrix: Matrix; onOpened: () => void }) {
  const api = useMatricesApi();
  const user = useUser();
  const { t, date } = useI18n();
  const [due, setDue] = useState("");
  const [label, setLabel] = useState("");
  const [error, setError] = useState<unknown>(null);
  const open = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api.openRound(matrix.id, due, label);
      onOpened();
    } catch (caught) {
      setError(caught);
    }
  };
  const hasOpen = matrix.rounds.some((round) => round.state === "open");
  return (
    <section aria-labelledby="matrix-rounds">
      <h2 id="matrix-rounds">{t("matrices.rounds.title")}</h2>
      {matrix.rounds.length === 0 ? (
        <Empty>{t("matrices.rounds.none")}</Empty>
      ) : (
        <ul>
          {matrix.rounds.map((round) => (
            <li key={round.id}>
              <Link to={matricesPaths.round(matrix.id, round.number)}>{t("matrices.round.title", { label: round.label })}</Link> · {t(`matrices.rounds.state.${round.state}`)} ·{" "}
              {t("matrices.rounds.due", { date: date(round.due) })}
            </li>
          ))}
        </ul>
      )}
      {user && canManage(user) && !hasOpen && (
        <form onSubmit={open} className="matrix-open-round">
          <DateField id="round-due" label={t("matrices.rounds.dueLabel")} value={due} onChange={setDue} required width="medium" />
          <TextField id="round-label" label={t("matrices.rounds.labelLabel")} value={label} onChange={setLabel} width="short" />
          {error !== null && <Notice tone="warning">{error instanceof Error ? error.message : String(error)}</Notice>}
          <button type="submit" className="button">
            {t("matrices.rounds.open")}
          </button>
        </form>
      )}
    </section>
  );
}

export default function MatrixPage({ id }: { id: MatrixId }) {
  const api = useMatricesApi();
  const { t, text, language } = useI18n();
  const [asOf, setAsOf] = useState("");
  const [topicFilter, setTopicFilter] = useState("");
  const [search, setSearch] = useState("");
  const [compare, setCompare] = useState<readonly string[]>([]);
  const load = useLoad(() => api.get(id, asOf ? Number(asOf) : undefined), `${id}/${asOf}`);
  const translations = useLoad(() => api.translations(id), `translations/${id}`);
  if (load.state !== "ready") return <LoadPending load={load} />;
  const owed = translations.state === "ready" ? translations.data : { items: [], commitments: [] };
  const matrix = load.data;
  const countries = compare.length > 0 ? matrix.countries.filter((country) => compare.includes(country)) : matrix.countries;
  const toggle = (country: string) =>
    setCompare((current) => (current.includes(country) ? current.filter((c) => c !== country) : current.length >= 3 ? current : [...current, country]));
  const round = asOf ? Number(asOf) : undefined;
  return (
    <>
      <p className="breadcrumb">
        <Link to={matricesPaths.matrices()}>{t("matrices.list.title")}</Link>
      </p>
      <PageHeading title={text(matrix.title)}>
        <Localized value={matrix.title} />
      </PageHeading>
      <section aria-labelledby="matrix-filters" className="matrix-filters">
        <h2 id="matrix-filters" className="visually-hidden">
          {t("matrices.filters.title")}
        </h2>
        <TextField id="matrix-search" type="search" label={t("matrices.filters.search")} value={search} onChange={setSearch} width="medium" />
        <SelectField
          id="matrix-topic"
          label={t("matrices.filters.topic")}
          value={topicFilter}
          onChange={setTopicFilter}
          optionalMarker={false}
          placeholder={t("matrices.filters.allTopics")}
          options={matrix.topics.map((topic) => ({ value: String(topic.id), label: `${topic.number}. ${text(topic.title)}` }))}
        />
        <SelectField
          id="matrix-as-of"
          label={t("matrices.filters.asOf")}
          value={asOf}
          onChange={setAsOf}
          optionalMarker={false}
          placeholder={t("matrices.filters.latest")}
          options={matrix.rounds.filter((r) => r.state === "closed").map((r) => ({ value: String(r.number), label: t("matrices.filters.asOfRound", { label: r.label }) }))}
        />
        <fieldset className="matrix-compare">
          <legend>{t("matrices.filters.countries")}</legend>
          {matrix.countries.map((country) => (
            <label key={country}>
              <input type="checkbox" checked={compare.includes(country)} onChange={() => toggle(country)} /> <CountryLabel code={country} />
            </label>
          ))}
        </fieldset>
      </section>
      <p className="matrix-exports">
        {t("matrices.exports.title")}:{" "}
        {(["xlsx", "csv", "pdf"] as const).map((format) => (
          <a key={format} className="button button-secondary" href={api.exportUrl(matrix.id, format, language, round)}>
            {t(`matrices.exports.${format}`)}
          </a>
        ))}
      </p>
      <Grid matrix={matrix} countries={countries} topicFilter={topicFilter} search={search} pending={asOf ? [] : owed.commitments} />
      <Rounds matrix={matrix} onOpened={load.reload} />
      <Changes matrix={matrix} />
      {translations.state === "ready" ? <TranslationsSection matrix={matrix} translations={translations.data} onSaved={translations.reload} /> : <LoadPending load={translations} />}
    </>
  );
}
