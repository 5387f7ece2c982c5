// The server's error messages in both languages, taken at build time from the same texts the
// server answers with (backend/src/*/texts/{es,en}.json). A message the server sent in one
// language is shown again in the other after a language switch: its code finds the other
// language's wording, and the values the server filled in ({max}, {seconds}…) are read back
// from the text it sent by matching it against that language's template.

import type { Language } from "../domain/language";

type Texts = { readonly errors?: Readonly<Record<string, unknown>> };

// Loaded when a server message is first kept (a refused form), not with the first page: the
// language switch that needs them comes later.
const files = import.meta.glob<Texts>("../../../backend/src/*/texts/*.json", { import: "default" });

let catalogues: Record<Language, Map<string, string>> | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/**
 * Calls `listener` once the texts have loaded (for useSyncExternalStore): a message shown while
 * they were loading is shown again in the language chosen meanwhile, not left in the one it came in.
 */
export function subscribeServerTexts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the server's texts have loaded (the snapshot of subscribeServerTexts). */
export function serverTextsLoaded(): boolean {
  return catalogues !== null;
}

/** Starts loading the server's texts (once); resolves when they are there. */
export function loadServerTexts(): Promise<void> {
  loading ??= Promise.all(Object.entries(files).map(async ([path, load]) => [path, await load()] as const))
    .then((loaded) => {
      const next: Record<Language, Map<string, string>> = { es: new Map(), en: new Map() };
      for (const [path, file] of loaded) {
        const language: Language | null = path.endsWith("/es.json") ? "es" : path.endsWith("/en.json") ? "en" : null;
        if (language === null || typeof file.errors !== "object" || file.errors === null) continue;
        for (const [code, text] of Object.entries(file.errors)) if (typeof text === "string") next[language].set(code, text);
      }
      catalogues = next;
      for (const listener of listeners) listener();
    })
    .catch(() => {
      loading = null;
    });
  return loading;
}

function catalogue(language: Language): Map<string, string> {
  return catalogues?.[language] ?? new Map<string, string>();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The placeholders' values of `template` as filled in `text`, or null when `text` is not that template. */
export function readParams(template: string, text: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      names.push(name);
      return "(.+?)";
    })
    .join("");
  const match = new RegExp(`^${pattern}$`, "s").exec(text);
  if (!match) return null;
  return Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? ""]));
}

/**
 * The server's message `text` (sent in `from` for `code`) in `to`; the text as it came when the
 * code is unknown, the text does not fit its template, or the texts have not loaded yet.
 */
export function serverTextIn(code: string, text: string, from: Language, to: Language): string {
  if (from === to) return text;
  const source = catalogue(from).get(code);
  const target = catalogue(to).get(code);
  if (source === undefined || target === undefined) return text;
  const params = readParams(source, text);
  if (params === null) return text;
  return target.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
