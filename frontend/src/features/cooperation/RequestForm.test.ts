import { describe, expect, it } from "vitest";
import { changeBetween, requestFieldFor, toRequestInput, validateRequest, type RequestFormValues } from "./RequestForm";

const values: RequestFormValues = {
  country: "HN",
  partner: "SICA",
  title_es: " Apoyo a la investigación ",
  title_en: "",
  summary_es: "Resumen",
  summary_en: "Summary",
};

describe("the request form", () => {
  it("sends each text with the languages typed, trimmed, and null where none was", () => {
    expect(toRequestInput(values)).toEqual({
      country: "HN",
      partner: "SICA",
      title: { es: "Apoyo a la investigación", en: null },
      summary: { es: "Resumen", en: "Summary" },
    });
  });

  it("asks for each text in at least one language", () => {
    const errors = validateRequest({ ...values, title_es: " ", summary_es: "", summary_en: "", partner: "" });
    expect(errors.title_es).toEqual({ key: "cooperation.form.oneLanguage" });
    expect(errors.summary_es).toEqual({ key: "cooperation.form.oneLanguage" });
    expect(errors.partner).toEqual({ key: "errors.required" });
    expect(validateRequest(values)).toEqual({});
  });

  it("sends only what changed, a text with both its languages", () => {
    expect(changeBetween(values, values)).toEqual({});
    expect(changeBetween(values, { ...values, title_en: "Investigation support" })).toEqual({
      title: { es: "Apoyo a la investigación", en: "Investigation support" },
    });
    expect(changeBetween(values, { ...values, partner: "OCAM" })).toEqual({ partner: "OCAM" });
  });

  it("puts the server's errors next to the field they name", () => {
    expect(requestFieldFor("title")).toBe("title_es");
    expect(requestFieldFor("title.en")).toBe("title_en");
    expect(requestFieldFor("summary.es")).toBe("summary_es");
    expect(requestFieldFor("partner")).toBe("partner");
    expect(requestFieldFor("agreement")).toBeNull();
  });
});
