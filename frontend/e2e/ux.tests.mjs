// Browser tests for issue 10 (UX follow-up): each would have caught one of the problems a
// first real use found, in Spanish and English, at 360 px where it is about layout.

import assert from "node:assert/strict";
import { desktop, phone } from "./browser.mjs";
import { BasePage } from "./pages/base.mjs";
import { LoginPage } from "./pages/login.mjs";
import { signedIn } from "./helpers.mjs";

const wrongPassword = {
  es: "El correo electrónico o la contraseña no son correctos.",
  en: "The e-mail address or the password is not correct.",
};
const sessionExpired = /sesión expiró|session has expired/i;

/** Fails when the page is wider than the window (it would scroll sideways). */
async function assertNoSidewaysScroll(page, label) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= width, `${label}: the page is ${scroll} px wide in a ${width} px window`);
}

/** @type {{ name: string, run: (ctx: import("./tests.mjs").Context) => Promise<void> }[]} */
export const uxTests = [
  {
    name: "issue 10.1: a wrong password says so in both languages, never 'session expired', and follows a language switch",
    async run(ctx) {
      const { page } = await ctx.open();
      const login = await new LoginPage(page).goto();
      const secretariat = ctx.user("secretariat");
      for (const language of /** @type {const} */ (["es", "en"])) {
        await login.switchLanguage(language === "es" ? "en" : "es");
        await login.submit(secretariat.email, "not the password at all");
        await page.locator(".error-summary:not(.empty)").waitFor();
        let summary = await login.errorSummary();
        const other = language === "es" ? "en" : "es";
        assert.ok(summary.includes(wrongPassword[other]), `the wrong password is named (${other}): ${summary}`);
        assert.doesNotMatch(summary, sessionExpired);
        // The server's message follows the language switch, without sending the form again.
        await login.switchLanguage(language);
        summary = await login.errorSummary();
        assert.ok(summary.includes(wrongPassword[language]), `after switching to ${language}: ${summary}`);
        await ctx.expectAccessible(page, `login with a wrong password (${language})`);
      }
    },
  },
];
