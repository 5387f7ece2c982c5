// The one catalogue per language, merged from the shell's, the shared components' and each
// feature's parts: catalogue.core.ts holds the parts of the first load (the public page), and
// catalogue.rest.ts the others, loaded on demand. This module puts them together for the type
// and for tests; the application itself imports catalogue.core.ts.
// The type of the Spanish result is registered with domain/i18n/translate.ts, which makes every
// t("…") key in the code base checked against it.

import { mergeSide, type Catalogues } from "../domain/i18n/translate";
import { coreParts } from "./catalogue.core";
import { restParts } from "./catalogue.rest";

/** The parts, Spanish and English side by side (the test checks they do not overlap). */
export const catalogueParts = [...coreParts, ...restParts] as const;

const es = mergeSide(catalogueParts, 0);

type Spanish = typeof es;

declare module "../domain/i18n/translate" {
  interface CatalogueRegister {
    messages: Spanish;
  }
}

const en: Spanish = mergeSide(catalogueParts, 1);

export const catalogues: Catalogues = { es, en };
