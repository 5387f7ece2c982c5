// A matrix as a grid: topics (rows) × member countries (columns), headers that stay in view while
// scrolling both ways, filters by topic and search, side-by-side comparison of up to three
// countries, the version as of a closed round, downloads, the update rounds, and what changed
// since a round, word by word.

import { useState, type FormEvent } from "react";
import { DateField, FileField, SelectField, TextField } from "../../components/fields";
import { Empty, LoadFailure, LoadPending, Localized, Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi, useUser } from "../../app";
import { ErrorSummary, SubmitButton, useForm, validationMessages } from "../../components/form";
import type { ImportPreview, Matrix, MatrixId, MatrixTopicId, TranslationCommitment, Translations } from "./model";
import { CellView, CountryLabel, Diff, cellSearchText, useMatricesApi } from "./parts";
import { canManage, cellAt, matches } from "./rules";
import { matricesPaths } from "./routes";
import { useParties } from "../commitments";
import { meetingTitle } from "../meetings";

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

type RoundValues = { due: string; label: string; commitment: string };

function Rounds({ matrix, onOpened }: { matrix: Matrix; onOpened: () => void }) {
  const api = useMatricesApi();
  const client = useApi();
  const user = useUser();
  const { t, date, text, language } = useI18n();
  const manages = user !== null && canManage(user);
  // The commitments a round can answer: those still open (an agreement asked the countries to update the matrix).
  // Each is named by its meeting, agreement and party, and the list narrows as the Secretariat types.
  const commitments = useLoad(
    async () => (manages ? { commitments: await client.commitments(), meetings: await client.meetings() } : { commitments: [], meetings: [] }),
    `commitments/${String(manages)}`,
  );
  const parties = useParties();
  const [commitmentQuery, setCommitmentQuery] = useState("");
  const form = useForm<RoundValues>({
    initial: { due: "", label: "", commitment: "" },
    validate: (values) => (values.due === "" ? { due: validationMessages.required } : {}),
    onSubmit: async (values) => {
      await api.openRound(matrix.id, values.due, values.label, values.commitment === "" ? null : Number(values.commitment));
      onOpened();
    },
  });
  const hasOpen = matrix.rounds.some((round) => round.state === "open");
  const { commitments: openCommitments, meetings } = commitments.state === "ready" ? commitments.data : { commitments: [], meetings: [] };
  const allOptions = openCommitments
    .filter((commitment) => commitment.status !== "done" && commitment.status !== "cancelled")
    .map((commitment) => {
      const meeting = meetings.find((item) => item.id === commitment.meeting);
      return {
        value: String(commitment.id),
        label: t("matrices.rounds.commitmentOption", {
          meeting: meeting === undefined ? "" : meetingTitle(meeting, parties, language, t),
          number: commitment.agreement_number,
          party: parties.name(commitment.party),
          action: text(commitment.action),
        }),
      };
    });
  // The chosen one stays listed whatever is typed.
  const options = allOptions.filter((option) => option.value === form.values.commitment || matches(option.label, commitmentQuery));
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
      {manages && !hasOpen && (
        <form onSubmit={form.handleSubmit} className="matrix-open-round" noValidate>
          <ErrorSummary
            failure={form.failure}
            errors={form.errors}
            labels={{ due: t("matrices.rounds.dueLabel"), label: t("matrices.rounds.labelLabel"), commitment: t("matrices.rounds.commitmentLabel") }}
            idPrefix="round"
            summaryRef={form.summaryRef}
          />
          <DateField id="round-due" label={t("matrices.rounds.dueLabel")} value={form.values.due} onChange={(value) => form.set("due", value)} required width="medium" error={form.errors.due} />
          <TextField id="round-label" label={t("matrices.rounds.labelLabel")} value={form.values.label} onChange={(value) => form.set("label", value)} width="short" error={form.errors.label} />
          {allOptions.length > 5 && (
            <TextField
              id="round-commitment-filter"
              type="search"
              label={t("matrices.rounds.commitmentFilter")}
              hint={t("matrices.rounds.commitmentFilterHint", { shown: options.length, total: allOptions.length })}
              value={commitmentQuery}
              onChange={setCommitmentQuery}
              width="medium"
            />
          )}
          <SelectField
            id="round-commitment"
            label={t("matrices.rounds.commitmentLabel")}
            hint={t("matrices.rounds.commitmentHint")}
            value={form.values.commitment}
            onChange={(value) => form.set("commitment", value)}
            options={options}
            placeholder={t("matrices.rounds.commitmentNone")}
            error={form.errors.commitment}
          />
          <SubmitButton submitting={form.submitting} label={t("matrices.rounds.open")} />
        </form>
      )}
    </section>
  );
}

