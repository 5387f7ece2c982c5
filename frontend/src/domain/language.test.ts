import { describe, expect, it } from "vitest";
import { isLanguage, languageFromPreferences } from "./language";

describe("languageFromPreferences", () => {
  it("takes the first preference we have, ignoring the region", () => {
    expect(languageFromPreferences(["en-GB", "es"])).toBe("en");
    expect(languageFromPreferences(["fr-FR", "es-HN", "en"])).toBe("es");
  });
  it("falls back to Spanish, the process default, when the browser prefers none of ours", () => {
    expect(languageFromPreferences(["fr", "de"])).toBe("es");
    expect(languageFromPreferences([])).toBe("es");
  });
  it("recognises only the interface languages", () => {
    expect(isLanguage("es")).toBe(true);
    expect(isLanguage("fr")).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
