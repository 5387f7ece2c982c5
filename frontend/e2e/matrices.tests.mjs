// Browser tests of legislation matrices (M7–M10, issue 12), over the demo's smuggling matrix (round 1
// closed, round 2 open: HN submitted, GT returned, SV validated, CR draft). They run in order and
// build on each other: the TS reads the grid (sticky headers, filters, comparison) in both languages
// and at 360 px; GT cannot open Honduras's column (the API says wrong_country), HN cannot validate;
// the TS returns HN's column with a reason; HN edits a cell, saves it and submits again; the TS
// validates it and closes the round; "what changed" shows the words struck and added. Every page is
// checked with axe in both languages.

import assert from "node:assert/strict";
import { phone } from "./browser.mjs";
import { checkBothLanguages, signedIn } from "./helpers.mjs";
import { BasePage } from "./pages/base.mjs";
import { SimplePage } from "./pages/others.mjs";

/** The demo's smuggling matrix, found through the list. */
const state = { matrix: "" };

async function smugglingMatrix(page) {
  await new SimplePage(page, "/matrices").goto();
  const link = page.locator(".matrix-list a").filter({ hasText: /tráfico ilícito/i }).first();
  const href = await link.getAttribute("href");
  assert.ok(href, "the demo's smuggling matrix is listed");
  return href;
}

/** @type {{ name: string, run: (ctx: any) => Promise<void> }[]} */
export const matricesTests = [
  {
    name: "matrices: the TS reads the smuggling matrix as a grid with filters, in both languages and at 360 px",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      await checkBothLanguages(ctx, page, "ts-matrices");
      state.matrix = await smugglingMatrix(page);
      await new SimplePage(page, state.matrix).goto();
      const headers = await page.locator(".matrix-grid thead th").allInnerTexts();
      assert.equal(headers.length, 12, "a topic column and eleven member countries");
      assert.equal(await page.locator(".matrix-grid thead th").first().evaluate((th) => getComputedStyle(th).position), "sticky");
      assert.match(await page.locator(".matrix-grid").innerText(), /Contenido de ejemplo/, "demo cells say they are examples");
      await checkBothLanguages(ctx, page, "ts-matrix");
      // Compare two countries side by side.
      await page.locator(".matrix-compare label").filter({ hasText: "HN" }).locator("input").check();
      await page.locator(".matrix-compare label").filter({ hasText: "GT" }).locator("input").check();
      assert.deepEqual(await page.locator(".matrix-grid thead th").allInnerTexts(), [await page.locator(".matrix-grid thead th").first().innerText(), "GT", "HN"]);
      // Search within the matrix, accent-insensitive.
      await page.locator("#matrix-search").fill("permanencia");
      assert.equal(await page.locator(".matrix-grid tbody tr").count(), 1);

      const small = await signedIn(ctx, ctx.user("secretariat"), { viewport: phone });
      await new SimplePage(small, state.matrix).goto();
      await checkBothLanguages(ctx, small, "ts-matrix");
      await new SimplePage(small, `${state.matrix}/rounds/2`).goto();
      await checkBothLanguages(ctx, small, "ts-matrix-round");
    },
  },
  {
    name: "matrices: GT cannot open Honduras's column and HN cannot validate it; the TS returns it with a reason",
    async run(ctx) {
      assert.ok(state.matrix, "the first test found the matrix");
      const gt = await signedIn(ctx, ctx.user("country_officer", "GT"));
      await new SimplePage(gt, `${state.matrix}/rounds/2/countries/HN`).goto();
      assert.ok((await gt.locator(".notice-error").count()) > 0, "the draft is not readable");
      assert.match(await gt.locator(".notice-error").first().innerText(), /pa[ií]s|country/i);

      const hn = await signedIn(ctx, ctx.user("country_officer", "HN"));
      await new SimplePage(hn, `${state.matrix}/rounds/2`).goto();
      assert.equal(await hn.getByRole("button", { name: "Validar" }).count(), 0, "no validation offered to a country");
      await checkBothLanguages(ctx, hn, "hn-matrix-round");

      const ts = await signedIn(ctx, ctx.user("secretariat"));
      await new SimplePage(ts, `${state.matrix}/rounds/2`).goto();
      const row = ts.locator("tr").filter({ hasText: "HN" });
      await row.locator("input").fill("Añada la fecha de la última reforma.");
      await row.getByRole("button", { name: "Devolver" }).click();
      await row.locator(".matrix-state-returned").waitFor();
    },
  },
  {
    name: "matrices: HN edits a cell of its returned column, saves it and submits; the TS validates, closes, and sees what changed",
    async run(ctx) {
      const hn = await signedIn(ctx, ctx.user("country_officer", "HN"));
      await new SimplePage(hn, `${state.matrix}/rounds/2/countries/HN`).goto();
      assert.match(await hn.locator(".notice").first().innerText(), /Añada la fecha/);
      const excerpt = hn.locator("textarea[id$='-0-es']").first();
      const text = await excerpt.inputValue();
      await excerpt.fill(text.replace("con ánimo de lucro", "con ánimo de lucro o beneficio material"));
      await hn.locator(".matrix-editor").first().getByRole("button", { name: "Guardar la celda" }).click();
      await hn.getByText("Celda guardada.").waitFor();
      await checkBothLanguages(ctx, hn, "hn-matrix-column");
      await hn.getByRole("button", { name: "Enviar la columna a la Secretaría Técnica" }).click();
      await hn.getByText("Columna enviada.").waitFor();

      const ts = await signedIn(ctx, ctx.user("secretariat"));
      await new SimplePage(ts, `${state.matrix}/rounds/2`).goto();
      await ts.locator("tr").filter({ hasText: "HN" }).getByRole("button", { name: "Validar" }).click();
      await ts.locator("tr").filter({ hasText: "HN" }).locator(".matrix-state-validated").waitFor();
      await ts.getByRole("button", { name: /Cerrar la ronda/ }).click();
      await ts.getByText(/Ronda cerrada/).waitFor();

      await new SimplePage(ts, state.matrix).goto();
      await ts.locator(".matrix-changes li").first().waitFor();
      const inserted = await ts.locator(".matrix-changes ins").allInnerTexts();
      assert.ok(inserted.some((words) => words.includes("beneficio material")), `added words: ${inserted.join(" | ")}`);
      await checkBothLanguages(ctx, ts, "ts-matrix-changes");
      const base = new BasePage(ts);
      assert.ok((await base.navigationLinks()).includes("/matrices"));
    },
  },
];
