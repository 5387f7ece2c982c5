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


/**
 * Holds the POST requests to `pattern` in the browser, before they reach the server, so that an
 * upload stays under way until the test lets it go. `seen` settles once a request is held (cancel
 * only then: a request cancelled before it is held proves nothing). `letGo` aborts what is held
 * and waits for that before removing the route: removing it first turns interception off, and
 * Chromium then sends on the requests still held — the cancelled upload would reach the server.
 * @param {import("playwright-core").Page} page
 * @param {string} pattern
 */
export async function holdPosts(page, pattern) {
  /** @type {(value?: unknown) => void} */
  let release = () => {};
  const held = new Promise((resolve) => (release = resolve));
  /** @type {(value?: unknown) => void} */
  let markSeen = () => {};
  const seen = new Promise((resolve) => (markSeen = resolve));
  /** @type {Promise<unknown>[]} */
  const handling = [];
  /** @param {import("playwright-core").Route} route */
  const handler = (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const done = (async () => {
      markSeen();
      await held;
      await route.abort().catch(() => undefined);
    })();
    handling.push(done);
    return done;
  };
  await page.route(pattern, handler);
  return {
    seen,
    letGo: async () => {
      release();
      await Promise.all(handling);
      await page.unroute(pattern, handler);
    },
  };
}
