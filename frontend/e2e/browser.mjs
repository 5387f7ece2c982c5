// Debian's Chromium driven by playwright-core (never a downloaded browser): one process for the
// run and a fresh context (cookies, storage, cache) for every browser a test opens, with
// axe-core injected by the test harness — through the DevTools protocol, so the page's
// Content-Security-Policy stays in force for the app itself and any violation of it is caught
// as a console error.

import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { browserTime } from "./server.mjs";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const desktop = { width: 1280, height: 900 };
export const phone = { width: 360, height: 740 };

/** One Chromium process for the whole run; each test gets fresh, isolated contexts in it. */
let shared = null;

function sharedBrowser() {
  shared ??= chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: chromiumArgs,
  });
  return shared;
}

/** Stops the shared browser (at the end of the run). */
export async function closeBrowser() {
  if (!shared) return;
  const browser = await shared.catch(() => null);
  shared = null;
  await browser?.close().catch(() => undefined);
}

/**
 * A fresh browser context (its own cookies, storage and cache, like a new profile) in the
 * shared Chromium: much cheaper than starting a browser per test.
 * @param {{ baseUrl: string, viewport?: {width: number, height: number}, locale?: string }} options
 */
export async function openBrowser({ baseUrl, viewport = desktop, locale = "es-HN" }) {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    viewport,
    locale,
    baseURL: baseUrl,
    timezoneId: "America/Tegucigalpa",
  });
  context.setDefaultTimeout(15_000);
  // The page's clock starts on the server's fixed day (server.mjs) and runs from there: the
  // follow-up pages compute "today", "overdue" and "days left" in the browser too.
  await context.clock.install({ time: browserTime });
  await context.addInitScript({ path: axePath });
  const problems = [];
  const watch = (page) => {
    page.on("console", (message) => {
      const text = message.text();
      if (message.type() === "error" && /Content Security Policy|Refused to (load|apply|execute|connect)/i.test(text)) {
        problems.push(`CSP violation: ${text}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`uncaught error in the page: ${error.message}`));
  };
  context.on("page", watch);
  const page = await context.newPage();
  return {
    context,
    page,
    /** CSP violations and uncaught errors seen so far. */
    problems,
    async close() {
      await context.close().catch(() => undefined);
    },
  };
}

/**
 * Runs axe-core on the page and throws if it finds any violation of WCAG 2.0/2.1 A and AA.
 * @param {import("playwright-core").Page} page
 * @param {string} label
 */
export async function expectAccessible(page, label) {
  await page.waitForFunction(() => "axe" in window);
  const result = await page.evaluate(() =>
    /** @type {any} */ (window).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } }),
  );
  if (result.violations.length > 0) {
    const summary = result.violations
      .map((v) => `  - ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n      ")}`)
      .join("\n");
    throw new Error(`axe found ${result.violations.length} violation(s) on ${label}:\n${summary}`);
  }
  return result;
}

/**
 * @param {string} dir
 */
export function screenshotter(dir) {
  mkdirSync(dir, { recursive: true });
  /**
   * @param {import("playwright-core").Page} page
   * @param {string} name
   */
  return async (page, name) => {
    const path = join(dir, `${name.replace(/[^a-zA-Z0-9_.-]+/g, "-")}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
}
