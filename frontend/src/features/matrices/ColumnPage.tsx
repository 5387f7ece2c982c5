// A country's column in a round: each topic's cell as the country drafts it, with what was
// published before; the officer (or the Secretariat) edits a cell — provisions with law, article,
// text in each language, link and dates, or "no specific provision" — saves it with its version
// (someone else's save in between is reported, not overwritten), and submits the column.

import { useState, type FormEvent } from "react";
import { CheckboxField, DateField, FileField, TextAreaField, TextField } from "../../components/fields";
import { LoadFailure, LoadPending, Localized, Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { isApiError } from "../../api/errors";
import type { CountryCode, Version } from "../../domain/ids";
import type { CellInput, DraftCell, MatrixId, MatrixTopic, ProvisionInput, WorkbookPreview } from "./model";
import { CellView, ColumnBadge, Diff, useCountryName, useMatricesApi } from "./parts";
import { isEditable } from "./rules";
import { matricesPaths } from "./routes";

function toInput(cell: DraftCell): CellInput {
  return {
    provisions: cell.provisions.map((provision) => ({
      law: { ...provision.law },
      article: provision.article,
      excerpt: { es: provision.excerpt.es, en: provision.excerpt.en },
      source_language: provision.source_language,
      url: provision.url,
      last_amended: provision.last_amended,
      as_of: provision.as_of,
    })),
    no_provision: cell.no_provision,
    note: cell.note,
  };
}

const emptyProvision = (): ProvisionInput => ({
  law: { title: "", number: "", date: null },
  article: "",
  excerpt: { es: null, en: null },
  url: "",
  last_amended: null,
  as_of: null,
});

function CellEditor({ id, round, topic, country, editable }: { id: MatrixId; round: number; topic: MatrixTopic; country: string; editable: boolean }) {
  const api = useMatricesApi();
  const { t } = useI18n();
  const load = useLoad(() => api.draft(id, round, topic.id, country), `${id}/${round}/${topic.id}/${country}`);
  const [edit, setEdit] = useState<{ input: CellInput; version: Version } | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "warning"; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (load.state !== "ready") return <LoadPending load={load} />;
  const state = edit ?? { input: toInput(load.data.cell), version: load.data.version };
  const prefix = `cell-${topic.id}`;
  const update = (input: CellInput) => setEdit({ input, version: state.version });
  const provisions = state.input.provisions ?? [];
  const setProvision = (index: number, change: Partial<ProvisionInput>) =>
    update({ ...state.input, provisions: provisions.map((provision, i) => (i === index ? { ...provision, ...change } : provision)) });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const saved = await api.saveDraft(id, round, topic.id, country, state.input, state.version);
      setEdit({ input: toInput(saved.cell), version: saved.version });
      setMessage({ tone: "success", text: t("matrices.column.saved") });
    } catch (caught) {
      if (isApiError(caught) && caught.status === 412) {
        const fresh = await api.draft(id, round, topic.id, country);
        setEdit({ input: toInput(fresh.cell), version: fresh.version });
        setMessage({ tone: "warning", text: t("matrices.column.stale") });
      } else {
        setError(caught);
      }
    }
  };
  const text = (value: string | null | undefined) => value ?? "";
  const orNull = (value: string) => (value === "" ? null : value);
  return (
    <section className="matrix-editor" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>
        {topic.number}. <Localized value={topic.title} />
      </h2>
      {load.data.cell.published && (
        <details>
          <summary>{t("matrices.column.publishedBefore")}</summary>
          <CellView cell={load.data.cell.published as never} />
        </details>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {error !== null && <LoadFailure error={error} />}
      <form onSubmit={save}>
        <fieldset disabled={!editable}>
          <CheckboxField id={`${prefix}-none`} label={t("matrices.column.noProvision")} checked={state.input.no_provision ?? false} onChange={(checked) => update({ ...state.input, no_provision: checked })} />
          {provisions.map((provision, index) => (
            <fieldset key={index} className="matrix-provision-fields">
              <legend>{t("matrices.column.provision", { number: String(index + 1) })}</legend>
              <TextField id={`${prefix}-${index}-law`} label={t("matrices.column.lawTitle")} value={text(provision.law?.title)} onChange={(value) => setProvision(index, { law: { ...provision.law, title: value } })} />
              <TextField id={`${prefix}-${index}-number`} label={t("matrices.column.lawNumber")} value={text(provision.law?.number)} onChange={(value) => setProvision(index, { law: { ...provision.law, number: value } })} width="medium" />
              <DateField id={`${prefix}-${index}-date`} label={t("matrices.column.lawDate")} value={text(provision.law?.date)} onChange={(value) => setProvision(index, { law: { ...provision.law, date: orNull(value) } })} width="medium" />
              <TextField id={`${prefix}-${index}-article`} label={t("matrices.column.article")} value={text(provision.article)} onChange={(value) => setProvision(index, { article: value })} width="medium" />
              <TextAreaField id={`${prefix}-${index}-es`} lang="es" label={t("matrices.column.excerptEs")} value={text(provision.excerpt?.es)} onChange={(value) => setProvision(index, { excerpt: { ...provision.excerpt, es: orNull(value) } })} />
              <TextAreaField id={`${prefix}-${index}-en`} lang="en" label={t("matrices.column.excerptEn")} value={text(provision.excerpt?.en)} onChange={(value) => setProvision(index, { excerpt: { ...provision.excerpt, en: orNull(value) } })} />
              <TextField id={`${prefix}-${index}-url`} label={t("matrices.column.url")} value={text(provision.url)} onChange={(value) => setProvision(index, { url: value })} />
              <DateField id={`${prefix}-${index}-amended`} label={t("matrices.column.lastAmended")} value={text(provision.last_amended)} onChange={(value) => setProvision(index, { last_amended: orNull(value) })} width="medium" />
              <DateField id={`${prefix}-${index}-asof`} label={t("matrices.column.asOf")} value={text(provision.as_of)} onChange={(value) => setProvision(index, { as_of: orNull(value) })} width="medium" />
              <button type="button" className="button button-secondary" onClick={() => update({ ...state.input, provisions: provisions.filter((_, i) => i !== index) })}>
                {t("matrices.column.removeProvision")}
              </button>
            </fieldset>
          ))}
          <button type="button" className="button button-secondary" onClick={() => update({ ...state.input, provisions: [...provisions, emptyProvision()] })}>
            {t("matrices.column.addProvision")}
          </button>
          <TextAreaField id={`${prefix}-note`} label={t("matrices.column.note")} value={text(state.input.note)} onChange={(value) => update({ ...state.input, note: value })} />
          <button type="submit" className="button">
            {t("matrices.column.save")}
          </button>
        </fieldset>
      </form>
    </section>
  );
}

/**
 * The column as a workbook: download it, fill it in offline, upload it back. The upload first shows
 * what would change, cell by cell, with the words; cells changed here since the download are
 * conflicts and block saving; saving writes the changed cells as drafts, all or nothing.
 */
function WorkbookSection({ id, round, country, topics, onApplied }: { id: MatrixId; round: number; country: string; topics: readonly MatrixTopic[]; onApplied: () => void }) {
  const api = useMatricesApi();
  const { t, language } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [preview, setPreview] = useState<WorkbookPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [applied, setApplied] = useState(false);
  const send = async (apply: boolean) => {
    if (file === null) return;
    setError(null);
    setApplied(false);
    try {
      const answer = await api.uploadWorkbook(id, round, country, file, language, apply);
      if (apply) {
        setPreview(null);
        setFile(null);
        setResetKey((key) => key + 1);
        setApplied(true);
        onApplied();
      } else {
        setPreview(answer);
      }
    } catch (caught) {
      setError(caught);
    }
  };
  const titleOf = (topic: number) => {
    const found = topics.find((item) => item.id === topic);
    return found ? `${found.number}. ${found.title[language] ?? found.title.es ?? found.title.en ?? ""}` : String(topic);
  };
  const shown = preview?.cells.filter((cell) => cell.state !== "unchanged") ?? [];
  return (
    <section className="matrix-workbook" aria-labelledby="workbook-title">
      <h2 id="workbook-title">{t("matrices.workbook.title")}</h2>
      <p>{t("matrices.workbook.intro")}</p>
      <p>
        <a className="button button-secondary" href={api.workbookUrl(id, round, country, language)}>
          {t("matrices.workbook.download")}
        </a>
      </p>
      <FileField id="workbook-file" label={t("matrices.workbook.file")} accept=".xlsx" resetKey={resetKey} onChange={(chosen) => { setFile(chosen); setPreview(null); }} />
      <p>
        <button type="button" className="button" disabled={file === null} onClick={() => void send(false)}>
          {t("matrices.workbook.check")}
        </button>
      </p>
      {error !== null && <LoadFailure error={error} />}
      {applied && <Notice tone="success">{t("matrices.workbook.applied")}</Notice>}
      {preview && (
        <div className="matrix-workbook-preview" aria-live="polite">
          <p>{t("matrices.workbook.summary", { changed: String(preview.changed), conflicts: String(preview.conflicts), invalid: String(preview.invalid) })}</p>
          {shown.length === 0 && <Notice tone="info">{t("matrices.workbook.nothing")}</Notice>}
          <ul className="matrix-changes">
            {shown.map((cell) => (
              <li key={cell.topic} className={`matrix-workbook-cell matrix-workbook-${cell.state}`}>
                <h3>
                  {titleOf(cell.topic)} · <span className={`badge badge-workbook-${cell.state}`}>{t(`matrices.workbook.state.${cell.state}`)}</span>
                </h3>
                {cell.state === "conflict" && <p>{t("matrices.workbook.conflictHelp")}</p>}
                {cell.diff.length > 0 && <Diff segments={cell.diff} />}
                {cell.errors.length > 0 && (
                  <ul>
                    {cell.errors.map((problem, index) => (
                      <li key={index}>
                        {problem.field}: {problem.message}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {preview.changed > 0 && (
            <p>
              <button type="button" className="button" disabled={preview.conflicts > 0 || preview.invalid > 0} onClick={() => void send(true)}>
                {t("matrices.workbook.apply", { count: String(preview.changed) })}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

export default function ColumnPage({ id, round, country }: { id: MatrixId; round: number; country: CountryCode }) {
  const api = useMatricesApi();
  const { t } = useI18n();
  const load = useLoad(async () => ({ matrix: await api.get(id), round: await api.round(id, round) }), `${id}/${round}/${country}`);
  const [error, setError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState(false);
  const [generation, setGeneration] = useState(0);
  const countryName = useCountryName();
  if (load.state !== "ready") return <LoadPending load={load} />;
  const { matrix, round: view } = load.data;
  const column = view.countries.find((c) => c.country === country);
  const editable = view.state === "open" && column !== undefined && isEditable(column.state) && !submitted;
  const submit = async () => {
    try {
      await api.act(id, round, country, "submit");
      setSubmitted(true);
      load.reload();
    } catch (caught) {
      setError(caught);
    }
  };
  const title = t("matrices.column.title", { country: countryName(country), label: view.label });
  return (
    <>
      <p className="breadcrumb">
        <Link to={matricesPaths.round(id, round)}>{t("matrices.round.title", { label: view.label })}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {column && <ColumnBadge state={column.state} />}
      {column?.state === "returned" && column.returned_reason && <Notice tone="warning">{t("matrices.round.returnedBecause", { reason: column.returned_reason })}</Notice>}
      {!editable && <Notice tone="info">{t("matrices.column.locked")}</Notice>}
      {submitted && <Notice tone="success">{t("matrices.column.submitted")}</Notice>}
      {error !== null && <LoadFailure error={error} />}
      {editable && <WorkbookSection id={id} round={round} country={country} topics={matrix.topics} onApplied={() => { setGeneration((value) => value + 1); load.reload(); }} />}
      {matrix.topics.map((topic) => (
        <CellEditor key={`${topic.id}-${generation}`} id={id} round={round} topic={topic} country={country} editable={editable} />
      ))}
      {editable && (
        <p>
          <button type="button" className="button" onClick={() => void submit()}>
            {t("matrices.column.submit")}
          </button>
        </p>
      )}
    </>
  );
}
