// Page objects for meetings, agreements, commitments, the country page, the follow-up overview
// and the report import.
import { BasePage } from "./base.mjs";

/** The id at the end of the current address (/meetings/12 → 12). */
function idFrom(url, pattern) {
  const match = pattern.exec(new URL(url).pathname);
  if (!match) throw new Error(`no id in ${url}`);
  return Number(match[1]);
}

export class MeetingFormPage extends BasePage {
  async gotoNew() {
    await this.page.goto("/meetings/new");
    await this.settled();
    await this.page.locator("#meeting-body").waitFor();
    return this;
  }

  async gotoEdit(id) {
    await this.page.goto(`/meetings/${id}/edit`);
    await this.settled();
    await this.page.locator("#meeting-body").waitFor();
    return this;
  }

  /**
   * @param {{ body?: string, type?: string, title_es?: string, title_en?: string, city?: string, country?: string,
   *   date?: string, date_end?: string, video_link?: string, participants?: string[], agenda?: {es: string, en: string}[],
   *   report_status?: string, submitted_to?: string }} values
   */
  async fill(values) {
    const p = this.page;
    if (values.body !== undefined) await p.locator("#meeting-body").selectOption(values.body);
    if (values.type !== undefined) await p.locator("#meeting-type").selectOption(values.type);
    for (const name of ["video_link", "title_es", "title_en", "city", "date", "date_end"]) {
      if (values[name] !== undefined) await p.locator(`#meeting-${name}`).fill(values[name]);
    }
    if (values.country !== undefined) await p.locator("#meeting-country").selectOption(values.country);
    for (const code of values.participants ?? []) {
      const box = p.locator(`#meeting-participants-${code}, #meeting-organizations-${code}`);
      await box.check();
    }
    for (const [index, item] of (values.agenda ?? []).entries()) {
      await p.locator("button.add-agenda").click();
      await p.locator(`#meeting-agenda-${index}-es`).fill(item.es);
      await p.locator(`#meeting-agenda-${index}-en`).fill(item.en);
    }
    if (values.report_status !== undefined) await p.locator("#meeting-report_status").selectOption(values.report_status);
    if (values.submitted_to !== undefined) await p.locator("#meeting-submitted_to").selectOption(values.submitted_to);
  }

  /** Submits and waits for the meeting page; returns the meeting's id. */
  async save() {
    await this.page.locator("form.form button[type=submit]").click();
    await this.page.waitForURL(/\/meetings\/\d+$/);
    await this.settled();
    return idFrom(this.page.url(), /\/meetings\/(\d+)$/);
  }
}

export class MeetingPage extends BasePage {
  async goto(id) {
    await this.page.goto(`/meetings/${id}`);
    await this.settled();
    await this.page.locator("#agreements-title").waitFor();
    return this;
  }

  /** The agreement's article, by its number as the heading shows it. */
  agreement(number) {
    return this.page.locator(`li.agreement[data-number="${number}"] > article`);
  }

  /** Opens a folded agreement (the page lists them folded) and returns its article. */
  async open(number) {
    const article = this.agreement(number);
    const fold = article.locator("details.agreement-fold");
    if (!(await fold.evaluate((details) => /** @type {HTMLDetailsElement} */ (details).open))) await fold.locator("summary").click();
    await article.locator(".agreement-text").waitFor();
    return article;
  }

  /** The page's height in CSS pixels. */
  async height() {
    return this.page.evaluate(() => document.documentElement.scrollHeight);
  }

