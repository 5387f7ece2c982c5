// Browser tests of meetings, agreements, commitments and their follow-up (M1–M6). They run in
// order and build on each other: the TS records the virtual meeting of the indicator contact
// points that San Pedro Sula asked for (the seed report itself is imported last), the HN officer
// answers, the TS sees the grid, a GT officer is refused, an RCGM meeting resolves a deadline,
// the report downloads; then a report the demo does not hold is imported as a new meeting, and
// the seed report (which the demo holds) is recognised and imported as an update, twice.

import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { phone } from "./browser.mjs";
import { checkBothLanguages, signedIn } from "./helpers.mjs";
import { BasePage } from "./pages/base.mjs";
import {
  AgreementFormPage,
  CommitmentFormPage,
  CommitmentPage,
  CountryPage,
  ImportPage,
  ImportReviewPage,
  MeetingFormPage,
  MeetingPage,
} from "./pages/meetings.mjs";
import { AccountPage, SimplePage } from "./pages/others.mjs";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

/** What the tests create, shared in order. */
const state = {
  meeting: 0,
  agreements: /** @type {Record<string, number>} */ ({}),
  /** The MEMBER_COUNTRIES commitment due "in a two-month period". */
  glossary: 0,
  /** The TS commitment due "at the next meeting of the RCGM". */
  workPlan: 0,
  rcgm: 0,
};

const glossaryAction = {
  action_es: "Enviar a la ST sus observaciones al borrador del Plan de Trabajo",
  action_en: "Send the TS their observations on the draft Work Plan",
};

/** A small but real PDF (the server checks the type by content). */
function pdfBytes() {
  const body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  return Buffer.from(body, "latin1");
}

