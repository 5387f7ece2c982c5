// Pieces the matrices' pages share: the feature's API, a cell as the grid shows it (provisions,
// provenance, warnings), a column state's badge, and a word diff.

import { useMemo } from "react";
import { useI18n } from "../../components/i18n";
import { useApi, useReference } from "../../app";
import { localizedString } from "../../domain/localized";
import { matricesApi, type MatricesApi } from "./api";
import type { ColumnState, DiffSegment, MatrixCell } from "./model";
import "./styles.css";

export function useMatricesApi(): MatricesApi {
  const api = useApi();
  return useMemo(() => matricesApi(api), [api]);
}

/** A country's name in the interface language, from the reference data (its code until they load). */
export function useCountryName(): (code: string) => string {
  const reference = useReference();
  const { language } = useI18n();
  return (code: string) => localizedString(reference?.country(code)?.name, language, code);
}

/** A column header or row header: the country's name, with its code. */
export function CountryLabel({ code }: { code: string }) {
  const name = useCountryName()(code);
  return name === code ? <>{code}</> : (
    <>
      {name} <span className="matrix-country-code">({code})</span>
    </>
  );
}

export function ColumnBadge({ state }: { state: ColumnState }) {
  const { t } = useI18n();
  return <span className={`badge matrix-state-${state}`}>{t(`matrices.round.columnState.${state}`)}</span>;
}

/** The text of a cell in the interface language, for search. */
export function cellSearchText(cell: MatrixCell | undefined, language: "es" | "en"): string {
  if (!cell) return "";
  const parts = [cell.note];
  for (const provision of cell.provisions) {
    parts.push(provision.law.title, provision.law.number, provision.article, provision.excerpt[language] ?? provision.excerpt.es ?? provision.excerpt.en ?? "");
  }
  return parts.join(" ");
}

export function CellView({ cell }: { cell: MatrixCell | undefined }) {
  const { t, language, date } = useI18n();
  if (!cell) return <span className="matrix-empty">{t("matrices.grid.empty")}</span>;
  const example = cell.note.includes("ejemplo") || cell.note.toLowerCase().includes("example");
  return (
    <div className="matrix-cell">
      {example && <span className="badge matrix-example">{t("matrices.grid.example")}</span>}
      {cell.outdated && <span className="badge matrix-outdated">{t("matrices.grid.outdated")}</span>}
      {cell.no_provision && <p className="matrix-no-provision">{t("matrices.grid.noProvision")}</p>}
      {cell.provisions.map((provision, index) => {
        const shown = provision.excerpt[language] ?? provision.excerpt[provision.source_language];
        const lang = provision.excerpt[language] ? language : provision.source_language;
        const stale = provision.stale.includes(lang);
        return (
          <div key={index} className="matrix-provision">
            <p className="matrix-law">
              {provision.url ? <a href={provision.url}>{provision.law.title}</a> : provision.law.title}
              {provision.law.number && ` (${provision.law.number})`}
              {provision.article && `, ${provision.article}`}
            </p>
            <p lang={lang}>{shown}</p>
            {stale && <span className="badge matrix-stale">{t("matrices.grid.stale")}</span>}
            {provision.as_of && <p className="matrix-meta">{t("matrices.grid.asOf", { date: date(provision.as_of) })}</p>}
          </div>
        );
      })}
      {cell.note && <p className="matrix-note">{cell.note}</p>}
      <p className="matrix-meta">
        {t("matrices.grid.provenance", { round: String(cell.round), by: cell.submitted_by.name, source: t(`matrices.grid.source.${cell.source}`) })}
        {cell.verified_by && cell.verified_at && (
          <>
            <br />
            {t("matrices.grid.verified", { by: cell.verified_by.name, date: date(cell.verified_at.slice(0, 10)) })}
          </>
        )}
      </p>
    </div>
  );
}

export function Diff({ segments }: { segments: readonly DiffSegment[] }) {
  const { t } = useI18n();
  return (
    <p className="matrix-diff">
      {segments.map((segment, index) =>
        segment.op === "delete" ? (
          <del key={index} title={t("matrices.changes.deleted")}>
            {segment.text}
          </del>
        ) : segment.op === "insert" ? (
          <ins key={index} title={t("matrices.changes.inserted")}>
            {segment.text}
          </ins>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
