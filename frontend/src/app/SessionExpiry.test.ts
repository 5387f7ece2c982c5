import { describe, expect, it } from "vitest";
import { idleWindow } from "./SessionExpiry";

describe("the session's idle window", () => {
  it("is read from the session's idle_timeout_seconds, and absent without it", () => {
    expect(idleWindow({ expires_at: "2026-10-01T17:00:00Z", idle_timeout_seconds: 7200 })).toBe(2 * 3_600_000);
    expect(idleWindow(undefined)).toBeNull();
    expect(idleWindow({ expires_at: "2026-10-01T17:00:00Z" })).toBeNull();
    expect(idleWindow({ idle_timeout_seconds: "7200" })).toBeNull();
    expect(idleWindow({ idle_timeout_seconds: 0 })).toBeNull();
  });
});
