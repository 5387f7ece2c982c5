// Dates as the interface shows them. Calendar dates ("2026-03-30") are formatted in UTC so
// that a user west of Greenwich does not see the day before; instants use the user's zone.

import type { Language } from "./language";

const locales: Record<Language, string> = { es: "es", en: "en-GB" };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return "";
  if (!isIsoDate(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export function formatDateTime(value: string | null | undefined, language: Language, timeZone?: string): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[language], {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** Today's calendar date in the user's zone, as "YYYY-MM-DD". */
export function todayIsoDate(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}
