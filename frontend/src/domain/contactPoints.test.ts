import { describe, expect, it } from "vitest";
import { changedFields, checkContactPointForm, groupByCountry, toContactPointInput, type ContactPointFormValues } from "./contactPoints";
import { asContactPointId, asCountryCode, type CountryCode } from "./ids";
import { aContactPoint } from "./testing";

const filled: ContactPointFormValues = {
  country: "HN",
  network: "SMUGGLING_TIP_NETWORK",
  topic: "general",
  name: "María López",
  position: "",
  institution: "INM",
  email: "maria@example.hn",
  phone: "",
  languages: ["es"],
  valid_from: "2026-03-01",
  valid_to: "",
};

describe("checkContactPointForm", () => {
  it("accepts a complete form", () => {
    expect(checkContactPointForm(filled)).toEqual({});
  });
  it("names each missing required field", () => {
    expect(checkContactPointForm({ ...filled, name: " ", institution: "", email: "" })).toEqual({
      name: "required",
      institution: "required",
      email: "required",
    });
  });
  it("refuses an end before the start and impossible dates", () => {
    expect(checkContactPointForm({ ...filled, valid_to: "2026-02-28" })).toEqual({ valid_to: "dateOrder" });
    expect(checkContactPointForm({ ...filled, valid_from: "2026-02-30" })).toEqual({ valid_from: "invalidDate" });
  });
});

describe("toContactPointInput and changedFields", () => {
  it("trims text and sends an empty end date as null", () => {
    const input = toContactPointInput({ ...filled, name: "  María López " });
    expect(input.name).toBe("María López");
    expect(input.valid_to).toBeNull();
  });
  it("sends only what changed", () => {
    const saved = toContactPointInput(filled);
    const edited = toContactPointInput({ ...filled, phone: "+504 1", languages: ["es", "en"] });
    expect(changedFields(saved, edited)).toEqual({ phone: "+504 1", languages: ["es", "en"] });
    expect(changedFields(saved, saved)).toEqual({});
  });
});

describe("groupByCountry", () => {
  const names: Record<string, string> = { MX: "México", BZ: "Belice", CA: "Canadá" };
  const name = (code: CountryCode) => names[code] ?? code;
  it("orders countries by their name in the interface language, accents folded", () => {
    const items = [
      aContactPoint({ id: asContactPointId(1), country: asCountryCode("MX") }),
      aContactPoint({ id: asContactPointId(2), country: asCountryCode("CA") }),
      aContactPoint({ id: asContactPointId(3), country: asCountryCode("BZ") }),
    ];
    expect(groupByCountry(items, name, "es").map((group) => group.country)).toEqual(["BZ", "CA", "MX"]);
  });
  it("puts confirmed before proposed within a country × network × topic", () => {
    const items = [
      aContactPoint({ id: asContactPointId(1), status: "proposed" }),
      aContactPoint({ id: asContactPointId(2), status: "confirmed" }),
    ];
    expect(groupByCountry(items, name, "es")[0]?.items.map((item) => item.id)).toEqual([2, 1]);
  });
});

describe("e-mail and phone as the server reads them", () => {
  it("accepts what the server accepts and refuses what it refuses", async () => {
    const { isEmailAddress, isPhoneNumber } = await import("./contactPoints");
    expect(isEmailAddress("carlos.mejia@example.hn")).toBe(true);
    expect(isEmailAddress("no-es-un-correo")).toBe(false);
    expect(isEmailAddress("a@b")).toBe(false);
    expect(isEmailAddress("a b@example.hn")).toBe(false);
    expect(isEmailAddress("a@@example.hn")).toBe(false);
    expect(isPhoneNumber("+504 2234 5678")).toBe(true);
    expect(isPhoneNumber("llamar al despacho")).toBe(false);
    expect(isPhoneNumber("123")).toBe(false);
  });
});
