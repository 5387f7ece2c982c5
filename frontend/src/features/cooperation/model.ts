// The records of cooperation requests (M17) as the API sends them (backend/src/cooperation/README.md,
// schemas CooperationRequest, CooperationRequestDetail, CooperationStep), with branded ids, and what
// a person sends. Pure types: no React, no fetch.

import type { Brand, CountryCode, FileId, OrganizationCode, UserId, Version } from "../../domain/ids";
import type { LocalizedText } from "../../domain/localized";

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

export type CooperationPerson = { readonly id: UserId; readonly name: string };

export type CooperationFile = {
  readonly id: FileId;
  readonly file_name: string;
  readonly content_type: string;
  readonly size: number;
  readonly sha256?: string;
  readonly uploaded_at?: string;
};

export type CooperationStep = {
  readonly id: CooperationStepId;
  readonly action: StepRecordAction;
  readonly from: CooperationState | null;
  readonly to: CooperationState;
  readonly by: CooperationPerson;
  readonly by_secretariat: boolean;
  readonly note: string | null;
  readonly files: readonly CooperationFile[];
  readonly at: string;
};

export type Waiting = {
  /** Whom the request waits for: its country (a draft) or the Technical Secretariat. */
  readonly on: "country" | "secretariat";
  readonly since: string;
  /** Whole days since the last step. */
  readonly days: number;
  /** Waiting on the Secretariat for more than 30 days: it is reminded. */
  readonly overdue: boolean;
};

export type CooperationRequest = {
  readonly id: CooperationRequestId;
  readonly country: CountryCode;
  readonly partner: OrganizationCode;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly agreement: number | null;
  readonly state: CooperationState;
  readonly state_since: string;
  /** Null once closed or withdrawn. */
  readonly waiting: Waiting | null;
  readonly created_by: CooperationPerson;
  readonly version: Version;
  readonly created_at: string;
  readonly updated_at: string;
};

/** The agreement a request follows (seed ¶3), for its readers to find it. */
export type AgreementReference = {
  readonly id: number;
  readonly meeting: number;
  readonly number: string;
  readonly text: LocalizedText;
};

export type CooperationRequestDetail = CooperationRequest & {
  readonly agreement_reference: AgreementReference | null;
  readonly steps: readonly CooperationStep[];
};

/** Typed in one language or both: null where a side is not given. */
export type TypedText = { es: string | null; en: string | null };

export type CooperationRequestInput = {
  country?: string;
  partner: string;
  title: TypedText;
  summary: TypedText;
  agreement?: number | null;
};

export type CooperationRequestChange = Partial<Omit<CooperationRequestInput, "country">>;

export type CooperationFilter = {
  readonly country?: string;
  readonly partner?: string;
  readonly state?: CooperationState | "";
};
