// The records the foundation pages work with: the server's wire shapes (wire.ts, generated from its
// OpenAPI document) with branded ids and codes. Dates without time are ISO "YYYY-MM-DD" strings;
// instants are ISO 8601.

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
import type { Branded, Wire } from "./wire";

export type Role = Wire<"User">["role"];
export const roles = ["secretariat", "country_officer", "observer", "civil_society"] as const satisfies readonly Role[];

export type User = Branded<
  Wire<"User">,
  {
    id: UserId;
    country: CountryCode | null;
    organization: OrganizationCode | null;
    process: ProcessCode;
    version: Version;
  }
>;

export type Process = Branded<Wire<"Process">, { code: ProcessCode }>;

export type CountryStatus = Wire<"Country">["status"];
export type Country = Branded<Wire<"Country">, { code: CountryCode }>;
export type Organization = Branded<Wire<"Organization">, { code: OrganizationCode }>;
export type Network = Branded<Wire<"Network">, { code: NetworkCode }>;
export type Topic = Branded<Wire<"Topic">, { code: TopicCode }>;

export type ContactPointStatus = Wire<"ContactPoint">["status"];
export const contactPointStatuses = [
  "proposed",
  "confirmed",
  "rejected",
  "ended",
] as const satisfies readonly ContactPointStatus[];

/** What a form sends to propose a contact point (all of it) or to change one (any part). */
export type ContactPointInput = Branded<
  Required<Wire<"ContactPointInput">>,
  { country: CountryCode; network: NetworkCode; topic: TopicCode }
>;

export type PersonRef = Branded<Wire<"ContactPoint">["proposed_by"], { id: UserId }>;

export type ContactPoint = Branded<
  Wire<"ContactPoint">,
  {
    id: ContactPointId;
    country: CountryCode;
    network: NetworkCode;
    topic: TopicCode;
    proposed_by: PersonRef;
    confirmed_by: PersonRef | null;
    version: Version;
  }
>;

/** A contact point with every term of the same country × network × topic (the single-record answer). */
export type ContactPointWithHistory = ContactPoint & { readonly history: readonly ContactPoint[] };

export type AuditOutcome = Wire<"AuditEntry">["outcome"];
export type AuditEntry = Branded<
  Wire<"AuditEntry">,
  {
    id: AuditEntryId;
    actor: { readonly id: UserId | null; readonly email: string; readonly name: string } | null;
    request_id: RequestId;
  }
>;
