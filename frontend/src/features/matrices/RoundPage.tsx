// A round's dashboard: every member country's column and where it stands, a progress bar of who
// has reported by the deadline; the Secretariat validates or returns submitted columns and closes
// the round; an officer opens their own country's column.

import { useState } from "react";
import { LoadFailure, LoadPending, Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { Table } from "../../components/Table";
import { useLoad } from "../../components/useLoad";
import { useUser } from "../../app";
import type { Column, MatrixId, RoundView } from "./model";
import { ColumnBadge, CountryLabel, useMatricesApi } from "./parts";
import { canManage, canWorkOnColumn, progress } from "./rules";
import { matricesPaths } from "./routes";
import { asCommitmentId } from "../../domain/ids";
import { commitmentPaths } from "../commitments";

export default function RoundPage({ id, round }: { id: MatrixId; round: number }) {
  const api = useMatricesApi();
  const user = useUser();
  const { t, date, dateTime } = useI18n();
  const load = useLoad(() => api.round(id, round), `${id}/${round}`);
  const [view, setView] = useState<RoundView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState("");
  const [reasons, setReasons] = useState<Record<string, string>>({});
  if (load.state !== "ready") return <LoadPending load={load} />;
  const current = view ?? load.data;
  const counts = progress(current.countries);
  const act = async (country: string, action: "validate" | "return") => {
    try {
      setError(null);
      setView(await api.act(id, round, country, action, reasons[country] ?? ""));
    } catch (caught) {
      setError(caught);
    }
  };
  const close = async () => {
    try {
      setError(null);
      setView(await api.closeRound(id, round));
      setNotice(t("matrices.round.closed"));
    } catch (caught) {
      setError(caught);
    }
  };
  const remind = async () => {
    try {
      setError(null);
      const sent = await api.remind(id, round);
      setNotice(t("matrices.round.reminded", { countries: sent.countries.join(", "), people: String(sent.recipients) }));
    } catch (caught) {
      setError(caught);
    }
  };
  const manage = user !== null && canManage(user) && current.state === "open";
  const actions = (column: Column) => {
    if (manage && column.state === "submitted") {
      return (
        <div className="matrix-actions">
          <button type="button" className="button" onClick={() => void act(column.country, "validate")}>
            {t("matrices.round.validate")}
          </button>
          <label>
            {t("matrices.round.reason")}
            <input className="input" value={reasons[column.country] ?? ""} onChange={(event) => setReasons({ ...reasons, [column.country]: event.target.value })} />
          </label>
          <button type="button" className="button button-secondary" onClick={() => void act(column.country, "return")}>
            {t("matrices.round.returnIt")}
          </button>
        </div>
      );
    }
    if (user !== null && canWorkOnColumn(user, column.country)) {
      return <Link to={matricesPaths.column(id, round, column.country as never)}>{current.state === "open" ? t("matrices.round.edit") : t("matrices.round.view")}</Link>;
    }
    return null;
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={matricesPaths.matrix(id)}>{t("matrices.list.title")}</Link>
      </p>
      <PageHeading title={t("matrices.round.title", { label: current.label })}>{t("matrices.round.title", { label: current.label })}</PageHeading>
      <p>
        {t(`matrices.rounds.state.${current.state}`)} · {t("matrices.rounds.due", { date: date(current.due) })}
      </p>
      {current.commitment !== null && current.commitment !== undefined && (
        <p>
          <Link to={commitmentPaths.commitment(asCommitmentId(current.commitment))}>{t("matrices.round.commitment")}</Link>
        </p>
      )}
      <p id="round-progress-label">{t("matrices.round.progress", { reported: String(counts.reported), total: String(counts.total), validated: String(counts.validated) })}</p>
      <progress className="matrix-progress" aria-labelledby="round-progress-label" max={counts.total} value={counts.reported} />
      {notice && <Notice tone="success">{notice}</Notice>}
      {error !== null && <LoadFailure error={error} />}
      <Table
        labelledBy="round-columns"
        captionId="round-columns"
        className="table table-stack"
        caption={t("matrices.round.title", { label: current.label })}
        columns={[t("matrices.round.country"), t("matrices.round.state"), t("matrices.round.changed"), t("matrices.round.submittedAt"), t("matrices.round.actions")]}
      >
        {current.countries.map((column) => (
          <tr key={column.country}>
            <td>
              <CountryLabel code={column.country} />
            </td>
            <td data-label={t("matrices.round.state")}>
              <ColumnBadge state={column.state} />
              {column.state === "returned" && column.returned_reason && <p className="matrix-meta">{t("matrices.round.returnedBecause", { reason: column.returned_reason })}</p>}
            </td>
            <td data-label={t("matrices.round.changed")}>{column.cells_changed}</td>
            <td data-label={t("matrices.round.submittedAt")}>{column.submitted_at ? dateTime(column.submitted_at) : "—"}</td>
            <td data-label={t("matrices.round.actions")}>{actions(column)}</td>
          </tr>
        ))}
      </Table>
      {manage && counts.reported < counts.total && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => void remind()}>
            {t("matrices.round.remind")}
          </button>
        </p>
      )}
      {manage && (
        <p>
          <button type="button" className="button" onClick={() => void close()}>
            {t("matrices.round.close")}
          </button>
        </p>
      )}
    </>
  );
}
