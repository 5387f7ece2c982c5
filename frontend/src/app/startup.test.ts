// The application's modules load in the order the browser loads them (main.tsx → App → the
// route table) without an import cycle leaving a table undefined: a cycle through app/index.ts
// (a feature's eager page importing a hook whose module imports routes.ts) once blanked the app.
import { describe, expect, it } from "vitest";

describe("start-up", () => {
  it("loads App and the route table from App's side", async () => {
    const { App } = await import("./App");
    const { routes } = await import("./routes");
    expect(typeof App).toBe("function");
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.every((route) => route !== undefined && typeof route.path.match === "function")).toBe(true);
  });
});
