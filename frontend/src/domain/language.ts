// The interface languages. The process's default language is Spanish; a process could list
// others in the future, but the interface catalogue exists in these two.

export const languages = ["es", "en"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "es";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/**
 * The first interface language among the browser's preferences ("en-GB" → "en"), or the
 * process default when the browser prefers none of ours.
 */
export function languageFromPreferences(preferences: readonly string[], fallback: Language = defaultLanguage): Language {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isLanguage(primary)) return primary;
  }
  return fallback;
}

/** The name of each language written in that language (shown in the switch and forms). */
export const languageNames: Record<Language, string> = { es: "Español", en: "English" };
