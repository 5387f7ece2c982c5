// Browser tests of the public page (issue 13, item 6): an anonymous visitor opens "/" and gets the
// public page, not the sign-in page — the process, a meeting with an adopted report and its
// downloads, a public document — but never a members-only document; in both languages, at
// 1280 and 360 px, checked with axe and photographed; the search of the page finds public material
// only. The documents are this run's own (unique words), made by the TS through the API.

import assert from "node:assert/strict";
import { phone } from "./browser.mjs";
import { BasePage } from "./pages/base.mjs";
import { checkBothLanguages, signedIn } from "./helpers.mjs";

const run = Date.now() % 100000;
const word = `quimerapublica${run}`;
const publicTitle = `Guía ${word} para el público`;
const membersTitle = `Informe reservado ${word} para los miembros`;

/** Made by the first test, read by the second. */
const state = { publicId: 0, membersId: 0 };

/** Creates a document with a small PDF in Spanish, as the signed-in TS of `page`. */
async function createDocument(page, access, symbol, title) {
  return page.evaluate(
    async ({ access, symbol, title }) => {
      const session = await (await fetch("/api/v1/session", { headers: { Accept: "application/json" } })).json();
      const headers = { "X-CSRF-Token": session.csrf_token, Accept: "application/json" };
      const created = await fetch("/api/v1/documents", {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({ type: "study", symbol, title: { es: title, en: null }, meeting: null, access }),
      });
      if (created.status !== 201) throw new Error(`create ${access}: ${created.status} ${await created.text()}`);
      const { id } = await created.json();
      const form = new FormData();
      const pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
      form.append("file_es", new Blob([pdf], { type: "application/pdf" }), "guia.pdf");
      form.append("note", "e2e");
      const uploaded = await fetch(`/api/v1/documents/${id}/versions`, { method: "POST", headers, body: form });
      if (uploaded.status !== 201) throw new Error(`upload ${access}: ${uploaded.status} ${await uploaded.text()}`);
      return id;
    },
    { access, symbol, title },
  );
}

