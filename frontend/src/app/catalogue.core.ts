// The catalogue the first page loads: the shell's, the shared components' and the public page's
// parts. The rest (every signed-in feature's parts, catalogue.rest.ts) comes in its own chunk,
// merged in place by loadAllTexts(), so that a visitor of the public page never downloads the
// words of pages they cannot open (issue 13, item 6: under 100 KB of JavaScript on a slow
// connection). App.tsx renders every page but the public one only once loadAllTexts() is done.
//
// The object is typed as the whole catalogue (catalogue.ts registers that type): until the rest
// is merged, a key of another part reads as itself (createTranslator's fallback); the pages that
// name such keys are not rendered before then. catalogue.test.ts checks that the public page's
// files name only keys of these parts.

import { mergeSide, type Catalogues, type Messages } from "../domain/i18n/translate";
import { commonEn } from "../components/i18n.en";
import { commonEs } from "../components/i18n.es";
import { publicPageEn } from "../features/publicPage/i18n.en";
import { publicPageEs } from "../features/publicPage/i18n.es";
import { shellEn } from "./i18n.en";
import { shellEs } from "./i18n.es";

/** The parts of the first load, Spanish and English side by side. */
export const coreParts = [
  [shellEs, shellEn],
  [commonEs, commonEn],
  [publicPageEs, publicPageEn],
] as const;

/** The catalogues the provider reads; completed in place by loadAllTexts(). */
export const catalogues: Catalogues = {
  es: mergeSide(coreParts, 0) as unknown as Messages,
  en: mergeSide(coreParts, 1) as unknown as Messages,
};

function mergeInPlace(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(source)) {
    const existing = target[name];
    if (typeof value === "object" && value !== null) {
      if (typeof existing !== "object" || existing === null) target[name] = {};
      mergeInPlace(target[name] as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      target[name] = value;
    }
  }
}

let allTexts: Promise<void> | null = null;

/** Loads the other parts once and merges them into `catalogues`; a failed load may be tried again. */
export function loadAllTexts(): Promise<void> {
  allTexts ??= import("./catalogue.rest").then(
    ({ restParts }) => {
      for (const [es, en] of restParts) {
        mergeInPlace(catalogues.es as unknown as Record<string, unknown>, es);
        mergeInPlace(catalogues.en as unknown as Record<string, unknown>, en);
      }
    },
    (error: unknown) => {
      allTexts = null;
      throw error;
    },
  );
  return allTexts;
}
