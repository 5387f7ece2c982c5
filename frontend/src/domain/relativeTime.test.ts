import { describe, expect, it } from "vitest";
import { formatRelative, relativeDays, relativeSpan } from "./relativeTime";

describe("relative times", () => {
  it("uses the largest sensible unit", () => {
    expect(relativeDays(-3669)).toEqual({ value: -10, unit: "year" });
    expect(relativeDays(-3606)).toEqual({ value: -10, unit: "year" });
    expect(relativeDays(-90)).toEqual({ value: -3, unit: "month" });
    expect(relativeDays(-20)).toEqual({ value: -3, unit: "week" });
    expect(relativeDays(11)).toEqual({ value: 11, unit: "day" });
    expect(relativeSpan(Date.parse("2026-10-01T15:00:00Z"), Date.parse("2026-10-01T18:20:00Z"))).toEqual({ value: -3, unit: "hour" });
  });

  it("words it in the interface language", () => {
    expect(formatRelative(relativeDays(-3669), "en")).toBe("10 years ago");
    expect(formatRelative(relativeDays(-3669), "es")).toBe("hace 10 años");
    expect(formatRelative(relativeDays(1), "es")).toBe("mañana");
    expect(formatRelative(relativeDays(0), "en")).toBe("today");
    expect(formatRelative(relativeDays(11), "en")).toBe("in 11 days");
    expect(formatRelative(relativeDays(-1), "en")).toBe("yesterday");
  });
});
