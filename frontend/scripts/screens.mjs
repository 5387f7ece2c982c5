#!/usr/bin/env node
// Screenshots of the main pages, for comparing a change by eye (not a test): login, home (a
// country officer's), meetings list, a meeting, a commitment, contact points and follow-up, at
// 1280 px and 360 px, in Spanish and English. The server and the browsers are started as for
// the browser tests, with their clocks on the same fixed day, so that two runs show the same dates.
//
//   ENLACE_BIN=/path/to/enlace node scripts/screens.mjs OUT_DIR

import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeBrowser, desktop, openBrowser, phone } from "../e2e/browser.mjs";
import { startServer } from "../e2e/server.mjs";
import { LoginPage } from "../e2e/pages/login.mjs";
import { BasePage } from "../e2e/pages/base.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");
const out = resolve(process.argv[2] ?? "test-results/screens");
mkdirSync(out, { recursive: true });

const server = await startServer({ repoRoot });
try {
  const user = (role, country) =>
    server.credentials.users.find((u) => u.role === role && (country === undefined || u.country === country));
  const secretariat = user("secretariat");
  const officer = user("country_officer", "HN") ?? user("country_officer");

  /** @type {[string, { width: number, height: number }][]} */
  const widths = [["1280", desktop], ["360", phone]];
  for (const [widthName, viewport] of widths) {
    for (const language of ["es", "en"]) {
      const shoot = async (page, name) => {
        await new BasePage(page).settled();
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(out, `${name}-${language}-${widthName}.png`), fullPage: true });
      };
      const open = async () => {
        const session = await openBrowser({ baseUrl: server.baseUrl, viewport, locale: language === "es" ? "es-HN" : "en-US" });
        // The explicit language choice, as the language switch stores it (a profile's language
        // would otherwise win for a signed-in user).
        await session.context.addInitScript((chosen) => globalThis.localStorage.setItem("enlace.language", chosen), language);
        return session;
      };
      {
        const { page, close } = await open();
        await new LoginPage(page).goto();
        await shoot(page, "login");
        await new LoginPage(page).signIn(officer);
        await shoot(page, "home-officer");
        await close();
      }
      {
        const { page, close } = await open();
        await new LoginPage(page).goto();
        await new LoginPage(page).signIn(secretariat);
        await shoot(page, "follow-up");
        await page.goto("/meetings");
        await shoot(page, "meetings");
        const firstHref = (pattern) =>
          page.locator("main a").evaluateAll((links, source) => links.map((a) => a.getAttribute("href") ?? "").find((href) => new RegExp(source).test(href)), pattern.source);
        await page.locator("main a[href^='/meetings/']").first().waitFor();
        const meetingHref = await firstHref(/^\/meetings\/\d+$/);
        await page.goto(meetingHref);
        await shoot(page, "meeting");
        await page.locator("main a[href^='/commitments/']").first().waitFor();
        const commitmentHref = await firstHref(/^\/commitments\/\d+$/);
        await page.goto(commitmentHref);
        await shoot(page, "commitment");
        await page.goto("/contact-points");
        await shoot(page, "contact-points");
        await close();
      }
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await closeBrowser();
  await server.stop();
}
