// The append-only audit log, for the secretariat: who did what, when, with what outcome, and the
// record before and after. Filters live in the address; older entries load page by page.

import { useState, type FormEvent } from "react";
import type { AuditFilter, AuditPage } from "../../api/client";
import type { AuditEntry, AuditOutcome } from "../../domain/model";
import { DateField, SelectField, TextField } from "../../components/fields";
import { Empty, LoadFailure, LoadPending } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { navigate, useLocation } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { Table } from "../../components/Table";
import { useApi } from "../../app";
import { auditPaths } from "./routes";
import { auditSentence } from "./auditSentence";
import "./styles.css";

const filterNames = ["actor", "action", "record_type", "record_id", "outcome", "from", "to"] as const;
type FilterValues = Record<(typeof filterNames)[number], string>;
const outcomes: readonly AuditOutcome[] = ["ok", "denied", "failed"];

function Snapshot({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div className="snapshot">
      <p className="snapshot-label">{label}</p>
      <pre>{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

// Keyed by the filter: a new filter starts again from its first page.
function Entries({ first, filter }: { first: AuditPage; filter: AuditFilter }) {
  const api = useApi();
  const { t, dateTime } = useI18n();
  const [pages, setPages] = useState<AuditEntry[][]>([]);
  const [cursor, setCursor] = useState<string | null>(first.next_cursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const entries = [...first.items, ...pages.flat()];
  const more = () => {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    api
      .audit({ ...filter, cursor })
      .then((page) => {
        setPages((previous) => [...previous, [...page.items]]);
        setCursor(page.next_cursor);
      })
      .catch(setError)
      .finally(() => setLoading(false));
  };
  if (entries.length === 0) return <Empty>{t("audit.empty")}</Empty>;
  return (
    <>
      <Table labelledBy="audit-results" className="table audit-table"
        columns={[t("audit.at"), t("audit.actor"), t("audit.action"), t("audit.outcome"), t("audit.record")]}>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="nowrap">{dateTime(entry.at)}</td>
            <td>
              {entry.actor ? (
                <>
                  {entry.actor.name}
                  <span className="table-sub break">{entry.actor.email}</span>
                </>
              ) : (
                t("audit.anonymous")
              )}
            </td>
            <td>
              {auditSentence(entry, t)}
              <code className="table-sub">{entry.action}</code>
            </td>
            <td>
              <span className={`badge badge-outcome-${entry.outcome}`}>{t(`audit.outcomes.${entry.outcome}`)}</span>
              {entry.reason && <code className="table-sub">{entry.reason}</code>}
            </td>
            <td>
              {entry.record_type ? `${entry.record_type} ${entry.record_id ?? ""}`.trim() : "—"}
              {(entry.before != null || entry.after != null || entry.request_id) && (
                <details className="audit-details">
                  <summary>{t("audit.details")}</summary>
                  {entry.request_id && (
                    <p className="request-id">
                      {t("errors.requestId")} <code>{entry.request_id}</code>
                      {entry.ip ? ` · ${entry.ip}` : ""}
                    </p>
                  )}
                  <Snapshot label={t("audit.before")} value={entry.before} />
                  <Snapshot label={t("audit.after")} value={entry.after} />
                </details>
              )}
            </td>
          </tr>
        ))}
      </Table>
      {error !== null && <LoadFailure error={error} onRetry={more} />}
      {cursor && (
        <p>
          <button type="button" className="button button-secondary" onClick={more} disabled={loading}>
            {loading ? t("common.loading") : t("audit.more")}
          </button>
        </p>
      )}
    </>
  );
}

export default function AuditPage() {
  const api = useApi();
  const { t } = useI18n();
  const location = useLocation();
  const applied = Object.fromEntries(filterNames.map((name) => [name, location.search.get(name) ?? ""])) as FilterValues;
  const [values, setValues] = useState(applied);
  const filter: AuditFilter = {
    ...applied,
    outcome: (outcomes as readonly string[]).includes(applied.outcome) ? (applied.outcome as AuditOutcome) : "",
    limit: 50,
  };
  const load = useLoad(() => api.audit(filter), JSON.stringify(filter));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const name of filterNames) if (values[name]) params.set(name, values[name]);
    const search = params.toString();
    navigate(auditPaths.audit() + (search ? `?${search}` : ""));
  };
  const set = (name: keyof FilterValues) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  return (
    <>
      <PageHeading title={t("audit.title")}>{t("audit.title")}</PageHeading>
      <p className="lead">{t("audit.intro")}</p>
      <form className="filters" onSubmit={submit} aria-label={t("audit.filtersLabel")}>
        <div className="filter-fields">
          <TextField id="audit-actor" label={t("audit.actor")} hint={t("audit.actorHint")} optionalMarker={false} value={values.actor} onChange={set("actor")} />
          <TextField id="audit-action" label={t("audit.action")} hint={t("audit.actionHint")} optionalMarker={false} value={values.action} onChange={set("action")} />
          <TextField id="audit-record_type" label={t("audit.recordType")} optionalMarker={false} value={values.record_type} onChange={set("record_type")} />
          <TextField id="audit-record_id" label={t("audit.recordId")} optionalMarker={false} value={values.record_id} onChange={set("record_id")} />
          <SelectField id="audit-outcome" label={t("audit.outcome")} optionalMarker={false} placeholder={t("common.all")}
            value={values.outcome} onChange={set("outcome")}
            options={outcomes.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))} />
          <DateField id="audit-from" label={t("audit.from")} optionalMarker={false} value={values.from} onChange={set("from")} />
          <DateField id="audit-to" label={t("audit.to")} optionalMarker={false} value={values.to} onChange={set("to")} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t("common.search")}
          </button>
        </div>
      </form>
      <section aria-labelledby="audit-results" className="results">
        <h2 id="audit-results">{t("audit.results")}</h2>
        <LoadPending load={load} />
        {load.state === "ready" && <Entries key={JSON.stringify(filter)} first={load.data} filter={filter} />}
      </section>
    </>
  );
}
