// The interface's message catalogues: the words around the data. Each feature keeps its own
// part beside its pages (features/meetings/i18n.es.ts and i18n.en.ts), the shell and the shared
// components theirs; app/catalogue.ts merges the parts into one catalogue per language and
// registers its type here (CatalogueRegister), the way a library lets an application declare
// its own types. So this module, and components/, know no feature, yet every t("…") call is
// checked against the merged keys: the Spanish parts define the shape, each English part is
// typed against its Spanish part, and a missing or extra key is a compile error (and a failure
// of app/catalogue.test.ts, which also compares placeholders).
//
// Placeholders are written {name}. A count that decides the words is written as a plural choice,
// {count, plural, one {# agreement} other {# agreements}}, chosen by Intl.PluralRules in the
// catalogue's language ("#" is the count, formatted in that language).

import type { Language } from "../language";

/** Filled in by app/catalogue.ts: `declare module … { interface CatalogueRegister { messages: … } }`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented by the application
export interface CatalogueRegister {}

/** The merged catalogue's shape (the Spanish one). */
export type Messages = CatalogueRegister extends { messages: infer M } ? M : Record<string, never>;

/** One merged catalogue per language. */
export type Catalogues = Readonly<Record<Language, Messages>>;

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

/** The end of a "{…}" group that starts at `open`, counting nested braces; -1 when unclosed. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Picks the form of "{count, plural, one {…} other {…}}" for `value` (exact "=0" forms first). */
function pluralForm(options: string, value: number, language: Language): string | null {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < options.length) {
    const open = options.indexOf("{", i);
    if (open < 0) break;
    const close = closingBrace(options, open);
    if (close < 0) break;
    forms.set(options.slice(i, open).trim(), options.slice(open + 1, close));
    i = close + 1;
  }
  const category = new Intl.PluralRules(language).select(value);
  return forms.get(`=${value}`) ?? forms.get(category) ?? forms.get("other") ?? null;
}

export function interpolate(template: string, params?: MessageParams, language: Language = "es"): string {
  if (!params) return template;
  let result = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = closingBrace(template, open);
    if (close < 0) break;
    result += template.slice(i, open);
    const inner = template.slice(open + 1, close);
    const plural = /^(\w+),\s*plural,(.*)$/s.exec(inner);
    const name = plural ? plural[1] : inner;
    const value = name === undefined ? undefined : params[name];
    if (plural && typeof value === "number") {
      const form = pluralForm(plural[2] ?? "", value, language);
      const number = new Intl.NumberFormat(language === "en" ? "en-GB" : "es").format(value);
      result += form === null ? template.slice(open, close + 1) : interpolate(form.replace(/#/g, number), params, language);
    } else if (!plural && /^\w+$/.test(inner) && value !== undefined) {
      result += String(value);
    } else {
      result += template.slice(open, close + 1);
    }
    i = close + 1;
  }
  return result + template.slice(i);
}

export function createTranslator(catalogue: Messages, language: Language = "es"): Translate {
  return (key, params) => {
    // The key type makes a miss impossible in typed code; the key itself is the visible
    // fallback if a cast ever slips one through.
    const template = lookup(catalogue, key) ?? key;
    return interpolate(template, params, language);
  };
}

/** All dotted keys of a catalogue (used by tests). */
export function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([name, value]) =>
    typeof value === "string" ? [`${prefix}${name}`] : keysOf(value, `${prefix}${name}.`),
  );
}

type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

/**
 * One catalogue from its parts, merged in depth: two parts may share a namespace ("nav", where
 * each feature adds its own link) but never a message (app/catalogue.test.ts checks).
 */
export function mergeCatalogues<const T extends readonly object[]>(...parts: T): Merged<T> {
  const merge = (target: Record<string, unknown>, source: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(source)) {
      const existing = target[name];
      if (typeof value === "object" && value !== null && typeof existing === "object" && existing !== null) {
        merge(existing as Record<string, unknown>, value as Record<string, unknown>);
      } else if (typeof value === "object" && value !== null) {
        target[name] = merge({}, value as Record<string, unknown>);
      } else {
        target[name] = value;
      }
    }
    return target;
  };
  const result: Record<string, unknown> = {};
  for (const part of parts) merge(result, part as Record<string, unknown>);
  return result as Merged<T>;
}

type Side<T extends readonly (readonly [object, object])[], I extends 0 | 1> = {
  [K in keyof T]: T[K] extends readonly [infer First, infer Second] ? (I extends 0 ? First : Second) : never;
};

/** The catalogue of one language from [Spanish, English] pairs of parts: side 0 or 1. */
export function mergeSide<const T extends readonly (readonly [object, object])[], I extends 0 | 1>(pairs: T, side: I): Merged<Side<T, I>> {
  return mergeCatalogues(...pairs.map((pair) => pair[side])) as Merged<Side<T, I>>;
}
