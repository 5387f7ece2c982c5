// "10 years ago", "hace 3 días", "in 11 days": a span in the largest unit that still reads
// naturally, worded by Intl.RelativeTimeFormat in the interface language.

import type { Language } from "./language";

export type RelativeUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "second";

const day = 86_400_000;

/** The span from `now` to `then` (negative when past), rounded to a whole number of one unit. */
export function relativeSpan(then: number, now: number): { value: number; unit: RelativeUnit } {
  const ms = then - now;
  const abs = Math.abs(ms);
  const sign = ms < 0 ? -1 : 1;
  const whole = (size: number) => sign * Math.round(abs / size);
  if (abs >= 365 * day) return { value: whole(365.25 * day), unit: "year" };
  if (abs >= 60 * day) return { value: whole(30.44 * day), unit: "month" };
  if (abs >= 14 * day) return { value: whole(7 * day), unit: "week" };
  if (abs >= day) return { value: whole(day), unit: "day" };
  if (abs >= 3_600_000) return { value: whole(3_600_000), unit: "hour" };
  if (abs >= 60_000) return { value: whole(60_000), unit: "minute" };
  return { value: 0, unit: "second" };
}

/** Days between two calendar dates ("YYYY-MM-DD"), as a span: "10 years ago", "tomorrow". */
export function relativeDays(days: number): { value: number; unit: RelativeUnit } {
  if (days === 0) return { value: 0, unit: "day" };
  return relativeSpan(days * day, 0);
}

export function formatRelative(span: { value: number; unit: RelativeUnit }, language: Language): string {
  const format = new Intl.RelativeTimeFormat(language === "en" ? "en-GB" : "es", { numeric: "auto" });
  // "0 seconds" reads "now"/"ahora" with numeric: "auto".
  return format.format(span.value, span.unit);
}
