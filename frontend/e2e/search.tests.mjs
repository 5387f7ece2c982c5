// Browser tests of search across everything (issue 13, item 4) and of a meeting's package
// (item 5): the header's search box, the results page with its filters and marked words in both
// languages and at 360 px, what an anonymous visitor finds (public material only), and the
// package's index.html opened from file:// after unzipping.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phone } from "./browser.mjs";
import { checkBothLanguages, signedIn } from "./helpers.mjs";

/** @type {{ name: string, run: (ctx: any) => Promise<void> }[]} */
export const searchTests = [
  {
    name: "search: the TS searches from the header without accents and finds agreements with the words marked",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const box = page.getByRole("search").first().locator("input[type=search]");
      await box.fill("trafico de migrantes");
      await box.press("Enter");
      await page.waitForURL(/\/search\?q=/);
      await page.locator(".search-result").first().waitFor();
      const count = await page.locator("#search-count").innerText();
      assert.match(count, /\d+ resultados?/);
      const marked = await page.locator(".search-snippet mark").first().innerText();
      assert.match(marked.toLowerCase(), /tr[aá]fico|migrantes?/);
      await checkBothLanguages(ctx, page, "search-results");
      // The type filter keeps only agreements.
      await page.locator(".search-filters select").first().selectOption("agreement");
      await page.waitForURL(/type=agreement/);
      await page.locator(".search-result").first().waitFor();
      const types = await page.locator(".search-result-type").allInnerTexts();
      assert.ok(types.length > 0 && types.every((type) => /acuerdo/i.test(type)), `only agreements: ${types}`);
      // A result opens where it is shown (an agreement: its meeting).
      await page.locator(".search-result h3 a").first().click();
      await page.waitForURL(/\/meetings\/\d+/);
    },
  },
  {
    name: "search: 360 px, and an anonymous visitor finds public material only",
    async run(ctx) {
      const { page } = await ctx.open({ viewport: phone });
      await page.goto("/search?q=trafico%20de%20migrantes");
      assert.equal(new URL(page.url()).pathname, "/search", "no redirect to the login page");
      await page.locator(".search-result").first().waitFor();
      const types = await page.locator(".search-result-type").allInnerTexts();
      assert.ok(types.every((type) => !/respuesta|answer|contacto|contact/i.test(type)), `public types only: ${types}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the results are ${overflow} px wider than 360 px`);
      await checkBothLanguages(ctx, page, "search-public");
      // Nothing is found for an answer's words: answers are never public.
      const anonymous = await page.evaluate(async () => (await fetch("/api/v1/search?q=nota+verbal&type=answer")).json());
      assert.equal(anonymous.total, 0);
    },
  },
  {
    name: "package: a meeting's zip holds its library documents, unzips, its manifest checks with sha256sum and its index.html opens from file://",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("country_officer", "HN"));
      // A meeting with a library document of its own (not made from an attachment): the demo's.
      const meeting = await page.evaluate(async () => {
        const response = await fetch("/api/v1/documents", { headers: { Accept: "application/json" } });
        const own = (await response.json()).items.find((item) => item.meeting && !item.source && item.current_version);
        return own.meeting;
      });
      const bytes = await page.evaluate(async (id) => {
        const response = await fetch(`/api/v1/meetings/${id}/package?lang=both`);
        return Array.from(new Uint8Array(await response.arrayBuffer()));
      }, meeting);
      const folder = mkdtempSync(join(tmpdir(), "enlace-package-"));
      writeFileSync(join(folder, "package.zip"), Buffer.from(bytes));
      execFileSync("unzip", ["-q", "package.zip", "-d", "package"], { cwd: folder });
      const checked = execFileSync("sha256sum", ["-c", "manifest-sha256.txt"], { cwd: join(folder, "package") }).toString();
      assert.match(checked, /index\.html: OK/);
      assert.match(checked, /documents\/[^:]+-v\d+-(es|en)\.[a-z]+: OK/, "a library document, checked");
      assert.doesNotMatch(checked, /FAILED/);
      const offline = (await ctx.open()).page;
      await offline.goto(`file://${join(folder, "package", "index.html")}`);
      const headings = await offline.locator("h1").allInnerTexts();
      assert.equal(headings.length, 2, "both languages");
      const links = await offline.locator("a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
      assert.ok(links.includes("report-es.pdf") && links.includes("report-en.docx"), `links: ${links}`);
      assert.ok(links.some((link) => link.startsWith("documents/")), `a library document linked: ${links}`);
      await ctx.shot(offline, "package-index");
    },
  },
];
