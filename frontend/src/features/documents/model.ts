// The records of the document library (M20–M22) as the API's OpenAPI document describes them
// (schemas Document, DocumentDetail, Distribution, ReceivedDocument: src/api/openapi.ts), with
// branded ids. Pure types: no React, no fetch.

import type { Brand, MeetingId } from "../../domain/ids";
import type { Branded, Input, Wire } from "../../domain/wire";

export type DocumentId = Brand<number, "DocumentId">;
export type DistributionId = Brand<number, "DistributionId">;
export const asDocumentId = (value: number) => value as DocumentId;

export const documentTypes = ["report", "working_document", "matrix", "study", "presentation", "note"] as const;
export type DocumentType = (typeof documentTypes)[number];
/** From the widest to the narrowest. */
export const accessLevels = ["public", "participants", "members", "secretariat"] as const;
export type AccessLevel = (typeof accessLevels)[number];
export const documentLanguages = ["es", "en"] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];
export const distributionGroups = ["member_countries", "observers", "civil_society"] as const;
export type DistributionGroup = (typeof distributionGroups)[number];

export type LibraryDocument = Branded<Wire<"Document">, { id: DocumentId; meeting: MeetingId | null }>;
export type DocumentDetail = Branded<Wire<"DocumentDetail">, { id: DocumentId; meeting: MeetingId | null }>;
export type DocumentVersion = Wire<"DocumentVersion">;
export type TranslationCommitment = Wire<"DocumentTranslationCommitment">;
export type Distribution = Branded<Wire<"Distribution">, { id: DistributionId; document: DocumentId }>;
export type Receipt = Wire<"DocumentReceipt">;
export type ReceivedDocument = Wire<"ReceivedDocument">;

export type DocumentInput = Input<"DocumentInput">;
export type TranslationInput = Input<"TranslationInput">;
export type DistributionInput = Input<"DistributionInput">;

export type DocumentFilter = { meeting?: string; type?: string; language?: string; q?: string };
