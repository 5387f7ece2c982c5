// The interface's own small message catalogue. Each language is a TypeScript object with the
// same nested keys: the Spanish catalogue defines the shape (Messages), every other catalogue is
// typed as Messages, so a missing or extra key is a compile error, and catalogue.test.ts fails
// on it as well (and on placeholders that differ between languages).
//
// Placeholders are written {name}. Plural forms are separate keys chosen by the caller; we have
// few of them and Intl.PluralRules would add nothing for Spanish and English.

import type { Language } from "../language";
import { es, type Messages } from "./es";
import { en } from "./en";

export type { Messages };

export const catalogues: Record<Language, Messages> = { es, en };

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key, as a dotted path: "contacts.directory.title". */
export type MessageKey = Leaves<Messages>;

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function lookup(catalogue: Messages, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function createTranslator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params) => {
    // The key type makes a miss impossible in typed code; the key itself is the visible
    // fallback if a cast ever slips one through.
    const template = lookup(catalogue, key) ?? key;
    return interpolate(template, params);
  };
}

/** All dotted keys of a catalogue (used by tests). */
export function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([name, value]) =>
    typeof value === "string" ? [`${prefix}${name}`] : keysOf(value, `${prefix}${name}.`),
  );
}
