// The records the foundation pages work with, as the API contract (docs/api.md) describes them,
// with branded ids. Dates without time are ISO "YYYY-MM-DD" strings; instants are ISO 8601.

import type {
  AuditEntryId,
  ContactPointId,
  CountryCode,
  NetworkCode,
  OrganizationCode,
  ProcessCode,
  RequestId,
  TopicCode,
  UserId,
  Version,
} from "./ids";
import type { Language } from "./language";
import type { LocalizedText } from "./localized";

export const roles = ["secretariat", "country_officer", "observer", "civil_society"] as const;
export type Role = (typeof roles)[number];

export type User = {
  readonly id: UserId;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly country: CountryCode | null;
  readonly organization: OrganizationCode | null;
  readonly language: Language;
  readonly active: boolean;
  readonly process: ProcessCode;
  readonly version: Version;
  readonly created_at: string;
};

export type Process = {
  readonly code: ProcessCode;
  readonly name: LocalizedText;
  readonly languages: readonly Language[];
  readonly default_language: Language;
};

export type CountryStatus = "member" | "observer";
export type Country = { readonly code: CountryCode; readonly name: LocalizedText; readonly status: CountryStatus };

export type Organization = {
  readonly code: OrganizationCode;
  readonly abbreviation: LocalizedText;
  readonly name: LocalizedText;
  readonly kind: string;
};

export type Network = { readonly code: NetworkCode; readonly abbreviation: LocalizedText; readonly name: LocalizedText };
export type Topic = { readonly code: TopicCode; readonly name: LocalizedText };

export const contactPointStatuses = ["proposed", "confirmed", "rejected", "ended"] as const;
export type ContactPointStatus = (typeof contactPointStatuses)[number];

export type ContactPointInput = {
  country: CountryCode;
  network: NetworkCode;
  topic: TopicCode;
  name: string;
  position: string;
  institution: string;
  email: string;
  phone: string;
  languages: Language[];
  valid_from: string;
  valid_to: string | null;
};

export type PersonRef = { readonly id: UserId; readonly name: string };

export type ContactPoint = Readonly<ContactPointInput> & {
  readonly id: ContactPointId;
  readonly status: ContactPointStatus;
  readonly proposed_by: PersonRef;
  readonly confirmed_by: PersonRef | null;
  readonly confirmed_at: string | null;
  readonly rejection_reason: string | null;
  readonly version: Version;
  readonly created_at: string;
  readonly updated_at: string;
  /** Present on the single-record answer: every term of the same country × network × topic. */
  readonly history?: readonly ContactPoint[];
};

export type AuditOutcome = "ok" | "denied" | "failed";
export type AuditEntry = {
  readonly id: AuditEntryId;
  readonly at: string;
  readonly actor: { readonly id: UserId; readonly email: string; readonly name: string } | null;
  readonly action: string;
  readonly outcome: AuditOutcome;
  /** Why a denied or failed action was refused (an error code), when the server says. */
  readonly reason?: string | null;
  readonly record_type: string | null;
  readonly record_id: string | number | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly request_id: RequestId | null;
  readonly ip: string | null;
  readonly hash: string;
};
