// Browser tests of cooperation requests (M17, seed ¶3). They run in order and build on each other:
// the HN officer writes a request to SICA (a refused form first), saves the draft and sends it to
// the Technical Secretariat; the TS finds it among the requests by state, forwards it with a note
// and the forwarding letter, and records SICA's answer; the GT officer reads it and is offered no
// step (and the API refuses one); the observer is not offered the pages and the API does not
// reveal the request; two people editing one draft are told and keep what they typed. Every page
// is checked with axe in both languages, and at 360 px. The titles are this run's own, so the
// demo's requests never decide a result.

import assert from "node:assert/strict";
import { phone } from "./browser.mjs";
import { checkBothLanguages, signedIn } from "./helpers.mjs";
import { BasePage } from "./pages/base.mjs";
import { CooperationFormPage, CooperationListPage, CooperationRequestPage } from "./pages/cooperation.mjs";
import { SimplePage } from "./pages/others.mjs";

const request = {
  partner: "SICA",
  title_es: "Investigación financiera de redes de tráfico ilícito de migrantes",
  title_en: "Financial investigation of migrant smuggling networks",
  summary_es: "Honduras solicita apoyo técnico del SICA para capacitar a fiscales de frontera.",
  summary_en: "",
};

/** What the tests create, shared in order. */
const state = { id: 0 };

/** A small but real PDF (the server checks the type by content). */
function letter() {
  const body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  return { name: "Nota ST-CRM-112.pdf", mimeType: "application/pdf", buffer: Buffer.from(body, "latin1") };
}