/**
 * The first load of a whole matrix (only while it has no rounds): the Secretariat picks the table
 * (the consultancy's spreadsheet in the export's long layout, CSV or XLSX), sees what it would add
 * and every line's problems, then loads it as the matrix's first, closed round.
 */
function ImportSection({ matrix, onLoaded }: { matrix: Matrix; onLoaded: () => void }) {
  const api = useMatricesApi();
  const { t, text } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const send = async (apply: boolean) => {
    if (file === null) return;
    setError(null);
    setSending(true);
    try {
      const answer = await api.importTable(matrix.id, file, label, apply);
      if (apply) onLoaded();
      else setPreview(answer);
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
    }
  };
  const created = preview?.topics.filter((topic) => topic.created) ?? [];
  const byCountry = new Map<string, number>();
  for (const cell of preview?.cells ?? []) byCountry.set(cell.country, (byCountry.get(cell.country) ?? 0) + 1);
  return (
    <section className="matrix-import" aria-labelledby="matrix-import-title">
      <h2 id="matrix-import-title">{t("matrices.import.title")}</h2>
      <p>{t("matrices.import.intro")}</p>
      <FileField id="matrix-import-file" label={t("matrices.import.file")} hint={t("matrices.import.fileHint")} accept=".csv,.xlsx" required onChange={(chosen) => { setFile(chosen); setPreview(null); }} />
      <TextField id="matrix-import-label" label={t("matrices.rounds.labelLabel")} value={label} onChange={setLabel} width="short" maxLength={40} />
      <p>
        <button type="button" id="matrix-import-check" className="button button-secondary" disabled={file === null || sending} onClick={() => void send(false)}>
          {t("matrices.import.check")}
        </button>
      </p>
      {error !== null && <LoadFailure error={error} />}
      {preview && (
        <div aria-live="polite" className="matrix-import-preview">
          <p>{t("matrices.import.summary", { topics: String(created.length), cells: String(preview.cells.length), countries: String(byCountry.size) })}</p>
          {created.length > 0 && (
            <ul>
              {created.map((topic) => (
                <li key={topic.number}>
                  {topic.number}. {text(topic.title)}
                </li>
              ))}
            </ul>
          )}
          {preview.problems.length > 0 ? (
            <>
              <Notice tone="warning">{t("matrices.import.problems", { count: String(preview.problems.length) })}</Notice>
              <ul className="matrix-import-problems">
                {preview.problems.map((problem, index) => (
                  <li key={index}>{t("matrices.import.problem", { line: String(problem.line), field: problem.field, message: problem.message })}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              <button type="button" className="button" disabled={sending || preview.cells.length === 0} onClick={() => void send(true)}>
                {t("matrices.import.apply", { cells: String(preview.cells.length) })}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

export default function MatrixPage({ id }: { id: MatrixId }) {
  const api = useMatricesApi();
  const user = useUser();
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
      {user !== null && canManage(user) && matrix.rounds.length === 0 && <ImportSection matrix={matrix} onLoaded={load.reload} />}
      <Rounds matrix={matrix} onOpened={load.reload} />
      <Changes matrix={matrix} />
      {translations.state === "ready" ? <TranslationsSection matrix={matrix} translations={translations.data} onSaved={translations.reload} /> : <LoadPending load={translations} />}
    </>
  );
}
