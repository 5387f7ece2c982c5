// Browser tests for issue 10 (UX follow-up): each would have caught one of the problems a
// first real use found, in Spanish and English, at 360 px where it is about layout.

import assert from "node:assert/strict";
import { desktop, phone } from "./browser.mjs";
import { BasePage } from "./pages/base.mjs";
import { LoginPage } from "./pages/login.mjs";
import { holdPosts, signedIn } from "./helpers.mjs";
import { CooperationFormPage } from "./pages/cooperation.mjs";

const languages = /** @type {const} */ (["es", "en"]);

/** Switches the page's language and checks it with axe. */
async function inLanguage(ctx, page, language, label) {
  const base = new BasePage(page);
  await base.switchLanguage(language);
  await ctx.expectAccessible(page, `${label} (${language}, ${page.viewportSize()?.width} px)`);
}

/** The visible text of the first element matching `selector`. */
async function textOf(page, selector) {
  return (await page.locator(selector).first().innerText()).replace(/\s+/g, " ").trim();
}

const wrongPassword = {
  es: "El correo electrónico o la contraseña no son correctos.",
  en: "The e-mail address or the password is not correct.",
};
const sessionExpired = /sesión expiró|session has expired/i;

/** Fails when the page is wider than the window (it would scroll sideways). */
async function assertNoSidewaysScroll(page, label) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= width, `${label}: the page is ${scroll} px wide in a ${width} px window`);
}

