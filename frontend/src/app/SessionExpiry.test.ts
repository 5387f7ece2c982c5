import { describe, expect, it } from "vitest";
import { idleWindow } from "./SessionExpiry";

describe("the session's idle window", () => {
  it("is read from expires_at, and absent without it", () => {
    const now = Date.parse("2026-10-01T15:00:00Z");
    expect(idleWindow("2026-10-01T17:00:00Z", now)).toBe(2 * 3_600_000);
    expect(idleWindow(undefined, now)).toBeNull();
    expect(idleWindow("2026-10-01T14:00:00Z", now)).toBeNull();
    expect(idleWindow("not a date", now)).toBeNull();
  });
});
