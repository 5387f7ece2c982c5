// Parties and bodies by name. The API speaks in codes ("HN", "IOM", "TS", "MEMBER_COUNTRIES",
// "SMUGGLING_TIP_NETWORK"); people read names in their language: a country's name, an
// organisation's abbreviation (its full name where there is room), "Países miembros".

import type { Language } from "./language";
import { localizedString } from "./localized";
import type { Country, Network, Organization } from "./model";

export type PartyDirectory = {
  readonly countries: readonly Country[];
  readonly organizations: readonly Organization[];
  readonly networks?: readonly Network[];
};

/** "Every member country" as a party, in each language (a word of the domain, not of one page). */
const memberCountries: Readonly<Record<Language, string>> = { es: "Países miembros", en: "Member countries" };

export type PartyKind = "member_countries" | "country" | "organization" | "network" | "unknown";

export function partyKind(code: string, directory: PartyDirectory): PartyKind {
  if (code === "MEMBER_COUNTRIES") return "member_countries";
  if (directory.countries.some((c) => c.code === code)) return "country";
  if (directory.organizations.some((o) => o.code === code)) return "organization";
  if (directory.networks?.some((n) => n.code === code)) return "network";
  return "unknown";
}

/**
 * The short name of a party in the interface language: country name, organisation abbreviation,
 * network abbreviation; the code itself when it is unknown (so nothing is hidden).
 */
export function partyName(code: string, directory: PartyDirectory, language: Language): string {
  if (code === "MEMBER_COUNTRIES") return memberCountries[language];
  const country = directory.countries.find((c) => c.code === code);
  if (country) return localizedString(country.name, language, code);
  const organization = directory.organizations.find((o) => o.code === code);
  if (organization) return localizedString(organization.abbreviation, language) || localizedString(organization.name, language, code);
  const network = directory.networks?.find((n) => n.code === code);
  if (network) return localizedString(network.abbreviation, language) || localizedString(network.name, language, code);
  return code;
}

/** The full name, for titles and tooltips (organisations and networks spelled out). */
export function partyFullName(code: string, directory: PartyDirectory, language: Language): string {
  const organization = directory.organizations.find((o) => o.code === code);
  if (organization && code !== "MEMBER_COUNTRIES") return localizedString(organization.name, language, code);
  const network = directory.networks?.find((n) => n.code === code);
  if (network) return localizedString(network.name, language, code);
  return partyName(code, directory, language);
}

/** A list of parties joined as a sentence would ("Honduras, IOM and TS"). */
export function partyList(codes: readonly string[], directory: PartyDirectory, language: Language): string {
  const names = codes.map((code) => partyName(code, directory, language));
  return new Intl.ListFormat(language === "es" ? "es" : "en-GB", { style: "long", type: "conjunction" }).format(names);
}

export type PartyOption = { readonly value: string; readonly label: string; readonly group: "all" | "country" | "organization" };

/**
 * The parties a commitment or agreement may name: every member country (as a whole), each member
 * country, then the organisations (TS first), each group sorted by its name in the language.
 */
export function partyOptions(directory: PartyDirectory, language: Language): PartyOption[] {
  const collator = new Intl.Collator(language, { sensitivity: "base" });
  const countries = directory.countries
    .filter((c) => c.status === "member")
    .map((c) => ({ value: c.code as string, label: partyName(c.code, directory, language), group: "country" as const }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const organizations = directory.organizations
    .filter((o) => o.code !== "MEMBER_COUNTRIES")
    .map((o) => ({ value: o.code as string, label: partyName(o.code, directory, language), group: "organization" as const }))
    .sort((a, b) => (a.value === "TS" ? -1 : b.value === "TS" ? 1 : collator.compare(a.label, b.label)));
  return [{ value: "MEMBER_COUNTRIES", label: partyName("MEMBER_COUNTRIES", directory, language), group: "all" }, ...countries, ...organizations];
}

/** Bodies that hold meetings: the process's networks, then its bodies (RCM, RCGM, …). */
export function bodyOptions(directory: PartyDirectory, language: Language): { value: string; label: string }[] {
  const networks = (directory.networks ?? []).map((n) => ({ value: n.code as string, label: localizedString(n.name, language, n.code) }));
  const bodies = directory.organizations
    .filter((o) => o.kind === "process" || o.kind === "process_body")
    .map((o) => ({ value: o.code as string, label: `${localizedString(o.name, language, o.code)} (${localizedString(o.abbreviation, language, o.code)})` }));
  return [...networks, ...bodies];
}

/** The name of a meeting's body: a network's or an organisation's, in full. */
export function bodyName(code: string, directory: PartyDirectory, language: Language): string {
  return partyFullName(code, directory, language);
}
