// Browser tests of legislation matrices (M7–M10, issue 12), over the demo's smuggling matrix (round 1
// closed, round 2 open: HN submitted, GT returned, SV validated, CR draft). They run in order and
// build on each other: the TS reads the grid (sticky headers, filters, comparison) in both languages
// and at 360 px; GT cannot open Honduras's column (the API says wrong_country), HN cannot validate;
// the TS returns HN's column with a reason; HN edits a cell, saves it and submits again; the TS
// validates it and closes the round; "what changed" shows the words struck and added. Every page is
// checked with axe in both languages.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/**
 * The workbook with `from` replaced by `to` in its shared strings, saved again as a spreadsheet
 * program would (Python's zipfile: an independent writer of the archive).
 */
function editedWorkbook(bytes, from, to) {
  const folder = mkdtempSync(join(tmpdir(), "enlace-workbook-"));
  try {
    writeFileSync(join(folder, "in.xlsx"), bytes);
    const script = [
      "import sys, zipfile",
      "src = zipfile.ZipFile(sys.argv[1])",
      "out = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)",
      "for item in src.infolist():",
      "    data = src.read(item.filename)",
      "    if item.filename == 'xl/sharedStrings.xml':",
      "        data = data.replace(sys.argv[3].encode(), sys.argv[4].encode())",
      "    out.writestr(item.filename, data)",
      "out.close()",
    ].join("\n");
    const done = spawnSync("python3", ["-c", script, join(folder, "in.xlsx"), join(folder, "out.xlsx"), from, to]);
    assert.equal(done.status, 0, String(done.stderr));
    return readFileSync(join(folder, "out.xlsx"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
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
      assert.deepEqual(await page.locator(".matrix-grid thead th").allInnerTexts(), [await page.locator(".matrix-grid thead th").first().innerText(), "Guatemala (GT)", "Honduras (HN)"], "country names in the headers, with their codes");
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
  {
    name: "matrices: the TS opens a round and reminds; HN fills its workbook offline, sees what changes and saves; the cell's timeline; who translates",
    async run(ctx) {
      assert.ok(state.matrix, "the first test found the matrix");
      const ts = await signedIn(ctx, ctx.user("secretariat"));
      await new SimplePage(ts, state.matrix).goto();
      await ts.locator("#round-due").fill("2027-06-30");
      // The commitment a round answers is found by typing: each option names its meeting, agreement and party.
      const options = ts.locator("#round-commitment option:not([value=''])");
      const total = await options.count();
      assert.ok(total > 5, `open commitments offered: ${total}`);
      const first = await options.first().innerText();
      assert.match(first, /acuerdo/, first);
      const word = first.split(/[\s,:—]+/).filter((part) => part.length >= 6).pop() ?? "";
      await ts.locator("#round-commitment-filter").fill(word.toUpperCase());
      const narrowed = await options.allInnerTexts();
      assert.ok(narrowed.length >= 1 && narrowed.length <= total, `"${word}": ${narrowed.length} of ${total}`);
      assert.ok(narrowed.every((label) => label.toLowerCase().includes(word.toLowerCase())), narrowed.join(" | "));
      await ts.locator("#round-commitment-filter").fill("zzzz");
      assert.equal(await options.count(), 0);
      await ts.getByText(`Se muestran 0 de ${total} compromisos abiertos.`).waitFor();
      await ts.locator("#round-commitment-filter").fill("");
      await ts.getByRole("button", { name: /Abrir/ }).click();
      await ts.getByRole("link", { name: /Ronda 2027-3|Ronda .*-3/ }).click();
      await ts.getByRole("button", { name: "Recordar a los países que no han enviado" }).click();
      const reminded = await ts.locator(".notice").filter({ hasText: /Recordatorio enviado/ }).innerText();
      assert.match(reminded, /HN/, reminded);
      await checkBothLanguages(ctx, ts, "ts-matrix-round-reminded");
      const round = new URL(ts.url()).pathname;

      const hn = await signedIn(ctx, ctx.user("country_officer", "HN"));
      await new SimplePage(hn, `${round}/countries/HN`).goto();
      const href = await hn.getByRole("link", { name: "Descargar el libro (XLSX)" }).getAttribute("href");
      const download = await hn.request.get(href ?? "");
      assert.equal(download.status(), 200);
      assert.match(download.headers()["content-type"] ?? "", /spreadsheetml/);
      const edited = editedWorkbook(await download.body(), "beneficio material", "beneficio económico");
      await hn.locator("#workbook-file").setInputFiles({ name: "honduras.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: edited });
      await hn.getByRole("button", { name: "Revisar el libro" }).click();
      await hn.locator(".matrix-workbook-changed").first().waitFor();
      assert.deepEqual(await hn.locator(".matrix-workbook-changed del").allInnerTexts(), ["material"]);
      assert.deepEqual(await hn.locator(".matrix-workbook-changed ins").allInnerTexts(), ["económico"]);
      await checkBothLanguages(ctx, hn, "hn-matrix-workbook-preview");
      await hn.getByRole("button", { name: /Guardar las 1 celdas cambiadas|Save the 1 changed cells/ }).click();
      await hn.locator(".notice").filter({ hasText: /Los cambios del libro se guardaron|The workbook's changes were saved/ }).waitFor();
      // The column reloads after saving: wait until its editors show the saved words (or time out and report what they show).
      await hn
        .waitForFunction(() => [...document.querySelectorAll("textarea[id$='-es']")].some((area) => /beneficio económico/.test(/** @type {HTMLTextAreaElement} */ (area).value)), null, { timeout: 15000 })
        .catch(() => undefined);
      const excerpts = await hn.locator("textarea[id$='-es']").evaluateAll((areas) => areas.map((area) => /** @type {HTMLTextAreaElement} */ (area).value));
      assert.ok(excerpts.some((excerpt) => /beneficio económico/.test(excerpt)), `the saved change is in the column: ${excerpts.join(" | ")}`);

      // A renamed file is refused with a clear message.
      await hn.locator("#workbook-file").setInputFiles({ name: "not.xlsx", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 renamed") });
      await hn.getByRole("button", { name: /Revisar el libro|Check the workbook/ }).click();
      await hn.locator(".notice-error").filter({ hasText: /XLSX/ }).waitFor();

      // The cell's timeline: every published version, with the words.
      await new SimplePage(ts, state.matrix).goto();
      await ts.locator('.matrix-grid a[href*="/cells/"][href$="/HN"]').first().click();
      await ts.locator(".matrix-timeline li").first().waitFor();
      assert.ok((await ts.locator(".matrix-timeline-published").count()) >= 2, "round 1 and round 2 published HN's cell");
      await checkBothLanguages(ctx, ts, "ts-matrix-timeline");
      const timeline = new URL(ts.url()).pathname;
      const small = await signedIn(ctx, ctx.user("country_officer", "HN"), { viewport: phone });
      await new SimplePage(small, `${round}/countries/HN`).goto();
      await small.getByRole("link", { name: "Descargar el libro (XLSX)" }).waitFor();
      await checkBothLanguages(ctx, small, "hn-matrix-workbook");
      await new SimplePage(small, timeline).goto();
      await small.locator(".matrix-timeline li").first().waitFor();
      await checkBothLanguages(ctx, small, "hn-matrix-timeline");

      // Who translates a missing language, shown in the grid.
      await new SimplePage(ts, state.matrix).goto();
      const owed = ts.locator(".matrix-translation-form").first();
      await owed.locator("input").first().fill("Secretaría Técnica");
      await owed.locator("input[id$='-due']").fill("2027-01-31");
      await owed.getByRole("button", { name: "Guardar" }).click();
      await ts.locator(".matrix-grid .matrix-pending").first().waitFor();
      assert.match(await ts.locator(".matrix-grid .matrix-pending").first().innerText(), /pendiente: Secretaría Técnica/);
      await checkBothLanguages(ctx, ts, "ts-matrix-translations");
    },
  },
];