/** @type {{ name: string, run: (ctx: any) => Promise<void> }[]} */
export const meetingTests = [
  {
    name: "the TS records a virtual meeting and its agreements in Spanish and English",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const form = await new MeetingFormPage(page).gotoNew();
      await checkBothLanguages(ctx, page, "ts-meeting-new");
      await form.fill({
        body: "SMUGGLING_TIP_NETWORK",
        type: "virtual",
        video_link: "https://reunion.example.org/indicadores",
        title_es: "Reunión virtual de los puntos de contacto de indicadores",
        title_en: "Virtual meeting of the indicator contact points",
        city: "San José",
        country: "CR",
        date: "2017-02-21",
        participants: ["CA", "CR", "SV", "GT", "HN", "MX", "PA", "TS", "IOM"],
        agenda: [{ es: "Borrador del Plan de Trabajo sobre Tráfico Ilícito de Migrantes", en: "Draft Work Plan on Migrant Smuggling" }],
        report_status: "submitted",
        submitted_to: "RCGM",
      });
      state.meeting = await form.save();
      const meeting = new MeetingPage(page);
      assert.match(await meeting.heading(), /Reunión virtual de los puntos de contacto de indicadores/);
      assert.match(await page.locator(".notice-success").innerText(), /Reunión registrada/);
      assert.equal(await page.locator(".details a[href='https://reunion.example.org/indicadores']").count(), 1, "the video link is shown");

      const agreements = new AgreementFormPage(page);
      await agreements.gotoNew(state.meeting);
      await checkBothLanguages(ctx, page, "ts-agreement-new");
      await agreements.create({
        number: "1",
        verb: "approve",
        text_es: "Aprobar en lo general el borrador del Plan de Trabajo y solicitar a los Países Miembros sus observaciones.",
        text_en: "Approve the draft Work Plan in general terms and ask the Member Countries for their observations.",
        parties: ["MEMBER_COUNTRIES", "TS"],
      });
      await agreements.gotoNew(state.meeting);
      await agreements.create({
        number: "2",
        heading: true,
        text_es: "Sobre los indicadores de cumplimiento del Protocolo:",
        text_en: "Regarding the compliance indicators of the Protocol:",
      });
      await agreements.gotoNew(state.meeting);
      await agreements.create({
        number: "2.a",
        verb: "thank",
        text_en: "Thank IOM for its support in preparing the indicator sheets.",
        parties: ["IOM"],
      });
      await meeting.goto(state.meeting);
      assert.deepEqual(await meeting.agreementNumbers(), ["Acuerdo 1", "Acuerdo 2 Encabezado", "Acuerdo 2.a"]);
      // 2.a has no Spanish text: shown in English with a marker, and counted.
      assert.match(await (await meeting.open("2.a")).locator(".fallback-marker").innerText(), /EN/);
      assert.match(await meeting.missingTranslations(), /1 acuerdo sin texto en español y 0 sin texto en inglés/);
      state.agreements["2.a"] = await meeting.agreementId("2.a");
      state.agreements["1"] = await meeting.agreementId("1");
      // The edit form starts from the saved agreement; the missing language stays empty.
      await (await meeting.open("2.a")).locator("a[href$='/edit']").click();
      await page.waitForURL(/\/agreements\/\d+\/edit$/);
      await meeting.settled();
      assert.equal(await page.locator("#agreement-number").inputValue(), "2.a");
      assert.equal(await page.locator("#agreement-text_es").inputValue(), "", "the missing language stays empty");
      await ctx.expectAccessible(page, "agreement edit form");
      await ctx.shot(page, "ts-agreement-edit-es");
    },
  },
  {
    name: "a MEMBER_COUNTRIES commitment due “in a two-month period”: the deadline is read while typing",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const form = await new CommitmentFormPage(page).gotoNew(state.meeting, state.agreements["1"]);
      await form.fill({ party: "MEMBER_COUNTRIES", ...glossaryAction });
      // Nonsense is refused before saving; the phrase of the report is understood.
      assert.notEqual(await form.typeDeadline("blah blah blah"), "");
      assert.equal(await page.locator("#commitment-deadline-reading .field-error").count(), 1, "an unreadable phrase is said to be so");
      const reading = await form.typeDeadline("in a two-month period");
      assert.match(reading, /Plazo desde la reunión/);
      assert.match(reading, /21 de abril de 2017/);
      await checkBothLanguages(ctx, page, "ts-commitment-new");
      await form.save();
      const meeting = new MeetingPage(page);
      const link = (await meeting.open("1")).locator("tbody a[href^='/commitments/']").first();
      state.glossary = Number((await link.getAttribute("href"))?.split("/").pop());
      assert.ok(state.glossary > 0);
      assert.match(await meeting.agreement("1").locator("tbody").innerText(), /Vencido/);

      // A TS commitment whose deadline is an event that is not scheduled yet.
      await form.gotoNew(state.meeting, state.agreements["1"]);
      await form.fill({ party: "TS", action_es: "Presentar el Plan de Trabajo para su aprobación", action_en: "Present the Work Plan for approval" });
      assert.match(await form.typeDeadline("at the next meeting of the RCGM"), /Pendiente: la próxima reunión del GRCM aún no está programada/);
      await form.save();
      const links = (await meeting.open("1")).locator("tbody a[href^='/commitments/']");
      assert.equal(await links.count(), 2);
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")));
      state.workPlan = Number(hrefs.map((href) => Number(href?.split("/").pop())).find((id) => id !== state.glossary));
      await checkBothLanguages(ctx, page, "ts-meeting");
    },
  },
  {
    name: "the HN officer sees the commitment on the country page, overdue first, and answers it",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("country_officer", "HN"));
      const country = new CountryPage(page);
      // The officer's home page is Honduras's page.
      assert.equal(await country.heading(), "Lo que debe Honduras");
      assert.equal(await country.sectionOf(state.glossary), "overdue");
      assert.equal(await page.locator("section[aria-labelledby='section-overdue']").count(), 1);
      const firstSection = await page.locator("main section[aria-labelledby^='section-']").first().getAttribute("aria-labelledby");
      assert.equal(firstSection, "section-overdue", "overdue comes first");
      assert.equal(await country.responseState(state.glossary), "Sin iniciar");
      const answer = await country.openAnswer(state.glossary);
      assert.equal(await answer.fixedCountry(), "Honduras");
      await checkBothLanguages(ctx, page, "hn-country");
      await answer.fill({ text: "Honduras envió sus observaciones al Plan de Trabajo por nota verbal.", links: ["https://example.hn/nota-verbal-123"] });
      await answer.submit();
      await page.locator("main > .notice-success").waitFor();
      await page.waitForFunction(
        (id) => document.querySelector(`li.commitment-card a[href="/commitments/${id}"]`)?.closest("li")?.querySelector(".badge-response-answered") !== null,
        state.glossary,
      );
      assert.equal(await country.responseState(state.glossary), "Respondido");

      // At 360 px: the country page and the commitment page.
      const phonePage = await signedIn(ctx, ctx.user("country_officer", "HN"), { viewport: phone });
      await checkBothLanguages(ctx, phonePage, "hn-country");
      const commitment = await new CommitmentPage(phonePage).goto(state.glossary);
      assert.match(await phonePage.locator(".timeline").innerText(), /nota verbal/);
      await checkBothLanguages(ctx, phonePage, "hn-commitment");
      const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the commitment page is ${overflow} px wider than 360 px`);
      assert.equal(await commitment.gridState("Honduras"), "Respondido");
    },
  },
  {
    name: "the TS sees Honduras answered and Guatemala not started, on the commitment and in the overview",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      // The TS's home page is the follow-up overview.
      const base = new BasePage(page);
      assert.equal(await base.heading(), "Seguimiento de compromisos");
      const row = page.locator("table.matrix tbody tr", { has: page.locator(`a[href="/commitments/${state.glossary}"]`) });
      assert.match(await row.locator("td.matrix-cell").nth(6).innerText(), /Honduras: Respondido/);
      assert.match(await row.locator("td.matrix-cell").nth(5).innerText(), /Guatemala: Sin iniciar/);
      assert.ok((await page.locator("#overdue-title").innerText()).length > 0);
      await checkBothLanguages(ctx, page, "ts-follow-up");
      const commitment = await new CommitmentPage(page).goto(state.glossary);
      assert.equal(await commitment.gridState("Honduras"), "Respondido");
      assert.equal(await commitment.gridState("Guatemala"), "Sin iniciar");
      assert.match(await page.locator(".grid-summary").innerText(), /1 de 11 países respondieron/);
      await checkBothLanguages(ctx, page, "ts-commitment");
      // The TS may open any country's page, and record an answer for it.
      await new CountryPage(page).goto("GT");
      assert.equal(await base.heading(), "Lo que debe Guatemala");
      await ctx.expectAccessible(page, "Guatemala's page seen by the TS");
      await ctx.shot(page, "ts-country-gt-es");
    },
  },
  {
    name: "a GT officer cannot answer for Honduras: refused in the UI and by the API",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("country_officer", "GT"));
      await new CommitmentPage(page).goto(state.glossary);
      const form = new CommitmentPage(page).form(state.glossary);
      assert.equal(await form.fixedCountry(), "Guatemala", "the officer answers for their own country only");
      // Honduras's page offers a GT officer no answer form.
      const honduras = await new CountryPage(page).goto("HN");
      assert.equal(await honduras.heading(), "Lo que debe Honduras");
      await honduras.card(state.glossary).waitFor();
      assert.equal(await honduras.card(state.glossary).locator("details.answer-disclosure").count(), 0);
      // A request altered on its way out is refused by the server, next to the country.
      await new CommitmentPage(page).goto(state.glossary);
      await page.route("**/api/v1/commitments/*/updates", async (route) => {
        const body = JSON.parse(route.request().postData() ?? "{}");
        return route.continue({ postData: JSON.stringify({ ...body, country: "HN" }) });
      });
      await form.fill({ text: "Intento de responder por Honduras" });
      await form.submit();
      assert.notEqual(await form.fieldError("country"), "");
      assert.match(await form.summary(), /Identificador de la solicitud/);
      assert.equal(await page.locator(`#answer-${state.glossary}-text`).inputValue(), "Intento de responder por Honduras", "what was typed is kept");
      await ctx.expectAccessible(page, "GT answer refused");
      await ctx.shot(page, "gt-answer-refused-es");
      await page.unroute("**/api/v1/commitments/*/updates");
      // Directly through the API.
      const base = new BasePage(page);
      const direct = await base.apiRequest("POST", `/api/v1/commitments/${state.glossary}/updates`, { text: "Por Honduras", country: "HN" });
      assert.equal(direct.status, 403, JSON.stringify(direct.json));
      assert.equal(direct.json?.error?.code, "wrong_country");
      // Guatemala's own answer is accepted and counts for Guatemala only.
      const own = await base.apiRequest("POST", `/api/v1/commitments/${state.glossary}/updates`, { text: "Guatemala lo revisa", country: "GT" });
      assert.equal(own.status, 201, JSON.stringify(own.json));
      const detail = await base.apiRequest("GET", `/api/v1/commitments/${state.glossary}`);
      const states = Object.fromEntries(detail.json.responses.map((r) => [r.country, r.state]));
      assert.equal(states.GT, "answered");
      assert.equal(states.HN, "answered");
    },
  },
  {
    name: "scheduling, then moving, an RCGM meeting resolves and re-resolves “the next meeting of the RCGM”",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const commitment = await new CommitmentPage(page).goto(state.workPlan);
      assert.match(await commitment.deadline(), /Pendiente: la próxima reunión del GRCM aún no está programada/);
      const form = await new MeetingFormPage(page).gotoNew();
      await form.fill({ body: "RCGM", type: "regular", city: "Ciudad de Panamá", country: "PA", date: "2027-06-22", date_end: "2027-06-23" });
      state.rcgm = await form.save();
      await commitment.goto(state.workPlan);
      assert.match(await commitment.deadline(), /22 de junio de 2027/);
      // The RCGM meeting moves: the deadline follows.
      const edit = await new MeetingFormPage(page).gotoEdit(state.rcgm);
      await checkBothLanguages(ctx, page, "ts-meeting-edit");
      await edit.fill({ date: "2027-07-14", date_end: "" });
      await edit.save();
      assert.match(await page.locator(".notice-success").innerText(), /Cambios guardados/);
      await commitment.goto(state.workPlan);
      assert.match(await commitment.deadline(), /14 de julio de 2027/);
      await ctx.shot(page, "ts-commitment-event-es");
      // The edit form of the commitment shows the same reading.
      await page.goto(`/commitments/${state.workPlan}/edit`);
      await commitment.settled();
      await page.locator("#commitment-deadline-reading .badge-kind").waitFor();
      assert.match(await page.locator("#commitment-deadline-reading").innerText(), /14 de julio de 2027/);
      await checkBothLanguages(ctx, page, "ts-commitment-edit");
    },
  },
  {
    name: "the report downloads as PDF and DOCX in both languages, with the calendar and an attached file",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const meeting = await new MeetingPage(page).goto(state.meeting);
      const links = await meeting.downloadLinks();
      // The report in PDF and DOCX in each language, the calendar and the meeting's package.
      assert.equal(links.length, 6);
      for (const href of links) {
        assert.ok(href);
        const response = await page.request.get(href);
        assert.equal(response.status(), 200, `${href}: ${response.status()}`);
        const body = await response.body();
        const type = response.headers()["content-type"] ?? "";
        if (href.includes("format=pdf")) {
          assert.match(type, /application\/pdf/);
          assert.equal(body.subarray(0, 5).toString("latin1"), "%PDF-");
        } else if (href.includes("format=docx")) {
          assert.match(type, /wordprocessingml/);
          assert.equal(body.subarray(0, 2).toString("latin1"), "PK");
        } else if (href.includes("/package")) {
          assert.match(type, /zip/);
          assert.equal(body.subarray(0, 2).toString("latin1"), "PK");
        } else {
          assert.match(type, /text\/calendar/);
          assert.match(body.toString("utf8"), /BEGIN:VCALENDAR/);
        }
      }
      // A document attached to the meeting (type checked by content), listed and downloadable.
      await page.locator("#meeting-file").setInputFiles({ name: "acta-san-pedro-sula.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
      await page.locator("form.upload-form button[type=submit]").click();
      await page.locator(".file-list .file-item").first().waitFor();
      assert.deepEqual(await meeting.fileNames(), ["acta-san-pedro-sula.pdf"]);
      const fileHref = await page.locator(".file-list .file-item a").first().getAttribute("href");
      const file = await page.request.get(fileHref ?? "");
      assert.equal(file.status(), 200);
      assert.equal((await file.body()).subarray(0, 5).toString("latin1"), "%PDF-");
      // A file that is not a PDF, DOCX or XLSX by content is refused next to the field.
      await page.locator("#meeting-file").setInputFiles({ name: "falso.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf at all") });
      await page.locator("form.upload-form button[type=submit]").click();
      await page.locator("#meeting-file-error").waitFor();
      assert.notEqual(await meeting.fieldError("meeting-file"), "");
      await ctx.expectAccessible(page, "meeting with a refused file");
      await ctx.shot(page, "ts-meeting-file-refused-es");
      // The TS deletes the attached document.
      await page.locator(".file-list button", { hasText: "acta-san-pedro-sula.pdf" }).click();
      await page.locator(".file-list").waitFor({ state: "detached" });
      assert.match(await page.locator("#files-title").locator("xpath=..").innerText(), /No hay documentos adjuntos/);
    },
  },
  {
    name: "calendar feed and notifications: a private feed URL is created and works; the notifications page",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("country_officer", "HN"));
      await new AccountPage(page).goto();
      await page.locator("#calendar-title").locator("xpath=..").locator("button.button:not(.button-secondary)").click();
      await page.locator("#calendar-url").waitFor();
      const url = await page.locator("#calendar-url").inputValue();
      assert.match(url, /\/api\/v1\/calendar\/[^/]+\.ics$/);
      const feed = await page.request.get(new URL(url).pathname);
      assert.equal(feed.status(), 200);
      assert.match(await feed.text(), /BEGIN:VCALENDAR/);
      await checkBothLanguages(ctx, page, "hn-account-calendar");
      // The bell leads to the notifications page.
      await page.locator("a.bell").click();
      await page.waitForURL(/\/notifications$/);
      const base = new BasePage(page);
      await base.settled();
      assert.equal(await base.heading(), "Notificaciones");
      await checkBothLanguages(ctx, page, "hn-notifications");
      await new SimplePage(page, "/meetings").goto();
      await checkBothLanguages(ctx, page, "hn-meetings");
    },
  },
  {
    name: "issue 10.9: the import review reads deadlines as they are typed, writes actions as a person would, is kept on the server and checked before saving",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const upload = await new ImportPage(page).goto();
      await upload.upload(join(fixtures, "reunion_guatemala_2019.txt"));
      const review = new ImportReviewPage(page);
      assert.equal(await review.agreementCount(), 4);
      const reviewUrl = page.url();
      // The proposed title names the network, the place and the year, not the network alone.
      const title = await review.value("review-title");
      assert.match(title, /^Red de Funcionarios de Enlace.*, Ciudad de Guatemala, 2019$/, title);
      // Actions as a person writes them: an infinitive with a capital, not "prepare, con el apoyo…".
      assert.match(await review.value("review-agreements-1-commitments-0-action"), /^Enviar a la ST/);
      assert.match(await review.value("review-agreements-2-commitments-0-action"), /^Preparar/);
      assert.match(await review.value("review-agreements-3-commitments-0-action"), /^Presentar sus comentarios/);
      // A deadline is read again while it is typed, against the meeting's date as reviewed.
      const deadline = "review-agreements-2-commitments-0-deadline";
      await page.locator(`#${deadline}`).fill("en un plazo de seis meses");
      await page.locator(`#${deadline}-reading`, { hasText: /12 de septiembre de 2019/ }).waitFor();
      await page.locator("#review-date").fill("2019-04-12");
      await page.locator(`#${deadline}-reading`, { hasText: /12 de octubre de 2019/ }).waitFor();
      await page.locator(`#${deadline}`).fill("el 31 de junio de 2019");
      await page.locator(`#${deadline}-reading .field-error`).waitFor();
      await page.locator(`#${deadline}`).fill("en un plazo de seis meses");
      // The review is kept on the server: reopening it finds the edits.
      await review.draftSaved();
      await checkBothLanguages(ctx, page, "ts-import-review-draft");
      await page.reload();
      await page.locator(".review-agreement").first().waitFor();
      assert.equal(await review.value(deadline), "en un plazo de seis meses");
      assert.equal(await review.value("review-date"), "12/04/2019");
      // Another tab saves the same review meanwhile: this one says so and stops saving over it.
      const other = await page.context().newPage();
      await other.goto(reviewUrl);
      const otherReview = new ImportReviewPage(other);
      await other.locator("#review-city").waitFor();
      await other.locator("#review-city").fill("Guatemala");
      await otherReview.draftSaved();
      await page.locator("#review-city").fill("Antigua Guatemala");
      await page.locator(".notice-warning", { hasText: /otra pestaña/ }).waitFor();
      await ctx.expectAccessible(page, "import review saved in another tab (es)");
      await other.close();
      await page.locator(".notice-warning button", { hasText: /Guardar mi versión/ }).click();
      await review.draftSaved();
      // One click creates many records: first a summary of what will be saved.
      const check = await review.openCheck();
      assert.match(check, /Revise antes de guardar/);
      assert.match(check, /4 acuerdos/);
      assert.match(check, /Antigua Guatemala/);
      assert.match(check, /Países miembros: 1/i);
      assert.match(check, /12 de abril de 2019/, "the date in words of the interface language");
      await checkBothLanguages(ctx, page, "ts-import-review-check");
      await new BasePage(page).switchLanguage("en");
      assert.match(await page.locator(".review-check").innerText(), /Check before you save[\s\S]*4 agreements/);
      await new BasePage(page).switchLanguage("es");
      await review.backFromCheck();
      await page.setViewportSize(phone);
      await review.openCheck();
      await ctx.expectAccessible(page, "import review check at 360 px");
      await ctx.shot(page, "ts-import-review-check-es-360");
      await review.backFromCheck();
    },
  },
  {
    name: "import: a report the demo does not hold is read, reviewed in both languages, corrected and creates a new meeting",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const upload = await new ImportPage(page).goto();
      await checkBothLanguages(ctx, page, "ts-import-new");
      await upload.upload(join(fixtures, "reunion_guatemala_2019.txt"));
      const review = new ImportReviewPage(page);
      // What the importer read: the meeting, its four agreements, their parties and deadlines.
      assert.equal(await review.agreementCount(), 4);
      assert.equal(await review.duplicateNotice(), "", "a report seen for the first time is not called a duplicate");
      assert.equal(await review.confirmLabel(), "Confirmar y crear la reunión");
      assert.equal(await review.value("review-body"), "SMUGGLING_TIP_NETWORK");
      assert.equal(await review.value("review-city"), "Ciudad de Guatemala");
      assert.equal(await review.value("review-country"), "GT");
      assert.equal(await review.value("review-date"), "12/03/2019");
      assert.equal(await review.value("review-agreements-1-commitments-0-party"), "MEMBER_COUNTRIES");
      assert.equal(await review.value("review-agreements-1-commitments-0-deadline"), "a más tardar el 30 de abril de 2019");
      assert.match(await review.deadlinesRead(1), /30 de abril de 2019/);
      assert.equal(await review.value("review-agreements-2-commitments-0-party"), "TS");
      assert.match(await review.deadlinesRead(2), /12 de junio de 2019/, "three months from the meeting");
      assert.equal(await review.value("review-agreements-3-commitments-0-party"), "RNCOM");
      assert.match(await review.deadlinesRead(3), /GRCM/);
      await checkBothLanguages(ctx, page, "ts-import-review-new");
      // The reviewer completes the action the importer read too briefly, then confirms.
      const action = "preparar una propuesta de guía regional para la identificación temprana (revisado)";
      await page.locator("#review-agreements-2-commitments-0-action").fill(action);
      const meetingId = await review.confirm();
      assert.match(await page.locator(".notice-success").innerText(), /se creó la reunión/);
      const meeting = new MeetingPage(page);
      await meeting.settled();
      assert.deepEqual(await meeting.agreementNumbers(), ["Acuerdo 1", "Acuerdo 2", "Acuerdo 3", "Acuerdo 4"]);
      await page.locator(".details").waitFor();
      assert.match(await page.locator(".details").innerText(), /Ciudad de Guatemala, Guatemala/);
      assert.match(await page.locator(".details").innerText(), /12 de marzo de 2019/);
      // A Spanish report: every agreement waits for its English text.
      assert.match(await meeting.missingTranslations(), /0 acuerdos sin texto en español y 4 sin texto en inglés/);
      assert.match(await (await meeting.open("3")).innerText(), /\(revisado\)/);
      // Deadlines are read against the server's fixed day (2026-10-01): April 2019 is long past.
      assert.match(await (await meeting.open("2")).locator("tbody").innerText(), /Vencido/);
      await checkBothLanguages(ctx, page, "ts-imported-meeting-new");
      // It is a meeting of its own, listed with the others.
      await new SimplePage(page, "/meetings").goto();
      assert.equal(await page.locator(`main a[href="/meetings/${meetingId}"]`).count(), 1);
    },
  },
  {
    name: "import: the seed report, which the demo already holds, is recognised and updates that meeting; again after that",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const upload = await new ImportPage(page).goto();
      await upload.upload(join(fixtures, "000_973db467bec07b93.txt"));
      const review = new ImportReviewPage(page);
      assert.equal(await review.agreementCount(), 9);
      assert.equal(await review.value("review-city"), "San Pedro Sula");
      assert.equal(await review.value("review-country"), "HN");
      assert.equal(await review.value("review-date"), "15/11/2016");
      assert.equal(await review.value("review-body"), "SMUGGLING_TIP_NETWORK");
      // The demo holds this meeting: the review says so and offers an update, not a duplicate.
      assert.match(await review.duplicateNotice(), /ya se importó/);
      assert.equal(await review.confirmLabel(), "Actualizar la reunión existente");
      const demoMeeting = await review.duplicateMeetingId();
      await checkBothLanguages(ctx, page, "ts-import-review-update");
      // Edit agreement 7's first commitment (index 8) and confirm the update.
      const edited = "submit their comments on the RCM Glossary to the TS (reviewed)";
      await page.locator("#review-agreements-8-commitments-0-action").fill(edited);
      assert.equal(await review.confirm(), demoMeeting, "the update lands on the demo's meeting");
      assert.match(await page.locator(".notice-success").innerText(), /se actualizó/);
      const meeting = new MeetingPage(page);
      await meeting.settled();
      assert.ok((await meeting.agreementNumbers()).length >= 9);
      await page.locator(".details").waitFor();
      assert.match(await page.locator(".details").innerText(), /San Pedro Sula, Honduras/);
      assert.match(await (await meeting.open("7")).innerText(), /\(reviewed\)/);
      await ctx.shot(page, "ts-imported-meeting-updated-es");
      // The same report once more: still recognised, still the same meeting.
      await upload.goto();
      await upload.upload(join(fixtures, "000_973db467bec07b93.txt"));
      assert.match(await review.duplicateNotice(), /ya se importó/);
      assert.equal(await review.confirmLabel(), "Actualizar la reunión existente");
      await ctx.expectAccessible(page, "import of a report seen before");
      await ctx.shot(page, "ts-import-duplicate-es");
      assert.equal(await review.confirm(), demoMeeting, "the update lands on the same meeting");
    },
  },
  {
    name: "issue 11: the import review shows the names to resolve first, in both languages and at 360 px; one is mapped to a code",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const upload = await new ImportPage(page).goto();
      await upload.upload(join(fixtures, "nombre_nuevo.txt"));
      const names = page.locator(".review-unresolved");
      await names.waitFor();
      assert.match(await names.innerText(), /Nombres por resolver[\s\S]*Oficina de Estudios Fronterizos[\s\S]*En los acuerdos 1/);
      await checkBothLanguages(ctx, page, "ts-import-unresolved");
      await page.setViewportSize(phone);
      await checkBothLanguages(ctx, page, "ts-import-unresolved");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the review overflows by ${overflow} px at 360 px`);
      await page.locator("#review-unresolved-0").selectOption("IOM");
      await names.locator("li", { hasText: /se guardará para los próximos informes/ }).waitFor();
      assert.doesNotMatch(await names.innerText(), /Quitar «Oficina/);
      await ctx.shot(page, "ts-import-unresolved-mapped-es-360");
    },
  },
];
