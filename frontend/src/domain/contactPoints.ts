// Contact-point rules the interface needs: the directory's grouping and order, and the form's
// own checks before anything is sent (the server checks everything again).

import type { CountryCode } from "./ids";
import { isIsoDate } from "./dates";
import type { ContactPoint, ContactPointInput, ContactPointStatus } from "./model";

export type CountryGroup = { readonly country: CountryCode; readonly items: readonly ContactPoint[] };

const statusOrder: Record<ContactPointStatus, number> = { confirmed: 0, proposed: 1, ended: 2, rejected: 3 };

/**
 * Groups contact points by country, countries in the order of their names in the interface
 * language (so that "Belice" comes before "Canadá" and ñ sorts after n), and inside a country by
 * network, topic, status (confirmed before proposed) and newest term first.
 */
export function groupByCountry(
  items: readonly ContactPoint[],
  countryName: (code: CountryCode) => string,
  locale: string,
): CountryGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const groups = new Map<CountryCode, ContactPoint[]>();
  for (const item of items) {
    const list = groups.get(item.country);
    if (list) list.push(item);
    else groups.set(item.country, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(countryName(a), countryName(b)))
    .map(([country, list]) => ({
      country,
      items: [...list].sort(
        (a, b) =>
          a.network.localeCompare(b.network) ||
          a.topic.localeCompare(b.topic) ||
          statusOrder[a.status] - statusOrder[b.status] ||
          b.valid_from.localeCompare(a.valid_from),
      ),
    }));
}

/** The form's values: everything a text input holds, so typed text is never coerced away. */
export type ContactPointFormValues = {
  country: string;
  network: string;
  topic: string;
  name: string;
  position: string;
  institution: string;
  email: string;
  phone: string;
  languages: string[];
  valid_from: string;
  valid_to: string;
};

export type ContactPointFormProblem =
  | "required"
  | "invalidDate"
  | "dateOrder"
  | "tooLong"
  | "invalidEmail"
  | "invalidPhone";

/** An e-mail address as the server accepts it: one "@", a dotted domain, no spaces or separators. */
export function isEmailAddress(value: string): boolean {
  const text = value.trim();
  if (text.length < 3 || text.length > 254) return false;
  const at = text.indexOf("@");
  if (at <= 0 || at !== text.lastIndexOf("@")) return false;
  const domain = text.slice(at + 1);
  if (!domain.includes(".") || domain.startsWith(".") || domain.endsWith(".") || domain.includes("..")) return false;
  return ![...text].some((c) => c.charCodeAt(0) <= 0x20 || ",;<>\"".includes(c) || /\s/.test(c));
}

/** A phone number as the server accepts it: digits (at least four) and + ( ) - . and spaces, up to 40 characters. */
export function isPhoneNumber(value: string): boolean {
  if (value.length > 40 || !/^[\d +().-]*$/.test(value)) return false;
  return (value.match(/\d/g) ?? []).length >= 4;
}

export function checkContactPointForm(
  values: ContactPointFormValues,
): Partial<Record<keyof ContactPointFormValues, ContactPointFormProblem>> {
  const problems: Partial<Record<keyof ContactPointFormValues, ContactPointFormProblem>> = {};
  for (const name of ["country", "network", "topic", "name", "institution", "email", "valid_from"] as const) {
    if (values[name].trim() === "") problems[name] = "required";
  }
  for (const name of ["name", "position", "institution"] as const) {
    if (!problems[name] && values[name].length > 200) problems[name] = "tooLong";
  }
  // The server's rules for e-mail and phone (accounts/domain/user.cpp, contacts/domain/contact_point.cpp),
  // checked here too so that every error shows in one round.
  if (!problems.email && !isEmailAddress(values.email)) problems.email = "invalidEmail";
  if (values.phone.trim() !== "" && !isPhoneNumber(values.phone.trim())) problems.phone = "invalidPhone";
  if (!problems.valid_from && !isIsoDate(values.valid_from)) problems.valid_from = "invalidDate";
  if (values.valid_to !== "") {
    if (!isIsoDate(values.valid_to)) problems.valid_to = "invalidDate";
    else if (!problems.valid_from && values.valid_to < values.valid_from) problems.valid_to = "dateOrder";
  }
  return problems;
}

export function toContactPointInput(values: ContactPointFormValues): ContactPointInput {
  return {
    country: values.country as ContactPointInput["country"],
    network: values.network as ContactPointInput["network"],
    topic: values.topic as ContactPointInput["topic"],
    name: values.name.trim(),
    position: values.position.trim(),
    institution: values.institution.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    languages: values.languages.filter((language): language is "es" | "en" => language === "es" || language === "en"),
    valid_from: values.valid_from,
    valid_to: values.valid_to === "" ? null : values.valid_to,
  };
}

export function formValuesOf(contactPoint: ContactPoint): ContactPointFormValues {
  return {
    country: contactPoint.country,
    network: contactPoint.network,
    topic: contactPoint.topic,
    name: contactPoint.name,
    position: contactPoint.position ?? "",
    institution: contactPoint.institution,
    email: contactPoint.email,
    phone: contactPoint.phone ?? "",
    languages: [...contactPoint.languages],
    valid_from: contactPoint.valid_from,
    valid_to: contactPoint.valid_to ?? "",
  };
}

/** Only the fields that differ from the saved record, for PATCH. */
export function changedFields(saved: ContactPointInput, edited: ContactPointInput): Partial<ContactPointInput> {
  const change: Partial<ContactPointInput> = {};
  for (const key of Object.keys(edited) as (keyof ContactPointInput)[]) {
    if (JSON.stringify(saved[key]) !== JSON.stringify(edited[key])) {
      (change as Record<string, unknown>)[key] = edited[key];
    }
  }
  return change;
}

