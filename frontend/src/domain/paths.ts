// The interface's addresses: builders for links and one matcher for the router. Pure, so the
// route table can be tested without a browser.

import {
  asContactPointId,
  asUserId,
  parseIntegerId,
  type ContactPointId,
  type CountryCode,
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
  | { readonly name: "notFound" };

export function matchRoute(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, "").split("/").filter(Boolean);
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
    case "countries":
    case "organizations":
    case "audit":
    case "account":
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
