import { describe, expect, it } from "vitest";
import { formatDate, isIsoDate, todayIsoDate } from "./dates";

describe("dates", () => {
  it("formats a calendar date without shifting it by the time zone", () => {
    expect(formatDate("2026-03-30", "es")).toBe("30 de marzo de 2026");
    expect(formatDate("2026-03-30", "en")).toBe("30 March 2026");
  });
  it("checks real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("30/03/2026")).toBe(false);
  });
  it("gives today in the local calendar", () => {
    expect(todayIsoDate(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
