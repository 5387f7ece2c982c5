// A route table entry as the React side needs it: the address (domain/routing.ts) plus the page
// that shows it. Each feature declares its entries in its own routes.ts:
//
//   export const meetingRoutes = defineRoutes({
//     meeting: route({ path: definePath("/meetings/:id", { id: integerId(asMeetingId) }),
//                      page: lazy(() => import("./MeetingPage")) }),
//   });
//   export const meetingPaths = pathsOf(meetingRoutes);   // meetingPaths.meeting(id) → "/meetings/4"
//
// and app/routes.ts lists the features' tables. route() checks that the page accepts exactly the
// parameters its pattern yields (a MeetingPage given { id: MeetingId }), so a page cannot be
// wired to an address it cannot read.

import type { ComponentType } from "react";
import type { PathPattern, RouteShape } from "../domain/routing";

/** One entry before it is named: its address, its page and who may open it. */
export type RouteSpec<Params extends object, Args extends readonly unknown[]> = Omit<RouteShape<Params>, "name" | "path"> & {
  readonly path: PathPattern<Params, Args>;
  /** The page, given the address's parameters as props; lazy(() => import(…)) for all but the first pages. */
  readonly page: ComponentType<Params>;
};

/** An entry of the table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table holds pages of every shape
export type Route = RouteShape & { readonly page: ComponentType<any> };

export function route<Params extends object, Args extends readonly unknown[]>(spec: RouteSpec<Params, Args>): RouteSpec<Params, Args> {
  return spec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any spec: each was checked by route()
type AnySpec = RouteSpec<any, any>;

/** Names every entry by its key: { meeting: route(…) } → the route named "meeting". */
export function defineRoutes<const R extends Record<string, AnySpec>>(specs: R): { readonly [K in keyof R]: R[K] & { readonly name: K & string } } {
  const named: Record<string, Route> = {};
  for (const [name, spec] of Object.entries(specs)) named[name] = { ...spec, name } as Route;
  return named as { readonly [K in keyof R]: R[K] & { readonly name: K & string } };
}

/** The typed builders of a feature's table: { meeting: (id: MeetingId) => "/meetings/…" , … }. */
export function pathsOf<const R extends Record<string, { readonly path: { readonly build: (...args: never[]) => string } }>>(
  routes: R,
): { readonly [K in keyof R]: R[K]["path"]["build"] } {
  const builders: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(routes)) builders[name] = entry.path.build;
  return builders as { readonly [K in keyof R]: R[K]["path"]["build"] };
}

/** A table's entries as a list, in declaration order, for app/routes.ts. */
export function entriesOf<R extends Record<string, Route>>(routes: R): Route[] {
  return Object.values(routes);
}
