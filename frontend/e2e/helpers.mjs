// Helpers shared by the browser tests.
import assert from "node:assert/strict";
import { phone } from "./browser.mjs";
import { LoginPage } from "./pages/login.mjs";
import { BasePage } from "./pages/base.mjs";

/** Signs in in a fresh browser and returns the page. */
export async function signedIn(ctx, user, options = {}) {
  const { page } = await ctx.open(options);
  const login = await new LoginPage(page).goto();
  await login.signIn(user);
  return page;
}

/** Checks the page with axe, photographs it, in Spanish then English, and returns to Spanish. */
export async function checkBothLanguages(ctx, page, name) {
  const base = new BasePage(page);
  await base.settled();
  for (const language of /** @type {const} */ (["es", "en"])) {
    await base.switchLanguage(language);
    assert.equal(await base.htmlLang(), language);
    await ctx.expectAccessible(page, `${name} (${language}, ${page.viewportSize()?.width} px)`);
    await ctx.shot(page, `${name}-${language}${page.viewportSize()?.width === phone.width ? "-360" : ""}`);
  }
  await base.switchLanguage("es");
}

