import { describe, expect, it } from "vitest";
import { localizedString, pickLocalized } from "./localized";

describe("pickLocalized", () => {
  it("shows the interface language when it exists", () => {
    expect(pickLocalized({ es: "Honduras", en: "Honduras (en)" }, "en")).toEqual({
      text: "Honduras (en)",
      language: "en",
      isFallback: false,
    });
  });
  it("falls back to the other language and says so", () => {
    expect(pickLocalized({ es: "Red de Funcionarios de Enlace", en: null }, "en")).toEqual({
      text: "Red de Funcionarios de Enlace",
      language: "es",
      isFallback: true,
    });
  });
  it("treats blank text as missing", () => {
    expect(pickLocalized({ es: "  ", en: "Network" }, "es")?.isFallback).toBe(true);
  });
  it("is null when neither language exists", () => {
    expect(pickLocalized({ es: null, en: null }, "es")).toBeNull();
    expect(localizedString(undefined, "es", "—")).toBe("—");
  });
});