/** @type {{ name: string, run: (ctx: any) => Promise<void> }[]} */
export const cooperationTests = [
  {
    name: "cooperation: the HN officer writes a request to SICA, the form keeps what was typed on an error, and sends the draft to the TS",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("country_officer", "HN"));
      const list = await new CooperationListPage(page).goto();
      assert.ok(await list.hasNewLink());
      await checkBothLanguages(ctx, page, "hn-cooperation-list");

      const form = await new CooperationFormPage(page).gotoNew();
      assert.ok(await form.countryIsFixed(), "an officer asks only for their own country");
      assert.equal(await form.fixedCountry(), "Honduras");
      await checkBothLanguages(ctx, page, "hn-cooperation-new");
      // No title in either language: the error is next to the field and the summary typed stays.
      await form.fill({ ...request, title_es: "", title_en: "" });
      await form.submit();
      await page.locator(".error-summary:not(.empty)").waitFor();
      assert.match(await form.fieldError("cr-title_es"), /al menos un idioma/);
      assert.equal(await form.value("summary_es"), request.summary_es, "what was typed is kept");
      await ctx.expectAccessible(page, "cooperation form with an error");

      const created = await form.save(request);
      state.id = created.id();
      assert.equal(await created.heading(), request.title_es);
      assert.equal(await created.state(), "Borrador");
      assert.match(await created.notices(), /Borrador guardado/);
      assert.deepEqual(await created.offeredSteps(), ["send", "withdraw"]);
      assert.ok(await created.canEdit());
      await checkBothLanguages(ctx, page, "hn-cooperation-draft");

      await created.take("send", { note: "Aprobada por la Dirección de Asuntos Migratorios." });
      assert.equal(await created.state(), "Enviada a la Secretaría Técnica");
      assert.match(await created.notices(), /Solicitud enviada a la Secretaría Técnica/);
      assert.deepEqual(await created.stepTitles(), ["Solicitud creada", "Enviada a la Secretaría Técnica"]);
      assert.match(await created.stepEntry(1), /Aprobada por la Dirección de Asuntos Migratorios\./);
      assert.deepEqual(await created.offeredSteps(), ["withdraw"], "the country can only withdraw it now");
      assert.equal(await created.canEdit(), false);

      // Where it stands, on the country's list: with the TS, waiting since today.
      const back = await new CooperationListPage(page).goto();
      const cells = await back.cells(request.title_es, "mine");
      assert.equal(cells["Estado"], "Enviada a la Secretaría Técnica");
      assert.equal(cells["Socio"], "SICA");
      assert.equal(cells["En espera"], "Desde hoy");
      assert.equal(cells["Siguiente paso"], "La Secretaría Técnica la remite a SICA");
      await ctx.shot(page, "hn-cooperation-list-after-send");
    },
  },
  {
    name: "cooperation: the TS sees the request among those by state, forwards it with the letter and records SICA's answer",
    async run(ctx) {
      assert.ok(state.id > 0, "the previous test created the request");
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const list = await new CooperationListPage(page).goto();
      await list.row(request.title_es).waitFor();
      assert.ok((await list.stateGroups()).includes("sent_to_secretariat"));
      const row = await list.cells(request.title_es);
      assert.equal(row["País"], "Honduras");
      assert.equal(row["Siguiente paso"], "Usted: remitirla a SICA");
      await checkBothLanguages(ctx, page, "ts-cooperation-list");
      await list.filter({ state: "sent_to_secretariat", partner: "SICA", country: "HN" });
      assert.deepEqual(await list.stateGroups(), ["sent_to_secretariat"]);
      await list.row(request.title_es).waitFor();

      const detail = await list.open(request.title_es);
      assert.equal(detail.id(), state.id);
      assert.deepEqual(await detail.offeredSteps(), ["forward", "withdraw"]);
      await checkBothLanguages(ctx, page, "ts-cooperation-sent");
      await detail.take("forward", { note: "Remitida a la Secretaría General del SICA por nota ST-CRM-112.", file: letter() });
      assert.equal(await detail.state(), "Remitida al socio");
      const files = await detail.fileLinks();
      assert.equal(files.length, 1);
      assert.equal(files[0]?.text, "Nota ST-CRM-112.pdf");
      const download = await page.request.get(files[0]?.href ?? "");
      assert.equal(download.status(), 200);
      assert.match(download.headers()["content-disposition"] ?? "", /attachment/);

      await detail.take("answer", { note: "El SICA apoyará la capacitación en el segundo semestre." });
      assert.equal(await detail.state(), "Respondida");
      assert.deepEqual(await detail.stepTitles(), [
        "Solicitud creada",
        "Enviada a la Secretaría Técnica",
        "Remitida a SICA",
        "Respuesta de SICA registrada",
      ]);
      assert.match(await detail.stepEntry(3), /Ana Morales \(Secretaría Técnica\)/);
      assert.deepEqual(await detail.offeredSteps(), ["close", "withdraw"]);
      await checkBothLanguages(ctx, page, "ts-cooperation-answered");

      // The demo's request from Honduras follows agreement 3 of San Pedro Sula (seed ¶3) and links to it.
      const demo = await (await new CooperationListPage(page).goto()).open("Fortalecimiento de la investigación del tráfico ilícito de migrantes");
      const agreement = page.locator(".details a", { hasText: "Acuerdo 3" });
      assert.match((await agreement.getAttribute("href")) ?? "", /^\/meetings\/\d+$/);
      assert.match(await demo.waiting(), /45 días/);
      await checkBothLanguages(ctx, page, "ts-cooperation-demo-forwarded");

      // The reminder job, run when the server starts, told the TS about the demo's request from
      // Honduras that has waited 45 days since it was forwarded to SICA.
      await new SimplePage(page, "/notifications").goto();
      await page.getByText(/La solicitud de cooperación «Fortalecimiento de la investigación del tráfico ilícito de migrantes en la frontera norte» lleva 45 días/).waitFor();
      await ctx.shot(page, "ts-notifications-cooperation-reminder");
    },
  },
  {
    name: "cooperation: the GT officer reads Honduras's request as network material and is offered no step",
    async run(ctx) {
      assert.ok(state.id > 0, "the first test created the request");
      const page = await signedIn(ctx, ctx.user("country_officer", "GT"));
      const list = await new CooperationListPage(page).goto();
      const cells = await list.cells(request.title_es, "others");
      assert.equal(cells["País"], "Honduras");
      assert.equal(cells["Estado"], "Respondida");
      assert.equal(await list.row(request.title_es, "mine").count(), 0);

      const detail = await new CooperationRequestPage(page).goto(state.id);
      assert.deepEqual(await detail.offeredSteps(), []);
      assert.equal(await detail.canEdit(), false);
      assert.match(await detail.notices(), /Solo Honduras y la Secretaría Técnica actúan sobre esta solicitud/);
      await checkBothLanguages(ctx, page, "gt-cooperation-read");
      const refused = await new BasePage(page).apiRequest("POST", `/api/v1/cooperation-requests/${state.id}/withdraw`, { note: "Intento" });
      assert.equal(refused.status, 403);
      assert.equal(refused.json?.error?.code, "wrong_country");
      await detail.goto(state.id);
      assert.equal(await detail.state(), "Respondida", "nothing changed");
    },
  },
  {
    name: "cooperation: the observer is not offered the pages, and the API neither lists nor reveals the request",
    async run(ctx) {
      assert.ok(state.id > 0, "the first test created the request");
      const page = await signedIn(ctx, ctx.user("observer"));
      const base = new BasePage(page);
      const links = await base.navigationLinks();
      assert.ok(links.length > 0);
      assert.ok(!links.includes("/cooperation-requests"), "no link in the navigation");
      await new SimplePage(page, "/cooperation-requests").goto();
      await base.switchLanguage("es");
      assert.equal(await base.heading(), "Sin acceso");
      await ctx.expectAccessible(page, "cooperation: no access for the observer");
      assert.equal((await base.apiRequest("GET", "/api/v1/cooperation-requests")).status, 403);
      assert.equal((await base.apiRequest("GET", `/api/v1/cooperation-requests/${state.id}`)).status, 404);
    },
  },
  {
    name: "cooperation: two people editing one draft — the second is told, keeps what they typed, and saves over the latest version",
    async run(ctx) {
      const officer = await signedIn(ctx, ctx.user("country_officer", "HN"));
      const created = await (await new CooperationFormPage(officer).gotoNew()).save({
        partner: "OCAM",
        title_es: "Protocolo binacional de atención",
        summary_es: "Primera versión del resumen.",
      });
      const id = created.id();
      const secretariat = await signedIn(ctx, ctx.user("secretariat"));
      const mine = await new CooperationFormPage(officer).gotoEdit(id);
      const theirs = await new CooperationFormPage(secretariat).gotoEdit(id);
      await theirs.save({ title_en: "Binational assistance protocol" });

      await mine.fill({ summary_es: "Resumen corregido por Honduras." });
      await mine.submit();
      await officer.locator(".error-summary:not(.empty)").waitFor();
      assert.match(await mine.errorSummary(), /Alguien más modificó este registro/);
      assert.equal(await mine.value("summary_es"), "Resumen corregido por Honduras.", "what was typed is kept");
      await ctx.expectAccessible(officer, "cooperation edit, stale");
      await mine.loadLatest();
      assert.equal(await mine.value("title_en"), "Binational assistance protocol", "the other person's change is loaded");
      assert.equal(await mine.value("summary_es"), "Resumen corregido por Honduras.");
      const saved = await mine.save();
      assert.match(await saved.notices(), /Cambios guardados/);
      await checkBothLanguages(ctx, officer, "hn-cooperation-edited");
    },
  },
  {
    name: "cooperation: at 360 px the list, the form and a request have no axe violations in either language",
    async run(ctx) {
      assert.ok(state.id > 0, "the first test created the request");
      const page = await signedIn(ctx, ctx.user("country_officer", "HN"), { viewport: phone });
      await new CooperationListPage(page).goto();
      await checkBothLanguages(ctx, page, "hn-cooperation-list");
      await new CooperationFormPage(page).gotoNew();
      await checkBothLanguages(ctx, page, "hn-cooperation-new");
      await new CooperationRequestPage(page).goto(state.id);
      await checkBothLanguages(ctx, page, "hn-cooperation-answered");
      const secretariat = await signedIn(ctx, ctx.user("secretariat"), { viewport: phone });
      await new CooperationListPage(secretariat).goto();
      await checkBothLanguages(ctx, secretariat, "ts-cooperation-list");
    },
  },
];
