// Browser tests of the document library (issue 13, M20–M22). They run in order and build on each
// other: the TS adds a working document, uploads it in Spanish (English shows as pending) and
// distributes it to the member countries; the HN officer opens it through the personal link of
// the e-mail (read from the test server's SMTP sink), without signing in; the TS sees that HN has
// opened it and GT has not, and reminds only GT. Every page is checked with axe in both
// languages, and the document page at 360 px. The symbol is this run's own, so the demo's
// documents never decide a result. Last, a file attached to a meeting is a document of the library
// (issue 13: attachments and evidence become documents), found through the meeting filter.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phone } from "./browser.mjs";
import { checkBothLanguages, signedIn } from "./helpers.mjs";
import { BasePage } from "./pages/base.mjs";

const symbol = `RCM/DT.${Date.now() % 100000}`;
const title = "Propuesta de protocolo regional de retorno asistido";

/** What the tests share, in order. */
const state = { path: "", hnMailsBefore: 0 };

/** A small but real PDF (the server checks the type by content). */
function pdf() {
  const body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  return { name: "protocolo-retorno.pdf", mimeType: "application/pdf", buffer: Buffer.from(body, "latin1") };
}

/** The messages with a personal document link sent to `address`, waiting up to 10 s for `count`. */
async function linksTo(ctx, address, count = 1) {
  const found = () => ctx.mail().filter((message) => message.to.includes(address) && /\/received\/[A-Za-z0-9_-]+/.test(message.text));
  for (let i = 0; i < 100; i++) {
    if (found().length >= count) return found();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return found();
}

function linkPath(text) {
  const match = /https?:\/\/[^\s/]+(\/received\/[A-Za-z0-9_-]+)/.exec(text);
  assert.ok(match, `no document link in:\n${text}`);
  return match[1];
}

/** A PDF's text as pdftotext (poppler-utils, an independent reader) lays it out. */
function pdfText(bytes) {
  const folder = mkdtempSync(join(tmpdir(), "enlace-e2e-pdf-"));
  try {
    const file = join(folder, "report.pdf");
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The receipts table's row of a delegation: its "opened" cell. */
async function openedCell(page, delegation) {
  return (await page.locator(`.receipts-table tr[data-delegation="${delegation}"] td`).nth(1).innerText()).trim();
}

/** @type {{ name: string, run: (ctx: any) => Promise<void> }[]} */
export const documentsTests = [
  {
    name: "documents: the TS adds a working document, uploads it in Spanish with English pending, and distributes it to the member countries",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      await page.goto("/documents");
      await page.locator("h1").waitFor();
      await checkBothLanguages(ctx, page, "documents-list");
      await page.getByRole("link", { name: "Nuevo documento" }).click();
      await page.locator("#document-type").waitFor();
      await checkBothLanguages(ctx, page, "documents-new");
      await page.locator("#document-type").selectOption("working_document");
      await page.locator("#document-symbol").fill(symbol);
      await page.locator("#document-title-es").fill(title);
      await page.locator("#document-access").selectOption("members");
      // A document of the San Pedro Sula meeting: its receipts can go into that meeting's report.
      await page.locator("#document-meeting").selectOption({ index: 1 });
      state.meeting = await page.locator("#document-meeting").inputValue();
      await page.locator("main form button[type=submit]").click();
      await page.waitForURL(/\/documents\/\d+$/);
      state.path = new URL(page.url()).pathname;
      await page.getByText("Documento creado").waitFor();

      await page.locator("#upload-file_es").setInputFiles(pdf());
      await page.locator("#upload-note").fill("Versión para comentarios de los países miembros");
      await page.getByRole("button", { name: "Subir versión" }).click();
      await page.getByText("Versión 1 subida").waitFor();
      await page.locator(".badge-pending", { hasText: "inglés pendiente" }).first().waitFor();
      await checkBothLanguages(ctx, page, "documents-detail");

      state.hnMailsBefore = (await linksTo(ctx, ctx.user("country_officer", "HN").email, 0)).length;
      await page.locator("#distribute-message").fill("Para sus comentarios antes de la próxima reunión.");
      await page.getByRole("button", { name: "Distribuir" }).click();
      await page.getByText(/Documento distribuido a \d+ delegaciones/).waitFor();
      await page.locator('.receipts-table tr[data-delegation="HN"]').waitFor();
      assert.equal(await openedCell(page, "HN"), "No abierto");
      assert.equal(await openedCell(page, "GT"), "No abierto");
      await ctx.expectAccessible(page, "document distributed (es)");
    },
  },
  {
    name: "documents: the HN officer opens the document through the personal link of the e-mail, without signing in",
    async run(ctx) {
      const hn = ctx.user("country_officer", "HN");
      const messages = await linksTo(ctx, hn.email, state.hnMailsBefore + 1);
      const message = messages.at(-1);
      assert.ok(message, "the e-mail reached the sink");
      assert.match(message.text, /Para sus comentarios/, "with the Secretariat's message");
      const { page } = await ctx.open();
      await page.goto(linkPath(message.text));
      await page.locator("h1", { hasText: title }).waitFor();
      await page.getByText("inglés pendiente").waitFor();
      await checkBothLanguages(ctx, page, "documents-received");
      // A forged link says so in words.
      await page.goto("/received/forged-link-that-does-not-exist");
      await page.getByText("no corresponde a ningún documento distribuido").waitFor();
    },
  },
  {
    name: "documents: the TS sees that HN opened it and GT did not, and reminds only GT (also at 360 px)",
    async run(ctx) {
      const gt = ctx.user("country_officer", "GT");
      const hn = ctx.user("country_officer", "HN");
      const page = await signedIn(ctx, ctx.user("secretariat"), { viewport: phone });
      await page.goto(state.path);
      await page.locator('.receipts-table tr[data-delegation="HN"]').waitFor();
      assert.notEqual(await openedCell(page, "HN"), "No abierto", "HN's receipt is recorded");
      assert.equal(await openedCell(page, "GT"), "No abierto");
      await checkBothLanguages(ctx, page, "documents-receipts");

      const gtBefore = (await linksTo(ctx, gt.email, 0)).length;
      const hnBefore = (await linksTo(ctx, hn.email, 0)).length;
      await page.getByRole("button", { name: "Recordar a quienes no lo han abierto" }).click();
      await page.getByText(/Recordatorio enviado a \d+ personas/).waitFor();
      const reminders = await linksTo(ctx, gt.email, gtBefore + 1);
      assert.equal(reminders.length, gtBefore + 1, "GT got a reminder");
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal((await linksTo(ctx, hn.email, 0)).length, hnBefore, "HN opened it: no reminder");
      const base = new BasePage(page);
      await base.settled();

      // The receipt list goes into the meeting's report, where HN shows as having opened it and GT not.
      await page.getByLabel("Incluir esta lista de recepción en el informe de la reunión").check();
      await page.getByText("La lista de recepción irá en el informe de la reunión.").waitFor();
      assert.ok(await page.getByLabel("Incluir esta lista de recepción en el informe de la reunión").isChecked());
      const report = await page.request.get(`/api/v1/meetings/${state.meeting}/report?format=pdf&lang=es`);
      assert.equal(report.status(), 200);
      const text = pdfText(await report.body());
      const annex = text.slice(text.indexOf("Anexo: Recepción de los documentos distribuidos"));
      assert.ok(annex.length > 0 && text.includes("Anexo: Recepción"), "the report has the receipts annex");
      assert.match(annex, /Honduras/);
      assert.match(annex, /Guatemala\s+No abierto/);
      await ctx.expectAccessible(page, "receipts in report (es, 360 px)");
    },
  },
  {
    name: "documents: a meeting's attachment is a document of the library, found by its meeting, in both languages at 360 px",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"), { viewport: phone });
      const meetings = await (await page.request.get("/api/v1/meetings")).json();
      const meeting = meetings.items[0].id;
      const name = `anexo-biblioteca-${Date.now() % 100000}.pdf`;
      await page.goto(`/meetings/${meeting}`);
      await page.locator("#meeting-file").setInputFiles({ ...pdf(), name });
      await page.locator("form.upload-form button[type=submit]").click();
      await page.locator(".file-list .file-item a", { hasText: name }).waitFor();
      await page.goto(`/documents?meeting=${meeting}`);
      await page.getByRole("link", { name }).click();
      await page.waitForURL(/\/documents\/\d+$/);
      await page.getByText("Anexo de la reunión").waitFor();
      await checkBothLanguages(ctx, page, "documents-from-meeting");
      const base = new BasePage(page);
      await base.switchLanguage("en");
      await page.getByText("Attachment of the meeting").waitFor();
      await base.switchLanguage("es");
    },
  },
];