async function assertNoSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} is ${overflow} px wider than the screen`);
}

/** @type {{ name: string, run: (ctx: any) => Promise<void> }[]} */
export const publicTests = [
  {
    name: "public page: an anonymous visitor sees a public meeting and a public document, not a members one, in both languages at 1280 and 360 px",
    async run(ctx) {
      const ts = await signedIn(ctx, ctx.user("secretariat"));
      state.publicId = await createDocument(ts, "public", `PUB/${run}`, publicTitle);
      state.membersId = await createDocument(ts, "members", `MEM/${run}`, membersTitle);

      for (const viewport of [{ width: 1280, height: 900 }, phone]) {
        const { page } = await ctx.open({ viewport });
        await page.goto("/");
        assert.equal(new URL(page.url()).pathname, "/", "no redirect to the sign-in page");
        await new BasePage(page).settled();
        await page.locator("#public-meetings-title").waitFor();
        // A meeting with an adopted report, with its report to download in both languages.
        const meetings = page.locator(".public-meeting-card");
        assert.ok((await meetings.count()) > 0, "a public meeting is listed");
        const reportLinks = await meetings.first().locator("a[href*='/report?']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
        assert.ok(reportLinks.some((href) => /format=pdf/.test(href ?? "") && /lang=en/.test(href ?? "")), `report links: ${reportLinks}`);
        const report = await page.evaluate(async (href) => {
          const response = await fetch(href);
          return { status: response.status, type: response.headers.get("Content-Type") };
        }, reportLinks[0]);
        assert.deepEqual(report, { status: 200, type: "application/pdf" }, `the first report link (${reportLinks[0]}) is a PDF`);
        // The public document is there with its download; the members one is not.
        const listed = page.locator(`#document-${state.publicId}`);
        await listed.waitFor();
        assert.match(await listed.innerText(), new RegExp(word));
        assert.equal(await page.locator(`#document-${state.membersId}`).count(), 0);
        assert.ok(!(await page.locator("main").innerText()).includes("reservado"), "no members-only title on the page");
        const download = await listed.locator("a[download]").first().getAttribute("href");
        const file = await page.evaluate(async (href) => (await fetch(href)).status, download);
        assert.equal(file, 200);
        // A visible way in for members.
        const signIn = page.locator(".sign-in-link");
        assert.ok(await signIn.isVisible(), "the Sign in link is visible");
        assert.equal(await signIn.getAttribute("href"), "/login");
        await assertNoSidewaysScroll(page, `the public page at ${viewport.width} px`);
        await checkBothLanguages(ctx, page, viewport.width === phone.width ? "public-page" : "public-page-1280");
        await page.context().close();
      }
    },
  },
  {
    name: "public page: its search finds public material only, in both languages",
    async run(ctx) {
      const { page } = await ctx.open();
      await page.goto("/");
      const base = new BasePage(page);
      await base.settled();
      for (const language of /** @type {const} */ (["es", "en"])) {
        await base.switchLanguage(language);
        const box = page.locator(".public-search input[type=search]");
        await box.fill(word);
        await box.press("Enter");
        await page.waitForURL(new RegExp(`q=${word}`));
        const results = page.locator(".public-result");
        await results.first().waitFor();
        const texts = await results.allInnerTexts();
        assert.equal(texts.length, 1, `one result: ${texts}`);
        assert.match(texts[0] ?? "", /Guía/);
        // The result links to the document on its page of the list (the newest: the first page).
        const link = page.locator(`.public-result a[href$="#document-${state.publicId}"]`);
        assert.equal(await link.count(), 1);
        assert.doesNotMatch((await link.getAttribute("href")) ?? "", /page=/);
        assert.match(await page.locator(".public-results [role=status]").innerText(), language === "es" ? /1 resultado/ : /1 result/);
        // The server agrees: anonymous search neither shows nor counts the members' document.
        const found = await page.evaluate(async (q) => (await fetch(`/api/v1/search?q=${q}`)).json(), word);
        assert.equal(found.total, 1);
        await ctx.expectAccessible(page, `public search (${language})`);
        await ctx.shot(page, `public-search-${language}`);
        await link.click();
        await page.waitForURL(new RegExp(`#document-${state.publicId}$`));
        await page.locator(`#document-${state.publicId}`).waitFor();
        await page.waitForFunction((id) => {
          const box = document.getElementById(id)?.getBoundingClientRect();
          return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
        }, `document-${state.publicId}`);
        await page.locator(".public-results a", { hasText: language === "es" ? "Quitar la búsqueda" : "Clear the search" }).click();
        await page.waitForURL((url) => !url.search.includes("q="));
      }
      // A member signed in finds the members' document too (the page is for what is published:
      // it shows the public one only, whoever searches).
      const hn = await signedIn(ctx, ctx.user("country_officer", "HN"));
      const member = await hn.evaluate(async (q) => (await fetch(`/api/v1/search?q=${q}`)).json(), word);
      assert.equal(member.total, 2);
    },
  },
  {
    name: "public page: twenty newer documents move one to the second page; the search result leads there, in both languages",
    async run(ctx) {
      const ts = await signedIn(ctx, ctx.user("secretariat"));
      for (let i = 0; i < 20; i++) await createDocument(ts, "public", `PUB/${run}/${i}`, `Nota pública ${i}`);
      const { page } = await ctx.open();
      await page.goto("/");
      const base = new BasePage(page);
      await base.settled();
      await page.locator("#public-documents-title").waitFor();
      assert.equal(await page.locator(`#document-${state.publicId}`).count(), 0, "the older document is not on the first page");
      for (const language of /** @type {const} */ (["es", "en"])) {
        await base.switchLanguage(language);
        const box = page.locator(".public-search input[type=search]");
        await box.fill(word);
        await box.press("Enter");
        const link = page.locator(`.public-result a[href$="#document-${state.publicId}"]`);
        await link.waitFor();
        assert.match((await link.getAttribute("href")) ?? "", /page=2/);
        await link.click();
        await page.waitForURL(/page=2/);
        await page.locator(`#document-${state.publicId}`).waitFor();
        await page.waitForFunction((id) => {
          const box = document.getElementById(id)?.getBoundingClientRect();
          return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
        }, `document-${state.publicId}`);
        // The meetings are all on the first page: the second says so rather than "none yet".
        assert.match(
          await page.locator("#public-meetings-title + *").innerText(),
          language === "es" ? /(La única reunión está|Las \d+ reuniones están)/ : /(The only meeting is|The \d+ meetings are)/,
        );
        const pager = page.locator(".public-pager").last();
        assert.match(await pager.innerText(), language === "es" ? /Página 2 de \d+/ : /Page 2 of \d+/);
        await ctx.expectAccessible(page, `public page 2 (${language})`);
        await ctx.shot(page, `public-page-2-${language}`);
        // Back to the first page by its link.
        await pager.locator("a[rel=prev]").click();
        await page.waitForURL((url) => !url.search.includes("page="));
        await page.locator(`.public-pager`).first().waitFor();
        assert.equal(await page.locator(`#document-${state.publicId}`).count(), 0);
      }
    },
  },
];
