import { beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../api/errors";
import { failureFromError } from "./form";
import { renderMessage } from "./messages";
import { loadServerTexts, readParams, serverTextIn } from "./serverTexts";

const t = ((key: string) => key) as Parameters<typeof renderMessage>[1];

beforeAll(() => loadServerTexts());

describe("server messages after a language switch", () => {
  it("finds the other language's wording by the code", () => {
    expect(serverTextIn("invalid_credentials", "The e-mail address or the password is not correct.", "en", "es")).toBe(
      "El correo electrónico o la contraseña no son correctos.",
    );
  });

  it("carries the values the server filled in", () => {
    expect(readParams("Wait {seconds} seconds.", "Wait 30 seconds.")).toEqual({ seconds: "30" });
    const en = serverTextIn("rate_limited", "Too many failed attempts. Wait 42 seconds before trying again.", "en", "es");
    expect(en).toContain("42");
    expect(en).not.toContain("{seconds}");
  });

  it("keeps the text when the code is unknown or the text does not fit", () => {
    expect(serverTextIn("no_such_code", "Something", "en", "es")).toBe("Something");
    expect(serverTextIn("invalid_credentials", "Another text", "en", "es")).toBe("Another text");
  });
});

describe("a 401 in a form", () => {
  it("is a wrong password when the server says so, not an expired session", () => {
    const failure = failureFromError(
      new ApiError({ status: 401, code: "invalid_credentials", message: "The e-mail address or the password is not correct.", hasServerMessage: true, language: "en" }),
    );
    expect(renderMessage(failure.message, t, "en")).toBe("The e-mail address or the password is not correct.");
    expect(renderMessage(failure.message, t, "es")).toBe("El correo electrónico o la contraseña no son correctos.");
  });

  it("is an expired session when the server says no one is signed in", () => {
    const failure = failureFromError(new ApiError({ status: 401, code: "unauthenticated", message: "Sign in to continue.", hasServerMessage: true }));
    expect(failure.message).toEqual({ key: "errors.sessionExpiredForm" });
  });
});
