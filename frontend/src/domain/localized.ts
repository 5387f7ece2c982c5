import type { Language } from "./language";

/** Content that exists in two languages. A missing language is null, never "". */
export type LocalizedText = { readonly es: string | null; readonly en: string | null };

export type PickedText = {
  readonly text: string;
  /** The language the text is actually in. */
  readonly language: Language;
  /** True when the wanted language was missing and the other one is shown instead. */
  readonly isFallback: boolean;
};

/**
 * The text in the wanted language, or in the other language marked as a fallback, or null when
 * neither exists. Blank strings count as missing so that a sloppy record does not show nothing.
 */
export function pickLocalized(value: LocalizedText | null | undefined, wanted: Language): PickedText | null {
  if (!value) return null;
  const own = value[wanted];
  if (own != null && own.trim() !== "") return { text: own, language: wanted, isFallback: false };
  const other: Language = wanted === "es" ? "en" : "es";
  const fallback = value[other];
  if (fallback != null && fallback.trim() !== "") return { text: fallback, language: other, isFallback: true };
  return null;
}

/** Plain text for places that cannot show a marker (sorting, <option> labels, titles). */
export function localizedString(value: LocalizedText | null | undefined, wanted: Language, missing = ""): string {
  return pickLocalized(value, wanted)?.text ?? missing;
}
