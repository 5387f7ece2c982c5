// The interface's addresses, derived from one table. A feature declares each of its pages once,
// with a path pattern such as "/meetings/:meeting/agreements/:agreement/edit" and a codec for
// every ":name" segment; from that one declaration come the typed builder
// (editAgreement(meetingId, agreementId) → "/meetings/4/agreements/9/edit"), the matcher
// ("/meetings/4/agreements/9/edit" → { meeting: 4, agreement: 9 }), the navigation and the
// section a page belongs to. Nothing here knows React or a particular feature, so the whole
// table can be tested without a browser (app/routes.test.ts walks every entry).
//
// Segments are percent-decoded before a codec reads them and percent-encoded when a builder
// writes them, so a value can never add or remove a path segment.

import type { MessageKey } from "./i18n/translate";
import type { User } from "./model";
import { asCountryCode, parseIntegerId, type CountryCode } from "./ids";

/** How one ":name" segment is read from an address and written into one. */
export type Segment<T> = {
  /** The value, or null when the text is not one (the address then matches no route). */
  readonly parse: (text: string) => T | null;
  readonly format: (value: T) => string;
};

/** A positive integer id, branded by `brand` (asMeetingId, asUserId, …). */
export function integerId<T extends number>(brand: (value: number) => T): Segment<T> {
  return {
    parse: (text) => {
      const id = parseIntegerId(text);
      return id === null ? null : brand(id);
    },
    format: (value) => String(value),
  };
}

/** An ISO 3166 two-letter country code, upper case ("HN"). */
export const countryCode: Segment<CountryCode> = {
  parse: (text) => (/^[A-Z]{2}$/.test(text) ? asCountryCode(text) : null),
  format: (value) => value,
};

// Type-level reading of a pattern: "/meetings/:meeting/agreements/:agreement" has the
// parameters ["meeting", "agreement"], in that order (the builder's argument order).
type Parts<P extends string> = P extends `/${infer Head}/${infer Rest}`
  ? [Head, ...Parts<`/${Rest}`>]
  : P extends `/${infer Head}`
    ? Head extends ""
      ? []
      : [Head]
    : [];
type NamesIn<S extends readonly string[]> = S extends readonly [infer Head, ...infer Rest extends readonly string[]]
  ? Head extends `:${infer Name}`
    ? [Name, ...NamesIn<Rest>]
    : NamesIn<Rest>
  : [];
/** The parameter names of a pattern, in order. */
export type ParamNames<P extends string> = NamesIn<Parts<P>>;

/** One codec for each parameter of the pattern. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a codec of any value type; ParamsOf reads it back
export type SegmentsFor<P extends string> = { readonly [K in ParamNames<P>[number]]: Segment<any> };
type ValueOf<S> = S extends Segment<infer T> ? T : never;
/** What the matcher returns and the page receives: { meeting: MeetingId, agreement: AgreementId }. */
export type ParamsOf<S> = { readonly [K in keyof S]: ValueOf<S[K]> };
type ArgsOf<Names extends readonly string[], S> = { [I in keyof Names]: Names[I] extends keyof S ? ValueOf<S[Names[I]]> : never };

/** One path pattern with its typed builder and matcher. */
export type PathPattern<Params extends object = object, Args extends readonly unknown[] = readonly never[]> = {
  readonly pattern: string;
  /** The parameter names, in the pattern's (and the builder's) order. */
  readonly names: readonly string[];
  /** The codec of each parameter. */
  readonly segments: Readonly<Record<string, Segment<unknown>>>;
  /** The address for these parameters, in the pattern's order. */
  readonly build: (...args: Args) => string;
  /** The parameters when the pathname is this pattern's address; null otherwise. */
  readonly match: (pathname: string) => Params | null;
};

type NoParams<P extends string> = ParamNames<P> extends [] ? P : `pattern ${P} has parameters: give their segments`;

