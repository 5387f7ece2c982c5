import { describe, expect, it } from "vitest";
import { asCountryCode, asNetworkCode, asOrganizationCode } from "./ids";
import { partyList, partyName, partyOptions, bodyOptions, partyKind, type PartyDirectory } from "./parties";

const directory: PartyDirectory = {
  countries: [
    { code: asCountryCode("HN"), name: { es: "Honduras", en: "Honduras" }, status: "member" },
    { code: asCountryCode("MX"), name: { es: "México", en: "Mexico" }, status: "member" },
    { code: asCountryCode("CO"), name: { es: "Colombia", en: "Colombia" }, status: "observer" },
  ],
  organizations: [
    { code: asOrganizationCode("RCGM"), abbreviation: { es: "GRCM", en: "RCGM" }, name: { es: "Grupo Regional de Consulta sobre Migración", en: "Regional Consultation Group on Migration" }, kind: "process_body" },
    { code: asOrganizationCode("TS"), abbreviation: { es: "ST", en: "TS" }, name: { es: "Secretaría Técnica", en: "Technical Secretariat" }, kind: "secretariat" },
    { code: asOrganizationCode("MEMBER_COUNTRIES"), abbreviation: { es: "Países Miembros", en: "Member Countries" }, name: { es: "Países Miembros", en: "Member Countries" }, kind: "group" },
    { code: asOrganizationCode("IOM"), abbreviation: { es: "OIM", en: "IOM" }, name: { es: "Organización Internacional para las Migraciones", en: "International Organization for Migration" }, kind: "observer_organization" },
  ],
  networks: [
    { code: asNetworkCode("SMUGGLING_TIP_NETWORK"), abbreviation: { es: "Red de Funcionarios de Enlace", en: "Liaison Officer Network" }, name: { es: "Red de Funcionarios de Enlace para el Combate al Tráfico", en: "Liaison Officer Network to Combat Smuggling" } },
  ],
};

describe("party names", () => {
  it("names countries, organisations and member countries in the interface language", () => {
    expect(partyName("MX", directory, "es")).toBe("México");
    expect(partyName("MX", directory, "en")).toBe("Mexico");
    expect(partyName("IOM", directory, "es")).toBe("OIM");
    expect(partyName("TS", directory, "en")).toBe("TS");
    expect(partyName("MEMBER_COUNTRIES", directory, "es")).toBe("Países miembros");
    expect(partyName("MEMBER_COUNTRIES", directory, "en")).toBe("Member countries");
    expect(partyName("SMUGGLING_TIP_NETWORK", directory, "en")).toBe("Liaison Officer Network");
  });

  it("shows an unknown code as it is", () => {
    expect(partyName("XX", directory, "es")).toBe("XX");
    expect(partyKind("XX", directory)).toBe("unknown");
    expect(partyKind("HN", directory)).toBe("country");
    expect(partyKind("MEMBER_COUNTRIES", directory)).toBe("member_countries");
  });

  it("joins a list as a sentence in each language", () => {
    expect(partyList(["IOM", "MEMBER_COUNTRIES", "TS"], directory, "en")).toBe("IOM, Member countries and TS");
    expect(partyList(["IOM", "MEMBER_COUNTRIES", "TS"], directory, "es")).toBe("OIM, Países miembros y ST");
  });

  it("offers member countries as a whole first, then member countries, then organisations with the TS first", () => {
    const options = partyOptions(directory, "es").map((o) => o.value);
    // Observer countries are not parties; organisations sort by their Spanish abbreviation (GRCM < OIM).
    expect(options).toEqual(["MEMBER_COUNTRIES", "HN", "MX", "TS", "RCGM", "IOM"]);
  });

  it("offers networks and process bodies as meeting bodies", () => {
    expect(bodyOptions(directory, "en").map((o) => o.value)).toEqual(["SMUGGLING_TIP_NETWORK", "RCGM"]);
  });
});