  async agreementNumbers() {
    return (await this.page.locator("h3.agreement-title").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
  }

  async missingTranslations() {
    return (await this.page.locator(".translations").innerText()).trim();
  }

  /** The agreement's id, read from its "add a commitment" link. */
  async agreementId(number) {
    const href = await this.agreement(number).locator('a[href$="/commitments/new"]').getAttribute("href");
    return idFrom(`http://x${href}`, /\/agreements\/(\d+)\/commitments\/new$/);
  }

  /** The report and calendar links of the downloads section. */
  async downloadLinks() {
    return this.page.locator(".download-list a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  }

  async fileNames() {
    return this.page.locator(".file-list .file-item a[download]").allInnerTexts();
  }
}

export class AgreementFormPage extends BasePage {
  async gotoNew(meetingId) {
    await this.page.goto(`/meetings/${meetingId}/agreements/new`);
    await this.settled();
    await this.page.locator("#agreement-number").waitFor();
    return this;
  }

  /** @param {{ number: string, heading?: boolean, verb?: string, text_es?: string, text_en?: string, parties?: string[] }} values */
  async create(values) {
    const p = this.page;
    await p.locator("#agreement-number").fill(values.number);
    if (values.heading) await p.locator("#agreement-heading").check();
    if (values.verb !== undefined && !values.heading) await p.locator("#agreement-verb").selectOption(values.verb);
    if (values.text_es !== undefined) await p.locator("#agreement-text_es").fill(values.text_es);
    if (values.text_en !== undefined) await p.locator("#agreement-text_en").fill(values.text_en);
    for (const code of values.parties ?? []) await p.locator(`#agreement-parties-${code}`).check();
    await p.locator("form.form button[type=submit]").click();
    await p.waitForURL(/\/meetings\/\d+(#agreement-\d+)?$/);
    await this.settled();
  }
}

export class CommitmentFormPage extends BasePage {
  async gotoNew(meetingId, agreementId) {
    await this.page.goto(`/meetings/${meetingId}/agreements/${agreementId}/commitments/new`);
    await this.settled();
    await this.page.locator("#commitment-party").waitFor();
    return this;
  }

  /** Types a deadline phrase and waits for the server's reading to show. */
  async typeDeadline(text) {
    await this.page.locator("#commitment-deadline").fill(text);
    await this.page.waitForFunction(() => {
      const box = document.querySelector("#commitment-deadline-reading");
      return box !== null && box.querySelector(".loading-inline") === null && /\S/.test(box.textContent ?? "");
    });
    // The reading arrives 400 ms after typing stops.
    await this.page.locator("#commitment-deadline-reading .badge-kind, #commitment-deadline-reading .field-error").first().waitFor();
    return (await this.page.locator("#commitment-deadline-reading").innerText()).replace(/\s+/g, " ").trim();
  }

  /** @param {{ party: string, action_es?: string, action_en?: string }} values */
  async fill(values) {
    await this.page.locator("#commitment-party").selectOption(values.party);
    if (values.action_es !== undefined) await this.page.locator("#commitment-action_es").fill(values.action_es);
    if (values.action_en !== undefined) await this.page.locator("#commitment-action_en").fill(values.action_en);
  }

  async save() {
    await this.page.locator("form.form button[type=submit]").click();
    await this.page.waitForURL(/\/meetings\/\d+(#agreement-\d+)?$/);
    await this.settled();
  }
}

export class CommitmentPage extends BasePage {
  async goto(id) {
    await this.page.goto(`/commitments/${id}`);
    await this.settled();
    return this;
  }

  /** The state shown in the answer grid for one country (by its name in the interface language). */
  async gridState(countryName) {
    const row = this.page.locator(".table-wrap-grid tbody tr", { has: this.page.locator("th", { hasText: countryName }) });
    return (await row.locator(".badge").innerText()).trim();
  }

  async deadline() {
    return (await this.page.locator(".details .deadline").first().innerText()).replace(/\s+/g, " ").trim();
  }

  form(id) {
    return new AnswerForm(this.page, this.page.locator(`section.answer-form:has(#answer-${id}-title)`), id);
  }
}

export class AnswerForm {
  constructor(page, scope, id) {
    this.page = page;
    this.scope = scope;
    this.id = id;
  }

  async fixedCountry() {
    return (await this.page.locator(`#answer-${this.id}-country.fixed-value`).innerText()).trim();
  }

  /** @param {{ text: string, links?: string[], done?: boolean }} values */
  async fill(values) {
    await this.page.locator(`#answer-${this.id}-text`).fill(values.text);
    if (values.links) await this.page.locator(`#answer-${this.id}-links`).fill(values.links.join("\n"));
    if (values.done) await this.page.locator(`#answer-${this.id}-done`).check();
  }

  async submit() {
    await this.scope.locator("button[type=submit]").click();
  }

  async fieldError(name) {
    const error = this.page.locator(`#answer-${this.id}-${name}-error`);
    await error.waitFor();
    return (await error.innerText()).trim();
  }

  async summary() {
    const summary = this.scope.locator(".error-summary:not(.empty)");
    await summary.waitFor();
    return (await summary.innerText()).trim();
  }
}

export class CountryPage extends BasePage {
  async goto(code) {
    await this.page.goto(`/country/${code}`);
    await this.settled();
    return this;
  }

  card(commitmentId) {
    return this.page.locator("li.commitment-card", { has: this.page.locator(`a[href="/commitments/${commitmentId}"]`) });
  }

  /** The section ("overdue", "pending", "done") a commitment is listed in. */
  async sectionOf(commitmentId) {
    return this.card(commitmentId).evaluate((li) => li.closest("section")?.getAttribute("aria-labelledby")?.replace("section-", "") ?? "");
  }

  async responseState(commitmentId) {
    return (await this.card(commitmentId).locator(".badge[class*='badge-response-']").innerText()).trim();
  }

  /** Opens the card's answer disclosure and returns its form. */
  async openAnswer(commitmentId) {
    const card = this.card(commitmentId);
    await card.locator("details.answer-disclosure > summary").click();
    return new AnswerForm(this.page, card.locator("section.answer-form"), commitmentId);
  }
}

export class ImportPage extends BasePage {
  async goto() {
    await this.page.goto("/imports/new");
    await this.settled();
    await this.page.locator("#import-file").waitFor();
    return this;
  }

  /** Uploads a file and waits for the review page; returns the import's id. */
  async upload(path) {
    await this.page.locator("#import-file").setInputFiles(path);
    await this.page.locator("form.form button[type=submit]").click();
    await this.page.waitForURL(/\/imports\/\d+$/);
    await this.settled();
    await this.page.locator(".review-agreement").first().waitFor();
    return idFrom(this.page.url(), /\/imports\/(\d+)$/);
  }
}

export class ImportReviewPage extends BasePage {
  async agreementCount() {
    return this.page.locator(".review-agreement").count();
  }

  async value(id) {
    return this.page.locator(`#${id}`).inputValue();
  }

  /** One agreement of the reading, by its position (0 first). */
  agreement(index) {
    return this.page.locator(".review-agreement").nth(index);
  }

  /** The deadlines the importer read in one agreement, as shown (phrase, kind and reading). */
  async deadlinesRead(index) {
    return (await this.agreement(index).locator(".review-source-title + ul").innerText()).trim();
  }

  /** The notice that the report was imported before ("" when there is none: ask once the reading is shown). */
  async duplicateNotice() {
    await this.page.locator(".review-agreement").first().waitFor();
    const notice = this.page.locator(".notice-warning", { has: this.page.locator(`a[href^="/meetings/"]`) });
    return (await notice.count()) > 0 ? (await notice.innerText()).trim() : "";
  }

  /** The meeting the duplicate notice links to. */
  async duplicateMeetingId() {
    const href = await this.page.locator(".notice-warning a[href^='/meetings/']").first().getAttribute("href");
    return idFrom(`http://x${href ?? ""}`, /\/meetings\/(\d+)$/);
  }

  /** Opens the "check before you save" step (the review's one submit button). */
  async openCheck() {
    await clickUntil(this.page.locator("form.form .form-actions-sticky button[type=submit]"), this.page.locator(".review-check"), "visible");
    return (await this.page.locator(".review-check").innerText()).replace(/\s+/g, " ").trim();
  }

  async backFromCheck() {
    await clickUntil(this.page.locator(".review-check button[type=button]"), this.page.locator(".review-check"), "detached");
  }

  /** The label of the button that saves, shown in the check step. */
  async confirmLabel() {
    await this.openCheck();
    const label = (await this.page.locator(".review-check button[type=submit]").innerText()).trim();
    await this.backFromCheck();
    return label;
  }

  /** What the review says of its draft on the server ("Revisión guardada a las …"). */
  async draftStatus() {
    return (await this.page.locator(".review-draft-status, .notice-warning:has(.button-small)").first().innerText()).trim();
  }

  /** Waits until the review's edits are saved on the server. */
  async draftSaved() {
    await this.page.locator(".review-draft-status", { hasText: /guardada a las|saved at/ }).waitFor();
  }

  /** What the server reads in the deadline field `id` while it is typed. */
  async deadlineReading(id) {
    const reading = this.page.locator(`#${id}-reading`);
    await reading.locator(".loading-inline").waitFor({ state: "detached" });
    return (await reading.innerText()).replace(/\s+/g, " ").trim();
  }

  async confirm() {
    await this.openCheck();
    await this.page.locator(".review-check button[type=submit]").click();
    await this.page.waitForURL(/\/meetings\/\d+$/);
    await this.settled();
    return idFrom(this.page.url(), /\/meetings\/(\d+)$/);
  }
}

/**
 * Clicks `button` and waits until `outcome` reaches `state`; if the click does not get there
 * within 5 s, activates the button from the keyboard instead (Enter on the focused button), as a
 * person would try again. On the CI machine, with both browser runs and the unit tests sharing
 * two cores, this review lost a click twice on PostgreSQL: once the click waited 15 s for the
 * button to be "stable" (no animation frame came), once it landed while the deadline readings
 * arriving above moved the page and the check never closed. The keyboard needs neither frames
 * nor a position. Opening and closing the check are each idempotent; a failure after the second
 * try is a real one.
 * @param {import("playwright-core").Locator} button
 * @param {import("playwright-core").Locator} outcome
 * @param {"visible" | "detached"} state
 */
async function clickUntil(button, outcome, state) {
  try {
    await button.click({ timeout: 5_000 });
    await outcome.waitFor({ state, timeout: 5_000 });
  } catch (error) {
    const first = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const missed = state === "detached" ? (await outcome.count()) > 0 : (await outcome.count()) === 0;
    // Said in the run's log (a "#" line), so that a lost click stays visible rather than hidden.
    console.log(`# ${missed ? "a click did not get there; pressing Enter on the button" : "a click got there late"}: ${first}`);
    if (missed) await button.press("Enter");
    await outcome.waitFor({ state });
  }
}
