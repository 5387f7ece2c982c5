// The records of cooperation requests (M17) as the API's OpenAPI document describes them (schemas
// CooperationRequest, CooperationRequestDetail, CooperationStep: src/api/openapi.ts), with branded ids, and what
// a person sends. Pure types: no React, no fetch.

import type { Brand, CountryCode, FileId, OrganizationCode, UserId, Version } from "../../domain/ids";
import type { LocalizedText } from "../../domain/localized";
import type { Branded, Input, Wire } from "../../domain/wire";

export type CooperationRequestId = Brand<number, "CooperationRequestId">;
export type CooperationStepId = Brand<number, "CooperationStepId">;
export const asCooperationRequestId = (value: number) => value as CooperationRequestId;

/** In the order a request moves through them; closed and withdrawn are the two ends. */
export const cooperationStates = ["draft", "sent_to_secretariat", "forwarded_to_partner", "answered", "closed", "withdrawn"] as const;
export type CooperationState = (typeof cooperationStates)[number];

/** The steps a person takes (creation is the first step of every request, taken by creating it). */
export const stepActions = ["send", "forward", "answer", "close", "withdraw"] as const;
export type StepAction = (typeof stepActions)[number];
export type StepRecordAction = "create" | StepAction;

export type CooperationPerson = Branded<Wire<"CooperationPerson">, { id: UserId }>;

export type CooperationFile = Branded<Wire<"File">, { id: FileId }>;

export type CooperationStep = Branded<
  Wire<"CooperationStep">,
  { id: CooperationStepId; by: CooperationPerson; files: readonly CooperationFile[] }
>;

/**
 * Whom the request waits for (its country for a draft, or the Technical Secretariat), since when,
 * for how many whole days, and whether that is more than 30 days at the Secretariat (reminded).
 */
export type Waiting = Wire<"CooperationWaiting">;

type RequestFields = {
  id: CooperationRequestId;
  country: CountryCode;
  partner: OrganizationCode;
  title: LocalizedText;
  summary: LocalizedText;
  created_by: CooperationPerson;
  version: Version;
};

export type CooperationRequest = Branded<Wire<"CooperationRequest">, RequestFields>;

/** The agreement a request follows (seed ¶3), for its readers to find it. */
export type AgreementReference = NonNullable<Wire<"CooperationRequestDetail">["agreement_reference"]>;

export type CooperationRequestDetail = Branded<
  Wire<"CooperationRequestDetail">,
  RequestFields & { steps: readonly CooperationStep[] }
>;

/** Typed in one language or both: null where a side is not given. */
export type TypedText = { es: string | null; en: string | null };

export type CooperationRequestInput = Input<"CooperationRequestInput">;

export type CooperationRequestChange = Input<"CooperationRequestChange">;

export type CooperationFilter = {
  readonly country?: string;
  readonly partner?: string;
  readonly state?: CooperationState | "";
};
