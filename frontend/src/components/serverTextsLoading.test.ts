import { describe, expect, it } from "vitest";

// A module of its own: the texts must not have been loaded by another test of this file.
describe("the server's texts arriving after a message is shown", () => {
  it("tells its subscribers once, and then says it has loaded", async () => {
    const texts = await import("./serverTexts");
    expect(texts.serverTextsLoaded()).toBe(false);
    // Before loading, a message stays as it came.
    expect(texts.serverTextIn("invalid_credentials", "The e-mail address or the password is not correct.", "en", "es")).toMatch(/^The e-mail/);
    let calls = 0;
    const unsubscribe = texts.subscribeServerTexts(() => calls++);
    await texts.loadServerTexts();
    expect(calls).toBe(1);
    expect(texts.serverTextsLoaded()).toBe(true);
    expect(texts.serverTextIn("invalid_credentials", "The e-mail address or the password is not correct.", "en", "es")).toMatch(/^El correo/);
    unsubscribe();
    await texts.loadServerTexts();
    expect(calls).toBe(1);
  });
});
