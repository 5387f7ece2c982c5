// The matrices' calls, over the typed client's transport (src/api/http.ts, the only code that
// calls fetch): one function per route of backend/src/matrices.

import type { EnlaceApi } from "../../api/client";
import { asVersion, type Version } from "../../domain/ids";
import type { CellInput, Changes, DraftCell, Matrix, MatrixId, MatrixSummary, MatrixTopicId, RoundReminder, RoundView, TimelineEntry, TranslationCommitment, Translations, WorkbookPreview, ImportPreview } from "./model";

const base = "/api/v1/matrices";

export type MatricesApi = ReturnType<typeof matricesApi>;

export function matricesApi(api: EnlaceApi) {
  const transport = api.transport;
  const round = (id: MatrixId, number: number) => `${base}/${id}/rounds/${number}`;
  return {
    async list(): Promise<readonly MatrixSummary[]> {
      return (await transport.request<{ items: readonly MatrixSummary[] }>("GET", base)).data.items;
    },
    async get(id: MatrixId, asOfRound?: number): Promise<Matrix> {
      return (await transport.request<Matrix>("GET", `${base}/${id}`, { query: { as_of_round: asOfRound } })).data;
    },
    async openRound(id: MatrixId, due: string, label: string, commitment: number | null = null): Promise<RoundView> {
      return (await transport.request<RoundView>("POST", `${base}/${id}/rounds`, { body: { due, label, commitment } })).data;
    },
    async round(id: MatrixId, number: number): Promise<RoundView> {
      return (await transport.request<RoundView>("GET", round(id, number))).data;
    },
    async closeRound(id: MatrixId, number: number): Promise<RoundView> {
      return (await transport.request<RoundView>("POST", `${round(id, number)}/close`)).data;
    },
    async act(id: MatrixId, number: number, country: string, action: "submit" | "validate" | "return", reason = ""): Promise<RoundView> {
      const body = action === "return" ? { reason } : undefined;
      return (await transport.request<RoundView>("POST", `${round(id, number)}/countries/${country}/${action}`, { body })).data;
    },
    async draft(id: MatrixId, number: number, topic: MatrixTopicId, country: string): Promise<{ cell: DraftCell; version: Version }> {
      const answer = await transport.request<DraftCell>("GET", `${round(id, number)}/cells/${topic}/${country}`);
      return { cell: answer.data, version: asVersion(answer.data.version) };
    },
    async saveDraft(id: MatrixId, number: number, topic: MatrixTopicId, country: string, cell: CellInput, version: Version): Promise<{ cell: DraftCell; version: Version }> {
      const answer = await transport.request<DraftCell>("PUT", `${round(id, number)}/cells/${topic}/${country}`, { body: cell, ifMatch: version });
      return { cell: answer.data, version: asVersion(answer.data.version) };
    },
    async changes(id: MatrixId, sinceRound: number, language: string, country?: string): Promise<Changes> {
      return (await transport.request<Changes>("GET", `${base}/${id}/changes`, { query: { since_round: sinceRound, lang: language, country } })).data;
    },
    async translations(id: MatrixId): Promise<Translations> {
      return (await transport.request<Translations>("GET", `${base}/${id}/translations`)).data;
    },
    async commitTranslation(id: MatrixId, topic: MatrixTopicId, country: string, language: "es" | "en", translator: string, due: string, version: number): Promise<TranslationCommitment> {
      return (await transport.request<TranslationCommitment>("PUT", `${base}/${id}/translations/${topic}/${country}/${language}`, { body: { translator, due, commitment: null }, ifMatch: asVersion(version) })).data;
    },
    async timeline(id: MatrixId, topic: MatrixTopicId, country: string, language: string): Promise<readonly TimelineEntry[]> {
      return (await transport.request<{ items: readonly TimelineEntry[] }>("GET", `${base}/${id}/cells/${topic}/${country}/timeline`, { query: { lang: language } })).data.items;
    },
    async remind(id: MatrixId, number: number): Promise<RoundReminder> {
      return (await transport.request<RoundReminder>("POST", `${round(id, number)}/reminders`)).data;
    },
    /** A country's column as an XLSX to fill in offline (a plain link, like the exports). */
    workbookUrl(id: MatrixId, number: number, country: string, language: string): string {
      const query = new URLSearchParams({ country, lang: language });
      return transport.url(`${round(id, number)}/workbook?${query.toString()}`);
    },
    /** What the filled-in workbook would change; with `apply`, saves it (all or nothing). */
    async uploadWorkbook(id: MatrixId, number: number, country: string, file: File, language: string, apply: boolean): Promise<WorkbookPreview> {
      const form = new FormData();
      form.append("file", file);
      const query: Record<string, string> = { country, lang: language };
      if (apply) query.apply = "true";
      return (await transport.request<WorkbookPreview>("POST", `${round(id, number)}/workbook`, { body: form, query })).data;
    },
    /** The first load of a whole matrix from a CSV or XLSX table; with `apply`, saves it (all or nothing). */
    async importTable(id: MatrixId, file: File, label: string, apply: boolean): Promise<ImportPreview> {
      const form = new FormData();
      form.append("file", file);
      if (label !== "") form.append("label", label);
      return (await transport.request<ImportPreview>("POST", `${base}/${id}/import`, { body: form, query: apply ? { apply: "true" } : {} })).data;
    },
    /** A plain link: the browser downloads it with the session cookie. */
    exportUrl(id: MatrixId, format: "xlsx" | "csv" | "pdf", language: string, round?: number): string {
      const query = new URLSearchParams({ format, lang: language });
      if (round !== undefined) query.set("round", String(round));
      return transport.url(`${base}/${id}/export?${query.toString()}`);
    },
  };
}
