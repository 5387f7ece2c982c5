// The interface's addresses: builders for links and one matcher for the router. Pure, so the
// route table can be tested without a browser.

import {
  asAgreementId,
  asCommitmentId,
  asContactPointId,
  asCountryCode,
  asImportId,
  asMeetingId,
  asUserId,
  parseIntegerId,
  type AgreementId,
  type CommitmentId,
  type ContactPointId,
  type CountryCode,
  type ImportId,
  type MeetingId,
  type NetworkCode,
  type TopicCode,
  type UserId,
} from "./ids";

function withQuery(path: string, query: Record<string, string | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export type ContactPointPrefill = { country?: CountryCode; network?: NetworkCode; topic?: TopicCode; replaces?: ContactPointId };

export const paths = {
  home: () => "/",
  login: (next?: string) => withQuery("/login", { next: next && next !== "/" ? next : undefined }),
  contactPoints: () => "/contact-points",
  newContactPoint: (prefill: ContactPointPrefill = {}) =>
    withQuery("/contact-points/new", {
      country: prefill.country,
      network: prefill.network,
      topic: prefill.topic,
      replaces: prefill.replaces === undefined ? undefined : String(prefill.replaces),
    }),
  contactPoint: (id: ContactPointId) => `/contact-points/${id}`,
  editContactPoint: (id: ContactPointId) => `/contact-points/${id}/edit`,
  countries: () => "/countries",
  organizations: () => "/organizations",
  users: () => "/users",
  newUser: () => "/users/new",
  user: (id: UserId) => `/users/${id}`,
  audit: () => "/audit",
  account: () => "/account",
  meetings: () => "/meetings",
  newMeeting: () => "/meetings/new",
  meeting: (id: MeetingId) => `/meetings/${id}`,
  editMeeting: (id: MeetingId) => `/meetings/${id}/edit`,
  newAgreement: (meeting: MeetingId) => `/meetings/${meeting}/agreements/new`,
  editAgreement: (meeting: MeetingId, agreement: AgreementId) => `/meetings/${meeting}/agreements/${agreement}/edit`,
  newCommitment: (meeting: MeetingId, agreement: AgreementId) => `/meetings/${meeting}/agreements/${agreement}/commitments/new`,
  commitment: (id: CommitmentId) => `/commitments/${id}`,
  editCommitment: (id: CommitmentId) => `/commitments/${id}/edit`,
  followUp: () => "/follow-up",
  country: (code: CountryCode) => `/country/${code}`,
  notifications: () => "/notifications",
  newImport: () => "/imports/new",
  importReview: (id: ImportId) => `/imports/${id}`,
} as const;

export type Route =
  | { readonly name: "home" }
  | { readonly name: "login" }
  | { readonly name: "contactPoints" }
  | { readonly name: "newContactPoint" }
  | { readonly name: "contactPoint"; readonly id: ContactPointId }
  | { readonly name: "editContactPoint"; readonly id: ContactPointId }
  | { readonly name: "countries" }
  | { readonly name: "organizations" }
  | { readonly name: "users" }
  | { readonly name: "newUser" }
  | { readonly name: "user"; readonly id: UserId }
  | { readonly name: "audit" }
  | { readonly name: "account" }
  | { readonly name: "meetings" }
  | { readonly name: "newMeeting" }
  | { readonly name: "meeting"; readonly id: MeetingId }
  | { readonly name: "editMeeting"; readonly id: MeetingId }
  | { readonly name: "newAgreement"; readonly meeting: MeetingId }
  | { readonly name: "editAgreement"; readonly meeting: MeetingId; readonly agreement: AgreementId }
  | { readonly name: "newCommitment"; readonly meeting: MeetingId; readonly agreement: AgreementId }
  | { readonly name: "commitment"; readonly id: CommitmentId }
  | { readonly name: "editCommitment"; readonly id: CommitmentId }
  | { readonly name: "followUp" }
  | { readonly name: "country"; readonly code: CountryCode }
  | { readonly name: "notifications" }
  | { readonly name: "newImport" }
  | { readonly name: "importReview"; readonly id: ImportId }
  | { readonly name: "notFound" };

const notFound: Route = { name: "notFound" };

/** /meetings/… addresses, which nest agreements and commitments under the meeting. */
function matchMeeting(parts: readonly string[]): Route {
  const [, second, third, fourth, fifth, sixth, seventh, ...rest] = parts;
  if (rest.length > 0) return notFound;
  if (second === undefined) return { name: "meetings" };
  if (second === "new") return third === undefined ? { name: "newMeeting" } : notFound;
  const id = parseIntegerId(second);
  if (id === null) return notFound;
  const meeting = asMeetingId(id);
  if (third === undefined) return { name: "meeting", id: meeting };
  if (third === "edit") return fourth === undefined ? { name: "editMeeting", id: meeting } : notFound;
  if (third !== "agreements" || fourth === undefined) return notFound;
  if (fourth === "new") return fifth === undefined ? { name: "newAgreement", meeting } : notFound;
  const agreementId = parseIntegerId(fourth);
  if (agreementId === null) return notFound;
  const agreement = asAgreementId(agreementId);
  if (fifth === "edit" && sixth === undefined) return { name: "editAgreement", meeting, agreement };
  if (fifth === "commitments" && sixth === "new" && seventh === undefined) return { name: "newCommitment", meeting, agreement };
  return notFound;
}

export function matchRoute(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, "").split("/").filter(Boolean);
  if (parts[0] === "meetings") return matchMeeting(parts);
  const [first, second, third, ...rest] = parts;
  if (rest.length > 0) return { name: "notFound" };
  if (first === undefined) return { name: "home" };
  switch (first) {
    case "login":
      return second === undefined ? { name: "login" } : { name: "notFound" };
    case "contact-points": {
      if (second === undefined) return { name: "contactPoints" };
      if (second === "new" && third === undefined) return { name: "newContactPoint" };
      const id = parseIntegerId(second);
      if (id === null) return { name: "notFound" };
      if (third === undefined) return { name: "contactPoint", id: asContactPointId(id) };
      if (third === "edit") return { name: "editContactPoint", id: asContactPointId(id) };
      return { name: "notFound" };
    }
    case "users": {
      if (second === undefined) return { name: "users" };
      if (second === "new" && third === undefined) return { name: "newUser" };
      const id = parseIntegerId(second);
      if (id === null || third !== undefined) return { name: "notFound" };
      return { name: "user", id: asUserId(id) };
    }
    case "commitments": {
      const id = parseIntegerId(second);
      if (id === null) return notFound;
      if (third === undefined) return { name: "commitment", id: asCommitmentId(id) };
      if (third === "edit") return { name: "editCommitment", id: asCommitmentId(id) };
      return notFound;
    }
    case "country":
      return second !== undefined && /^[A-Z]{2}$/.test(second) && third === undefined
        ? { name: "country", code: asCountryCode(second) }
        : notFound;
    case "imports": {
      if (second === "new" && third === undefined) return { name: "newImport" };
      const id = parseIntegerId(second);
      return id !== null && third === undefined ? { name: "importReview", id: asImportId(id) } : notFound;
    }
    case "follow-up":
      return second === undefined ? { name: "followUp" } : notFound;
    case "countries":
    case "organizations":
    case "audit":
    case "account":
    case "notifications":
      return second === undefined ? { name: first } : { name: "notFound" };
    default:
      return { name: "notFound" };
  }
}

/** Only same-site relative paths are followed after login, never an absolute URL. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/login")) return "/";
  return next;
}