/** A pattern without parameters: "/meetings". */
export function definePath<const P extends string>(pattern: P & NoParams<P>): PathPattern<Record<never, never>, []>;
/** A pattern with parameters, each read and written by its segment codec. */
export function definePath<const P extends string, const S extends SegmentsFor<P>>(
  pattern: P,
  segments: S,
): PathPattern<ParamsOf<S>, ArgsOf<ParamNames<P>, S>>;
export function definePath(pattern: string, segments: Record<string, Segment<unknown>> = {}): PathPattern<object, unknown[]> {
  if (!pattern.startsWith("/")) throw new Error(`route pattern must start with /: ${pattern}`);
  const parts = pattern.split("/").filter(Boolean);
  const names = parts.filter((part) => part.startsWith(":")).map((part) => part.slice(1));
  for (const name of names) if (!(name in segments)) throw new Error(`route ${pattern}: no segment codec for :${name}`);
  for (const name of Object.keys(segments)) if (!names.includes(name)) throw new Error(`route ${pattern}: codec for unknown :${name}`);

  return {
    pattern,
    names,
    segments,
    build: (...args: unknown[]) => {
      let next = 0;
      const written = parts.map((part) => {
        if (!part.startsWith(":")) return part;
        const codec = segments[part.slice(1)] as Segment<unknown>;
        return encodeURIComponent(codec.format(args[next++]));
      });
      return `/${written.join("/")}`;
    },
    match: (pathname: string) => {
      const given = splitPath(pathname);
      if (given === null || given.length !== parts.length) return null;
      const params: Record<string, unknown> = {};
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as string;
        const text = given[i] as string;
        if (!part.startsWith(":")) {
          if (part !== text) return null;
          continue;
        }
        const value = (segments[part.slice(1)] as Segment<unknown>).parse(text);
        if (value === null) return null;
        params[part.slice(1)] = value;
      }
      return params;
    },
  };
}

/** The decoded segments of a pathname (trailing slashes ignored); null if one is badly encoded. */
function splitPath(pathname: string): string[] | null {
  try {
    return pathname
      .split("/")
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/** Adds a query string with the given values; empty and missing values are left out. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Only same-site relative paths are followed after login, never an absolute URL. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/login")) return "/";
  return next;
}

// The table's entries, as far as matching, navigation and access need them (the page itself
// is React's business: components/routes.ts adds it).

/** A link in the main navigation, offered to the users who may open the page. */
export type NavigationSpec<Params> = {
  readonly label: MessageKey;
  /** Position in the navigation: lower first. Features leave gaps (10, 20, …). */
  readonly order: number;
  /** One sentence for the home page's list of sections. */
  readonly description?: MessageKey;
  /** The parameters of the link for this user; null hides the link (e.g. "my country" without one). */
  readonly params?: (user: User) => Params | null;
};

export type RouteShape<Params extends object = object> = {
  readonly name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any builder: the table holds every arity
  readonly path: PathPattern<Params, any>;
  /** "signedOut" pages (the login page) are shown only before sign-in; all others after it. */
  readonly audience?: "signedIn" | "signedOut" | "anyone";
  /** Who may open the page; everyone signed in when absent. The server decides anyway. */
  readonly allowed?: (user: User) => boolean;
  /** The navigation section the page belongs to (for aria-current); its first path segment by default. */
  readonly section?: string;
  readonly nav?: NavigationSpec<Params>;
};

export type RouteMatch<R extends RouteShape = RouteShape> = { readonly route: R; readonly params: object };

/** The first route whose pattern the pathname is an address of; null when there is none. */
export function matchRoute<R extends RouteShape>(table: readonly R[], pathname: string): RouteMatch<R> | null {
  for (const route of table) {
    const params = route.path.match(pathname);
    if (params !== null) return { route, params };
  }
  return null;
}

export function mayOpen(route: RouteShape, user: User): boolean {
  return route.allowed ? route.allowed(user) : true;
}

/** The navigation section of a route: its own, else its pattern's first segment ("home" for "/"). */
export function sectionOf(route: RouteShape): string {
  return route.section ?? route.path.pattern.split("/").filter(Boolean)[0] ?? "home";
}

export type NavigationItem = {
  readonly name: string;
  readonly href: string;
  readonly label: MessageKey;
  readonly description?: MessageKey;
  readonly section: string;
};

/** The main navigation for a user: every page with a navigation entry that the user may open. */
export function navigationFor(table: readonly RouteShape[], user: User): NavigationItem[] {
  const items: (NavigationItem & { order: number })[] = [];
  for (const route of table) {
    const nav = route.nav;
    if (!nav || !mayOpen(route, user)) continue;
    const params = nav.params ? nav.params(user) : {};
    if (params === null) continue;
    const args = route.path.names.map((name) => (params as Record<string, unknown>)[name]);
    const href = (route.path.build as (...values: unknown[]) => string)(...args);
    items.push({
      name: route.name,
      href,
      label: nav.label,
      ...(nav.description ? { description: nav.description } : {}),
      section: sectionOf(route),
      order: nav.order,
    });
  }
  return items.sort((a, b) => a.order - b.order).map(({ order: _order, ...item }) => item);
}
