// Dates typed in the interface language (issue 10): a date field shows and reads dates the way
// the interface speaks, not the way the browser's own date picker does (which follows the
// browser's language, so a Spanish page could show "mm/dd/yyyy").
//
// Spanish: "15/11/2016" (day first, as written across the region); also "15-11-2016",
// "15 de noviembre de 2016", "15 nov 2016". English: "15 Nov 2016"; also "15 November 2016",
// "Nov 15, 2016". English speakers of the network write numbers both day-first and month-first
// ("03/04/2019" is March or April), so English asks for the month by name and never guesses a
// numeric order. Both take the ISO form ("2016-11-15"). The value kept is always ISO.

import { isIsoDate } from "./dates";
import type { Language } from "./language";

const monthNames: Record<Language, readonly string[]> = {
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
};
const shortEnglish = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The example shown beside a date field, in the interface language. */
export const dateInputExample: Record<Language, string> = { es: "15/11/2016", en: "15 Nov 2016" };

/** An ISO date as the field shows it; anything else (a half-typed date) as it is. */
export function formatDateInput(value: string, language: Language): string {
  if (!isIsoDate(value)) return value;
  const [year, month, day] = value.split("-");
  if (language === "es") return `${day}/${month}/${year}`;
  return `${Number(day)} ${shortEnglish[Number(month) - 1]} ${year}`;
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** A month named in either language, in full or by its first three letters ("sept" too). */
function monthFromName(word: string): number | null {
  for (const names of Object.values(monthNames)) {
    const index = names.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
    if (index >= 0) return index + 1;
  }
  return null;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999) return null;
  const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(text) ? text : null;
}

export type DateInputReading = { readonly kind: "empty" } | { readonly kind: "date"; readonly iso: string } | { readonly kind: "invalid" };

/** What a typed date means in the interface language. */
export function parseDateInput(text: string, language: Language): DateInputReading {
  const folded = fold(text);
  if (folded === "") return { kind: "empty" };
  const found = (value: string | null): DateInputReading => (value === null ? { kind: "invalid" } : { kind: "date", iso: value });
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(folded);
  if (match) return found(iso(Number(match[1]), Number(match[2]), Number(match[3])));
  // Day first, numbers only: Spanish only (see the top of this file).
  match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(folded);
  if (match) return language === "es" ? found(iso(Number(match[3]), Number(match[2]), Number(match[1]))) : { kind: "invalid" };
  // "15 de noviembre de 2016", "15 nov 2016", "15 November 2016".
  match = /^(\d{1,2}) (?:de )?([a-z]+) (?:de |del )?(\d{4})$/.exec(folded);
  if (match) {
    const month = monthFromName(match[2]!);
    return month === null ? { kind: "invalid" } : found(iso(Number(match[3]), month, Number(match[1])));
  }
  // "Nov 15 2016" ("Nov 15, 2016" once the comma is folded away).
  match = /^([a-z]+) (\d{1,2}) (\d{4})$/.exec(folded);
  if (match) {
    const month = monthFromName(match[1]!);
    return month === null ? { kind: "invalid" } : found(iso(Number(match[3]), month, Number(match[2])));
  }
  return { kind: "invalid" };
}

/** The ISO date `days` after (or before) `value`; `value` itself when it is not a date. */
export function addDays(value: string, days: number): string {
  if (!isIsoDate(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
