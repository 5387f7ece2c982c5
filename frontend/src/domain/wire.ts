// The wire shapes as the server's OpenAPI document describes them (src/api/openapi.ts, generated
// from src/api/openapi.json by `npm run api:types`): the one description the records of the front
// end are derived from. A record is its wire shape with sharper types for some fields — branded
// ids and codes (ids.ts) — so that a user id cannot stand where a meeting id is expected.

import type { components } from "../api/openapi";

export type Schemas = components["schemas"];
export type Wire<Name extends keyof Schemas> = Schemas[Name];

/**
 * The wire shape `T` with the fields of `Sharper` given sharper types, read-only. A field the wire
 * shape does not have, or a type the wire shape would not accept (a branded id over a number is
 * fine, a string over a number is not), is a type error: a record cannot drift from the contract.
 */
export type Branded<
  T,
  Sharper extends { [K in keyof Sharper]: K extends keyof T ? (Sharper[K] extends T[K] ? unknown : never) : never },
> = Readonly<Omit<T, keyof Sharper> & Sharper>;

/** What a client sends: the wire shape `Name` with fields it may fill in one by one. */
export type Input<Name extends keyof Schemas> = { -readonly [K in keyof Schemas[Name]]: Schemas[Name][K] };
