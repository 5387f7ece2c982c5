import { describe, expect, it } from "vitest";
import { rebase } from "./editing";

describe("rebase", () => {
  it("takes the latest value where the user typed nothing and keeps what they typed elsewhere", () => {
    const started = { phone: "1", position: "Director", name: "Ana" };
    const typed = { phone: "1", position: "Directora", name: "Ana" };
    const latest = { phone: "2", position: "Jefe", name: "Ana" };
    expect(rebase(started, typed, latest)).toEqual({ phone: "2", position: "Directora", name: "Ana" });
  });
});
