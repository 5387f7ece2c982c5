// The records of legislation matrices (M7–M10) as the API's OpenAPI document describes them
// (schemas Matrix, MatrixCell, MatrixRoundView, MatrixDraftCell, MatrixChanges: src/api/openapi.ts),
// with branded ids. Pure types: no React, no fetch.

import type { Brand } from "../../domain/ids";
import type { Branded, Input, Wire } from "../../domain/wire";

export type MatrixId = Brand<number, "MatrixId">;
export type MatrixTopicId = Brand<number, "MatrixTopicId">;
export const asMatrixId = (value: number) => value as MatrixId;
export const asMatrixTopicId = (value: number) => value as MatrixTopicId;

export type MatrixSummary = Branded<Wire<"MatrixSummary">, { id: MatrixId }>;
export type MatrixTopic = Branded<Wire<"MatrixTopic">, { id: MatrixTopicId }>;
export type MatrixCell = Branded<Wire<"MatrixCell">, { topic: MatrixTopicId }>;
export type MatrixRound = Wire<"MatrixRound">;
export type Matrix = Branded<
  Wire<"Matrix">,
  { id: MatrixId; topics: readonly MatrixTopic[]; cells: readonly MatrixCell[] }
>;
export type Provision = Wire<"MatrixProvision">;
export type RoundView = Wire<"MatrixRoundView">;
export type Column = Wire<"MatrixColumn">;
export type ColumnState = Column["state"];
export const columnStates = ["not_started", "draft", "submitted", "returned", "validated"] as const;
export type DraftCell = Branded<Wire<"MatrixDraftCell">, { topic: MatrixTopicId }>;
export type CellInput = Input<"MatrixCellInput">;
export type ProvisionInput = Input<"MatrixProvisionInput">;
export type CellChange = Branded<Wire<"MatrixCellChange">, { topic: MatrixTopicId }>;
export type DiffSegment = Wire<"MatrixDiffSegment">;
export type Changes = Wire<"MatrixChanges">;
export type TranslationGap = Branded<Wire<"MatrixTranslationGap">, { topic: MatrixTopicId }>;
export type RoundReminder = Wire<"MatrixRoundReminder">;
export type WorkbookPreview = Wire<"MatrixWorkbookPreview">;
export type ImportPreview = Wire<"MatrixImportPreview">;
export type WorkbookCell = Branded<Wire<"MatrixWorkbookCell">, { topic: MatrixTopicId }>;
export type TimelineEntry = Wire<"MatrixTimelineEntry">;
export type TranslationCommitment = Branded<Wire<"MatrixTranslationCommitment">, { topic: MatrixTopicId }>;
export type Translations = Branded<Wire<"MatrixTranslations">, { items: readonly TranslationGap[]; commitments: readonly TranslationCommitment[] }>;