/** @type {{ name: string, run: (ctx: import("./tests.mjs").Context) => Promise<void> }[]} */
export const uxTests = [
  {
    name: "issue 10.1: a wrong password says so in both languages, never 'session expired', and follows a language switch",
    async run(ctx) {
      const { page } = await ctx.open();
      const login = await new LoginPage(page).goto();
      const secretariat = ctx.user("secretariat");
      for (const language of /** @type {const} */ (["es", "en"])) {
        await login.switchLanguage(language === "es" ? "en" : "es");
        await login.submit(secretariat.email, "not the password at all");
        await page.locator(".error-summary:not(.empty)").waitFor();
        let summary = await login.errorSummary();
        const other = language === "es" ? "en" : "es";
        assert.ok(summary.includes(wrongPassword[other]), `the wrong password is named (${other}): ${summary}`);
        assert.doesNotMatch(summary, sessionExpired);
        // The server's message follows the language switch, without sending the form again.
        // (The other language's wording arrives with the server's texts, loaded after the first
        // refusal: the summary changes when they are there, so wait for it rather than read once.)
        await login.switchLanguage(language);
        await page
          .locator(".error-summary:not(.empty)", { hasText: wrongPassword[language] })
          .waitFor({ timeout: 10_000 })
          .catch(() => undefined);
        summary = await login.errorSummary();
        assert.ok(summary.includes(wrongPassword[language]), `after switching to ${language}: ${summary}`);
        await ctx.expectAccessible(page, `login with a wrong password (${language})`);
      }
    },
  },
  {
    name: "issue 10.2: at 360 px the follow-up page and a commitment do not scroll sideways; the grid keeps its labels; the menu is one line at 1280 px",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"), { viewport: phone });
      for (const language of languages) {
        await page.goto("/follow-up");
        await inLanguage(ctx, page, language, "follow-up");
        await assertNoSidewaysScroll(page, `follow-up (${language})`);
        await ctx.shot(page, `issue10-follow-up-${language}-360`);
        // The answer grid scrolls in its own box; its header row and first column stay in view.
        const wrap = page.locator(".table-wrap-matrix");
        await wrap.evaluate((element) => {
          element.scrollLeft = element.scrollWidth;
          element.scrollTop = 120;
        });
        const box = await wrap.boundingBox();
        const rowLabel = await page.locator(".matrix tbody th[scope=row]").first().boundingBox();
        const columnLabel = await page.locator(".matrix thead th").nth(3).boundingBox();
        assert.ok(box && rowLabel && columnLabel);
        assert.ok(Math.abs(rowLabel.x - box.x) <= 2, `the commitment column stays at the left (${rowLabel.x} vs ${box.x})`);
        assert.ok(Math.abs(columnLabel.y - box.y) <= 2, `the countries' row stays at the top (${columnLabel.y} vs ${box.y})`);

        await page.goto("/commitments/2");
        await inLanguage(ctx, page, language, "commitment with an answer grid");
        await assertNoSidewaysScroll(page, `commitment (${language})`);
        const grid = await page.locator(".table-wrap-grid").evaluate((element) => ({ scroll: element.scrollWidth, width: element.clientWidth }));
        assert.ok(grid.scroll <= grid.width, `the country table fits its box (${grid.scroll} > ${grid.width})`);
        await ctx.shot(page, `issue10-commitment-${language}-360`);
      }

      const { page: wide } = await ctx.open({ viewport: desktop });
      const login = await new LoginPage(wide).goto();
      await login.signIn(ctx.user("secretariat"));
      for (const language of languages) {
        await inLanguage(ctx, wide, language, "menu at 1280 px");
        const tops = await wide.locator("nav.main-nav .nav-list > li:not(.nav-more-idle)").evaluateAll((items) =>
          items.map((item) => Math.round(item.getBoundingClientRect().top)),
        );
        assert.equal(new Set(tops).size, 1, `the menu is one line in ${language}: ${tops.join(", ")}`);
        // Every page is still one click away: in the bar or under "More".
        const links = await new BasePage(wide).navigationLinks();
        assert.equal(links.length, 12, `all entries are offered: ${links.join(" ")}`);
        assert.equal(new Set(links).size, links.length, "no two entries open the same page");
        if (await wide.locator(".nav-more:not(.nav-more-idle)").count()) {
          await wide.locator(".nav-more-button").click();
          await wide.locator(".nav-more-list a").first().waitFor();
          await ctx.expectAccessible(wide, `the More menu open (${language})`);
          await ctx.shot(wide, `issue10-menu-more-${language}-1280`);
          await wide.keyboard.press("Escape");
        }
      }
    },
  },
  {
    name: "issue 10.3: a done commitment never reads overdue; one labelled progress figure; relative times and plurals in each language",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      for (const language of languages) {
        // Commitment 6 is done; its deadline (2016) passed long ago.
        await page.goto("/commitments/6");
        await inLanguage(ctx, page, language, "a done commitment");
        assert.equal(await page.locator(".deadline-past").count(), 0, "no deadline in red");
        assert.doesNotMatch(await textOf(page, "main"), /overdue|vencido|venció|was due/i);
        assert.equal(await page.locator(".status-line .badge-commitment-done").count(), 1);

        // Commitment 2 is asked of every member country: one figure, said the same way.
        await page.goto("/commitments/2");
        await inLanguage(ctx, page, language, "a member-countries commitment");
        assert.equal(await page.locator("main progress").count(), 1, "one progress bar");
        const figure = await textOf(page, ".status-line .progress-text");
        assert.match(figure, language === "es" ? /^2 de 11 países cumplieron \(18 %\)$/ : /^2 of 11 countries done \(18%\)$/);
        assert.equal(await page.locator(".status-line progress").getAttribute("value"), "18");

        // Overdue for ten years reads as years, not thousands of days.
        await page.goto("/follow-up");
        await inLanguage(ctx, page, language, "follow-up");
        const overdue = await textOf(page, "#overdue-title ~ .table-wrap .deadline-relative");
        assert.match(overdue, language === "es" ? /venció hace 10 años/ : /was due 10 years ago/);
        assert.doesNotMatch(await textOf(page, "main"), /\d[.,]?\d{3} (days|días)/);
      }
      // The officer's country page: what Honduras finished reads "done" under "Done", never "in progress".
      const officer = await signedIn(ctx, ctx.user("country_officer", "HN"));
      for (const language of languages) {
        await officer.goto("/country/HN");
        await inLanguage(ctx, officer, language, "country page");
        const badges = await officer.locator("#section-done ~ ul .card-topline .badge").allInnerTexts();
        assert.ok(badges.length > 0);
        for (const badge of badges) assert.match(badge.trim(), /^(Cumplido|Done|Cancelado|Cancelled)$/i);
        assert.doesNotMatch(await textOf(officer, "main"), /\b1 compromisos\b|\b1 commitments\b/);
      }
    },
  },
  {
    name: "issue 10.4: meetings are named by title, place and year everywhere, breadcrumbs carry the name, the downloads are at the top",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      for (const language of languages) {
        await page.goto("/meetings/2");
        await inLanguage(ctx, page, language, "meeting page");
        const title = await textOf(page, "h1");
        assert.match(title, / — San Pedro Sula, 2016$/);
        const downloads = await page.locator("#downloads-title").boundingBox();
        const agreements = await page.locator("#agreements-title").boundingBox();
        assert.ok(downloads && agreements && downloads.y < agreements.y, "the downloads come before the agreements");
        assert.ok(downloads.y < 900, `the downloads are on the first screen (at ${downloads.y} px)`);
        assert.ok(await page.locator('nav.in-page-nav a[href="#files-title"]').count());
        await ctx.shot(page, `issue10-meeting-${language}-1280`);

        // The same name in the commitment's breadcrumb, the follow-up tables and the grid rows.
        await page.goto("/commitments/2");
        await new BasePage(page).settled();
        assert.ok((await textOf(page, ".breadcrumb")).includes(title), "the breadcrumb names the meeting");
        await page.goto("/follow-up");
        await new BasePage(page).settled();
        assert.ok((await textOf(page, "#meetings-title ~ .table-wrap")).includes(title), "the follow-up names the meeting the same way");
        const row = await textOf(page, ".matrix tbody tr:first-child th");
        assert.ok(row.includes(title), `a grid row says which meeting it is from: ${row}`);
        await page.goto("/meetings/2/agreements/new");
        await new BasePage(page).settled();
        await page.waitForFunction((name) => document.querySelector(".breadcrumb")?.textContent?.includes(name), title);
      }
    },
  },
  {
    name: "issue 10.7: no dead ends — a missing meeting, the countries, the organisations' homes and one menu entry per page",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      for (const language of languages) {
        await page.goto("/meetings/99999");
        await inLanguage(ctx, page, language, "a missing meeting");
        assert.match(await textOf(page, "h1"), language === "es" ? /Reunión no encontrada/ : /Meeting not found/);
        assert.equal(await page.locator("main button", { hasText: /Reintentar|Retry/ }).count(), 0, "no retry for what does not exist");
        assert.ok(await page.locator('main .not-found a[href="/meetings"]').count(), "a way back to the meetings");
        assert.ok(await page.locator('main .not-found a[href="/"]').count(), "and home");
        await ctx.shot(page, `issue10-meeting-missing-${language}`);

        await page.goto("/countries");
        await inLanguage(ctx, page, language, "countries");
        await page.locator('main a[href="/country/HN"]').click();
        await page.waitForURL(/\/country\/HN$/);
        await new BasePage(page).settled();
      }
      const links = await new BasePage(page).navigationLinks();
      assert.ok(!links.includes("/"), "the TS's home is the follow-up page: no second entry for it");

      for (const [role, code, owed] of /** @type {const} */ ([
        ["observer", "IOM", "/commitments/1"],
        ["civil_society", "RNCOM", "/commitments/6"],
      ])) {
        const home = await signedIn(ctx, ctx.user(role, code), { viewport: phone });
        for (const language of languages) {
          await home.goto("/");
          await inLanguage(ctx, home, language, `${role} home`);
          await home.locator("#owes-title").waitFor();
          assert.ok(await home.locator(`main .owes-list a[href="${owed}"]`).count(), `${code}'s home lists what it owes`);
          await assertNoSidewaysScroll(home, `${role} home (${language})`);
          await ctx.shot(home, `issue10-home-${role}-${language}-360`);
        }
      }
    },
  },
  {
    name: "issue 10.10: an upload shows its progress and can be cancelled; the file picker and the audit log speak the user's language",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const pdf = Buffer.concat([
        Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n", "latin1"),
        Buffer.alloc(1024 * 1024, 0x20),
        Buffer.from("%%EOF\n", "latin1"),
      ]);
      for (const language of languages) {
        await page.goto("/meetings/3");
        await inLanguage(ctx, page, language, "meeting with its upload form");
        // The picker's button and "no file" are in the interface language, not the browser's.
        assert.equal(await textOf(page, "#meeting-file-button"), language === "es" ? "Elegir archivo" : "Choose a file");
        assert.equal(await textOf(page, "#meeting-file-chosen"), language === "es" ? "Ningún archivo elegido" : "No file chosen");
        await page.locator("#meeting-file").setInputFiles({ name: `grande-${language}.pdf`, mimeType: "application/pdf", buffer: pdf });
        assert.equal(await textOf(page, "#meeting-file-chosen"), `grande-${language}.pdf`);
        // Hold the request in the browser: the upload is under way until the test lets it go.
        const hold = await holdPosts(page, "**/api/v1/meetings/3/files");
        await page.locator("form.upload-form button[type=submit]").click();
        await page.locator(".upload-progress").waitFor();
        await hold.seen;
        assert.match(await textOf(page, ".upload-progress .progress-text"), language === "es" ? /^\d+ % · [\d,]+ de 1,0 MB$/ : /^\d+% · [\d.]+ of 1.0 MB$/);
        await ctx.expectAccessible(page, `an upload under way (${language})`);
        await ctx.shot(page, `issue10-upload-progress-${language}`);
        await page.locator(".upload-progress button").click();
        await page.locator(".upload-progress").waitFor({ state: "detached" });
        assert.match(await textOf(page, "main"), language === "es" ? /Se canceló la subida/ : /The upload was cancelled/);
        await hold.letGo();
        // Nothing was saved: not in the list, and not on the server.
        assert.equal(await page.locator(".file-list .file-item", { hasText: `grande-${language}.pdf` }).count(), 0, "nothing was saved");
        const stored = (await new BasePage(page).apiRequest("GET", "/api/v1/documents?meeting=3")).json.items;
        assert.deepEqual(
          stored.filter((document) => [document.title.es, document.title.en].includes(`grande-${language}.pdf`)),
          [],
          "the server holds no copy of the cancelled upload",
        );
        // Let go, the same upload goes through.
        await page.locator("#meeting-file").setInputFiles({ name: `grande-${language}.pdf`, mimeType: "application/pdf", buffer: pdf });
        await page.locator("form.upload-form button[type=submit]").click();
        await page.locator(".file-list .file-item", { hasText: `grande-${language}.pdf` }).waitFor();
      }
      // The audit log says what happened in words, in the user's language, with the code beside it.
      await page.goto("/audit");
      for (const language of languages) {
        await inLanguage(ctx, page, language, "audit log");
        const text = await textOf(page, "main table");
        assert.match(text, language === "es" ? /Adjuntó el documento \d+ a una reunión/ : /Attached document \d+ to a meeting/);
        assert.match(text, language === "es" ? /Inició sesión/ : /Signed in/);
        await ctx.shot(page, `issue10-audit-${language}`);
      }
    },
  },
  {
    name: "issue 10.5: forms count and refuse over the limit, check everything at once, warn before leaving, and offer verb, number and parties",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      const base = new BasePage(page);
      const meeting = (await base.apiRequest("GET", "/api/v1/meetings/3")).json;
      const numbers = meeting.agreements.map((a) => Number(String(a.number).split(".")[0]));
      const next = String(Math.max(0, ...numbers) + 1);
      const second = meeting.agreements.find((a) => a.number === "2");
      for (const language of languages) {
        // A new agreement: the next number, verbs in the user's language, one-language texts.
        await page.goto("/meetings/3/agreements/new");
        await inLanguage(ctx, page, language, "new agreement");
        assert.equal(await page.locator("#agreement-number").inputValue(), next, "the next number is offered");
        const thank = (await page.locator('#agreement-verb option[value="thank"]').innerText()).trim();
        assert.equal(thank, language === "es" ? "agradecer" : "thank");
        for (const id of ["agreement-text_es", "agreement-text_en"]) {
          assert.doesNotMatch(await textOf(page, `label[for="${id}"]`), /opcional|optional/, "not marked optional");
        }
        await page.locator("form.form button[type=submit]").click();
        await page.locator("#agreement-text_es-error").waitFor();
        assert.match(await base.fieldError("agreement-text_es"), language === "es" ? /al menos en uno de los dos idiomas/ : /at least one of the two languages/);

        // A new commitment of agreement 2: its parties first, the first one chosen.
        await page.goto(`/meetings/3/agreements/${second.id}/commitments/new`);
        await inLanguage(ctx, page, language, "new commitment");
        assert.equal(await page.locator("#commitment-party").inputValue(), second.parties[0]);
        const firstOptions = await page.locator("#commitment-party option").evaluateAll((options) => options.map((o) => o.getAttribute("value")).filter(Boolean));
        assert.deepEqual(firstOptions.slice(0, second.parties.length), second.parties);
        // Over the limit: counted, shown, refused — never cut — together with the other errors.
        const long = "x".repeat(301);
        await page.locator("#commitment-deadline").fill(long);
        assert.equal((await page.locator("#commitment-deadline").inputValue()).length, 301, "nothing is cut");
        assert.match(await textOf(page, "#commitment-deadline-count"), language === "es" ? /301 \/ 300 caracteres: sobran 1 carácter/ : /301 \/ 300 characters: 1 character too many/);
        let sent = 0;
        const count = (request) => {
          if (request.method() === "POST" && request.url().includes("/commitments")) sent++;
        };
        page.on("request", count);
        await page.locator("form.form button[type=submit]").click();
        await page.locator("#commitment-deadline-error").waitFor();
        assert.notEqual(await base.fieldError("commitment-action_es"), "", "the missing action in the same round");
        assert.equal(sent, 0, "nothing was sent");
        page.off("request", count);
        await ctx.expectAccessible(page, `commitment form with errors (${language})`);
        await ctx.shot(page, `issue10-form-limits-${language}`);

        // Leaving with unsaved changes asks first; staying keeps what was typed.
        await page.locator("#commitment-action_es").fill("Algo que no se debe perder");
        let asked = "";
        page.once("dialog", (dialog) => {
          asked = dialog.message();
          void dialog.dismiss();
        });
        await page.locator(".breadcrumb a").first().click();
        await page.waitForTimeout(200);
        assert.match(asked, language === "es" ? /cambios sin guardar/ : /changes that are not saved/);
        assert.match(page.url(), /\/commitments\/new$/, "still on the form");
        assert.equal(await page.locator("#commitment-action_es").inputValue(), "Algo que no se debe perder");
        page.once("dialog", (dialog) => void dialog.accept());
        await page.locator(".breadcrumb a").first().click();
        await page.waitForURL(/\/meetings$/);
      }
    },
  },
  {
    name: "issue 10 (expected): a warning before the session ends for inactivity, and 'stay signed in' (the session's idle time from GET /session)",
    async run(ctx) {
      const { page } = await ctx.open();
      // The server's idle time is two hours: the test shortens it to ten minutes in the session's
      // answer (GET only), so that the page's clock reaches the warning quickly; "stay signed in"
      // goes to the real server (POST /session/refresh), whose two hours end the warning.
      await page.route("**/api/v1/session", async (route) => {
        if (route.request().method() !== "GET") return route.continue();
        const response = await route.fetch();
        const body = await response.json();
        // Before sign-in the answer has no session: it passes through unchanged.
        if (typeof body.session?.idle_timeout_seconds !== "number") return route.fulfill({ response, json: body });
        await route.fulfill({ response, json: { ...body, session: { ...body.session, idle_timeout_seconds: 600 } } });
      });
      const login = await new LoginPage(page).goto();
      await login.signIn(ctx.user("secretariat"));
      for (const language of languages) {
        // The page counts from the idle time it reads in GET /session: the clock moves on only once
        // that answer has come (on a loaded machine it came after the clock had moved, and the
        // warning was scheduled ten minutes after that).
        const sessionRead = page.waitForResponse((response) => response.url().endsWith("/api/v1/session") && response.request().method() === "GET");
        await page.goto("/meetings");
        await sessionRead;
        await inLanguage(ctx, page, language, "before the warning");
        assert.equal(await page.locator(".session-warning").count(), 0, "no warning with ten minutes left");
        await page.clock.fastForward("06:30");
        await page.locator(".session-warning").waitFor();
        assert.match(await textOf(page, ".session-warning"), language === "es" ? /terminará dentro de 4 minutos/ : /will end in 4 minutes/);
        await ctx.expectAccessible(page, `the session warning (${language})`);
        await ctx.shot(page, `issue10-session-warning-${language}`);
        await page.locator(".session-warning button").click();
        await page.locator(".session-warning").waitFor({ state: "detached" });
      }
    },
  },
  {
    name: "issue 10, dates: every date field speaks the interface language, refuses a day that does not exist beside the field, and takes the arrow keys",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"));
      // No field of the app is the browser's own date picker (it speaks the browser's language).
      for (const path of ["/meetings/new", "/audit"]) {
        await page.goto(path);
        await new BasePage(page).settled();
        assert.equal(await page.locator("input[type=date]").count(), 0, `${path} has a browser date picker`);
      }
      await page.goto("/meetings/new");
      const date = page.locator("#meeting-date");
      await date.waitFor();
      await new BasePage(page).switchLanguage("es");
      assert.equal(await date.getAttribute("placeholder"), "15/11/2016");
      assert.match(await textOf(page, "#meeting-date-hint"), /15\/11\/2016/);
      await date.fill("15/11/2026");
      await date.press("ArrowUp");
      assert.equal(await date.inputValue(), "16/11/2026");
      // The same date in English, written the English way.
      await inLanguage(ctx, page, "en", "meeting form with a date");
      assert.equal(await date.inputValue(), "16 Nov 2026");
      assert.equal(await date.getAttribute("placeholder"), "15 Nov 2016");
      await ctx.shot(page, "issue10-date-field-en");
      // A day that does not exist is refused beside the field as soon as one leaves it.
      await new BasePage(page).switchLanguage("es");
      await date.fill("31/06/2027");
      await date.press("Tab");
      assert.match(await textOf(page, "#meeting-date-error"), /Escriba una fecha válida, por ejemplo 15\/11\/2016/);
      assert.equal(await date.getAttribute("aria-invalid"), "true");
      await inLanguage(ctx, page, "es", "meeting form with a wrong date");
      await ctx.shot(page, "issue10-date-field-error-es");
      await new BasePage(page).switchLanguage("en");
      assert.match(await textOf(page, "#meeting-date-error"), /Enter a valid date, such as 15 Nov 2016/);
      await date.fill("3 March 2027");
      await date.press("Tab");
      assert.equal(await page.locator("#meeting-date-error").count(), 0);
      await new BasePage(page).switchLanguage("es");
      assert.equal(await date.inputValue(), "03/03/2027");
      await page.setViewportSize(phone);
      await assertNoSidewaysScroll(page, "meeting form at 360 px");
      await ctx.shot(page, "issue10-date-field-es-360");
    },
  },
  {
    name: "issue 10.10: an answer's file and a cooperation step's file go up with progress and can be cancelled, in both languages",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("country_officer", "HN"));
      const pdf = Buffer.concat([
        Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n", "latin1"),
        Buffer.alloc(1024 * 1024, 0x20),
        Buffer.from("%%EOF\n", "latin1"),
      ]);
      const base = new BasePage(page);
      const commitments = (await base.apiRequest("GET", "/api/v1/commitments?party=MEMBER_COUNTRIES")).json.items;
      const id = commitments.find((item) => item.status !== "done" && item.status !== "cancelled").id;
      const draft = await (await new CooperationFormPage(page).gotoNew()).save({
        partner: "OCAM",
        title_es: "Subida con progreso (prueba)",
        summary_es: "Solicitud para probar la subida de archivos.",
      });
      const requestId = draft.id();
      for (const language of languages) {
        // An answer with its evidence.
        await page.goto(`/commitments/${id}`);
        await page.locator(`#answer-${id}-text`).waitFor();
        await base.switchLanguage(language);
        await page.locator(`#answer-${id}-text`).fill(`Avance con evidencia (${language})`);
        await page.locator(`#answer-${id}-file`).setInputFiles({ name: `evidencia-${language}.pdf`, mimeType: "application/pdf", buffer: pdf });
        let hold = await holdPosts(page, `**/api/v1/commitments/${id}/updates`);
        await page.locator(`section.answer-form:has(#answer-${id}-title) button[type=submit]`).click();
        await page.locator(".answer-form .upload-progress").waitFor();
        await hold.seen;
        assert.match(await textOf(page, ".answer-form .upload-progress .progress-text"), language === "es" ? /^\d+ % · [\d,]+ de 1,0 MB$/ : /^\d+% · [\d.]+ of 1.0 MB$/);
        await ctx.expectAccessible(page, `an answer's upload under way (${language})`);
        await ctx.shot(page, `issue10-answer-upload-progress-${language}`);
        await page.locator(".answer-form .upload-progress button").click();
        await page.locator(".answer-form .upload-progress").waitFor({ state: "detached" });
        assert.match(await textOf(page, ".answer-form"), language === "es" ? /Se canceló la subida/ : /The upload was cancelled/);
        await hold.letGo();
        assert.equal(await page.locator(".timeline-item", { hasText: `Avance con evidencia (${language})` }).count(), 0, "nothing was saved");

        // A cooperation step with its letter.
        await page.goto(`/cooperation-requests/${requestId}`);
        await page.locator("#step-send-note").waitFor();
        await base.switchLanguage(language);
        await page.locator("#step-send-file").setInputFiles({ name: `nota-${language}.pdf`, mimeType: "application/pdf", buffer: pdf });
        hold = await holdPosts(page, `**/api/v1/cooperation-requests/${requestId}/send`);
        await page.locator(`[aria-labelledby="step-send-title"] button[type=submit], details:has(#step-send-title) button[type=submit]`).first().click();
        await page.locator(".upload-progress").waitFor();
        await hold.seen;
        await ctx.expectAccessible(page, `a cooperation step's upload under way (${language})`);
        await ctx.shot(page, `issue10-cooperation-upload-progress-${language}`);
        await page.locator(".upload-progress button").click();
        await page.locator(".upload-progress").waitFor({ state: "detached" });
        assert.match(await textOf(page, "main"), language === "es" ? /Se canceló la subida/ : /The upload was cancelled/);
        await hold.letGo();
        assert.equal(await page.locator("#step-send-note").count(), 1, "the request was not sent");
      }
    },
  },
  {
    name: "issue 10.4: the meeting page lists its agreements folded, so the summary, downloads and agreements fit in about two screens",
    async run(ctx) {
      const page = await signedIn(ctx, ctx.user("secretariat"), { viewport: desktop });
      const base = new BasePage(page);
      // The demo's meeting with the most agreements.
      const meetings = (await base.apiRequest("GET", "/api/v1/meetings")).json.items;
      let tallest = { id: 0, agreements: -1 };
      for (const item of meetings) {
        const detail = (await base.apiRequest("GET", `/api/v1/meetings/${item.id}`)).json;
        if (detail.agreements.length > tallest.agreements) tallest = { id: item.id, agreements: detail.agreements.length };
      }
      for (const language of languages) {
        await page.goto(`/meetings/${tallest.id}`);
        await page.locator("#agreements-title").waitFor();
        await inLanguage(ctx, page, language, "meeting page folded");
        const folded = await page.evaluate(() => document.documentElement.scrollHeight);
        // The summary, the downloads and the whole list of agreements end within about two screens.
        const listEnd = await page.evaluate(() => {
          const list = document.querySelector("ol.agreement-list");
          return list ? Math.round(list.getBoundingClientRect().bottom + window.scrollY) : 0;
        });
        assert.ok(listEnd <= 2 * desktop.height + 100, `${language}: the agreements end at ${listEnd} px (${tallest.agreements} agreements)`);
        assert.equal(await page.locator("details.agreement-fold[open]").count(), 0, "agreements start folded");
        assert.equal(await page.locator("details.agreement-fold").count(), tallest.agreements);
        await ctx.shot(page, `issue10-meeting-folded-${language}`);
        // One agreement opens with its commitments; "open all" opens every one, "fold all" folds them again.
        await page.locator("details.agreement-fold summary").first().click();
        await page.locator("details.agreement-fold[open] .agreement-text").first().waitFor();
        await page.locator(".fold-controls button").first().click();
        assert.equal(await page.locator("details.agreement-fold[open]").count(), tallest.agreements);
        const opened = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`    meeting ${tallest.id} at ${desktop.width} px (${language}): page ${folded} px folded (agreements end at ${listEnd} px), ${opened} px with every agreement open`);
        await inLanguage(ctx, page, language, "meeting page opened");
        await page.locator(".fold-controls button").nth(1).click();
        assert.equal(await page.locator("details.agreement-fold[open]").count(), 0);
      }
      // The address of one agreement opens it.
      const firstId = await page.locator("details.agreement-fold h3").first().getAttribute("id");
      await page.goto(`/meetings/${tallest.id}#${firstId}`);
      await page.locator(`details.agreement-fold[open] h3#${firstId}`).waitFor();
      await page.setViewportSize(phone);
      await page.goto(`/meetings/${tallest.id}`);
      await page.locator("#agreements-title").waitFor();
      await assertNoSidewaysScroll(page, "folded meeting at 360 px");
      await ctx.expectAccessible(page, "meeting page folded at 360 px");
      await ctx.shot(page, "issue10-meeting-folded-es-360");
    },
  },
];
