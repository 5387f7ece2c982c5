// The merged catalogues must agree: same keys, no empty message, same placeholders; the parts
// must not define the same message twice. And every key the source code names must exist —
// including keys built from enums (roles.${role}).
import { describe, expect, it } from "vitest";
import { contactPointStatuses, roles } from "../domain/model";
import { languages } from "../domain/language";
import { createTranslator, interpolate, keysOf, lookup } from "../domain/i18n/translate";
import { createTranslator as translatorOf, mergeSide } from "../domain/i18n/translate";
import { catalogueParts, catalogues } from "./catalogue";
import { coreParts } from "./catalogue.core";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((match) => match[1]).sort();

// Every source file under src/, as text (Vite's glob import; tests excluded).
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.{ts,tsx}"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("message catalogues", () => {
  const spanishKeys = keysOf(catalogues.es).sort();

  it.each(languages)("%s has exactly the keys of the Spanish catalogue", (language) => {
    expect(keysOf(catalogues[language]).sort()).toEqual(spanishKeys);
  });

  it.each(languages)("%s has no empty message", (language) => {
    const empty = keysOf(catalogues[language]).filter((key) => (lookup(catalogues[language], key) ?? "").trim() === "");
    expect(empty).toEqual([]);
  });

  it("uses the same placeholders in every language", () => {
    for (const key of spanishKeys) {
      const spanish = placeholders(lookup(catalogues.es, key) ?? "");
      for (const language of languages) {
        expect({ key, language, names: placeholders(lookup(catalogues[language], key) ?? "") }).toEqual({
          key,
          language,
          names: spanish,
        });
      }
    }
  });

  it("is made of parts that never define the same message twice, in either language", () => {
    for (const side of [0, 1] as const) {
      const seen = new Map<string, number>();
      catalogueParts.forEach((pair, index) => {
        for (const key of keysOf(pair[side])) {
          expect({ key, alsoIn: seen.get(key) }).toEqual({ key, alsoIn: undefined });
          seen.set(key, index);
        }
      });
    }
  });

  it("has a message for every key the source code names", () => {
    const missing: string[] = [];
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const pattern = /(?:\bt\(\s*|key:\s*|label:\s*|\?\s*|:\s*)"([a-zA-Z]+\.[a-zA-Z_.]+)"/g;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(pattern)) {
        const key = match[1] as string;
        const family = key.split(".")[0] as string;
        if (!(family in catalogues.es)) continue; // not a message key (e.g. "e.g." or a file name)
        for (const language of languages) {
          if (lookup(catalogues[language], key) === undefined) missing.push(`${language}: ${key} (${file})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives the public page, on the first load, every key its files name", () => {
    // The files the public page renders before the rest of the catalogue is loaded (App.tsx).
    const firstLoad = /\/(features\/publicPage\/[^/]+|components\/(feedback|LanguageSwitch|PageHeading)\.tsx|app\/(App|Shell)\.tsx)$/;
    const files = Object.entries(sources).filter(([file]) => firstLoad.test(file));
    expect(files.length).toBeGreaterThan(4);
    const pattern = /(?:\bt\(\s*|key:\s*|label:\s*|\?\s*|:\s*)"([a-zA-Z]+\.[a-zA-Z_.]+)"/g;
    const missing: string[] = [];
    for (const side of [0, 1] as const) {
      const core = mergeSide(coreParts, side);
      for (const [file, text] of Object.entries(Object.fromEntries(files))) {
        // The signed-in shell (Shell) is rendered only with the whole catalogue: its navigation is left out.
        for (const match of text.matchAll(pattern)) {
          const key = match[1] as string;
          const family = key.split(".")[0] as string;
          if (!(family in catalogues.es) || family === "nav") continue;
          if (lookup(core as never, key) === undefined) missing.push(`${side === 0 ? "es" : "en"}: ${key} (${file})`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(translatorOf(mergeSide(coreParts, 1) as never)("shell.signIn")).toBe("Sign in");
  });

  it("names every role, contact-point status and audit outcome", () => {
    for (const language of languages) {
      const catalogue = catalogues[language];
      for (const role of roles) expect(lookup(catalogue, `roles.${role}`)).toBeTruthy();
      for (const status of contactPointStatuses) expect(lookup(catalogue, `contacts.status.${status}`)).toBeTruthy();
      for (const outcome of ["ok", "denied", "failed"]) expect(lookup(catalogue, `audit.outcomes.${outcome}`)).toBeTruthy();
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Hola {name}, {count}", { name: "Ana", count: 3 })).toBe("Hola Ana, 3");
    expect(interpolate("Hola {name}", {})).toBe("Hola {name}");
    expect(createTranslator(catalogues.en)("home.welcome", { name: "Ana" })).toBe("Welcome, Ana");
    expect(createTranslator(catalogues.es)("home.welcome", { name: "Ana" })).toBe("Bienvenido/a, Ana");
  });

  it("chooses plural forms by the language's rules", () => {
    const en = createTranslator(catalogues.en, "en");
    const es = createTranslator(catalogues.es, "es");
    expect(en("meetings.detail.agreementsCount", { count: 1 })).toBe("1 agreement");
    expect(en("meetings.detail.agreementsCount", { count: 2 })).toBe("2 agreements");
    expect(en("meetings.detail.agreementsCount", { count: 0 })).toBe("0 agreements");
    expect(es("meetings.detail.agreementsCount", { count: 1 })).toBe("1 acuerdo");
    expect(es("meetings.detail.completion", { done: 0, total: 1 })).toBe("0 de 1 compromiso cumplido");
    expect(en("meetings.detail.completion", { done: 3, total: 1200 })).toBe("3 of 1,200 commitments done");
    expect(interpolate("{n, plural, =0 {none} one {# item} other {# items}}", { n: 0 }, "en")).toBe("none");
    expect(interpolate("{n, plural, one {# item} other {# items}}", {}, "en")).toBe("{n, plural, one {# item} other {# items}}");
  });
});
