// Page objects of cooperation requests (M17): the list, the request form and one request.
import { BasePage } from "./base.mjs";

export class CooperationListPage extends BasePage {
  async goto(query = "") {
    await this.page.goto(`/cooperation-requests${query}`);
    await this.settled();
    // The list is shown once its first section (the country's, or the Secretariat's by state) is.
    await this.page.locator("#mine-title, #by-state-title").first().waitFor();
    await this.settled();
    return this;
  }

  /**
   * The row of a request, by its title, within a section ("mine", "others") or anywhere.
   * @param {string} title @param {string | null} [section]
   */
  row(title, section = null) {
    const scope = section ? this.page.locator(`section[aria-labelledby="${section}-title"]`) : this.page;
    return scope.locator("tr", { has: this.page.locator("a", { hasText: title }) });
  }

  /**
   * The cells of a request's row by column label (the data-label of each cell but the first).
   * @param {string} title @param {string | null} [section]
   */
  async cells(title, section = null) {
    const row = this.row(title, section);
    await row.waitFor();
    return row.locator("td").evaluateAll((cells) =>
      Object.fromEntries(cells.map((cell, index) => [cell.getAttribute("data-label") ?? (index === 0 ? "title" : `${index}`), (/** @type {HTMLElement} */ (cell)).innerText.trim()])),
    );
  }

  async hasNewLink() {
    await this.page.locator("h2").first().waitFor();
    return (await this.page.locator('a[href="/cooperation-requests/new"]').count()) > 0;
  }

  async filter({ state = "", partner = "", country = "" } = {}) {
    await this.page.locator("#filter-state").selectOption(state);
    await this.page.locator("#filter-partner").selectOption(partner);
    await this.page.locator("#filter-country").selectOption(country);
    await this.page.locator("form.filters button[type=submit]").click();
    await this.page.waitForURL(/\/cooperation-requests\?/);
    await this.settled();
  }

  /** The state groups shown (the Secretariat's view), by their heading's id. */
  async stateGroups() {
    return this.page.locator(".cooperation-state-group h3").evaluateAll((headings) => headings.map((h) => h.id.replace(/^state-/, "")));
  }

  /** @param {string} title @param {string | null} [section] */
  async open(title, section = null) {
    await this.row(title, section).locator("a").first().click();
    await this.page.waitForURL(/\/cooperation-requests\/\d+$/);
    const page = new CooperationRequestPage(this.page);
    await page.settled();
    return page;
  }
}

export class CooperationFormPage extends BasePage {
  async gotoNew() {
    await this.page.goto("/cooperation-requests/new");
    await this.settled();
    await this.page.locator("form #cr-title_es").waitFor();
    return this;
  }

  async gotoEdit(id) {
    await this.page.goto(`/cooperation-requests/${id}/edit`);
    await this.settled();
    await this.page.locator("form #cr-title_es").waitFor();
    return this;
  }

  /** True when the country is shown as fixed text rather than offered as a choice. */
  async countryIsFixed() {
    return (await this.page.locator("select#cr-country").count()) === 0 && (await this.page.locator("#cr-country.fixed-value").count()) === 1;
  }

  async fixedCountry() {
    return (await this.page.locator("#cr-country").innerText()).trim();
  }

  async fill(values) {
    const p = this.page;
    if (values.country !== undefined && (await p.locator("select#cr-country").count()) > 0) await p.locator("#cr-country").selectOption(values.country);
    if (values.partner !== undefined) await p.locator("#cr-partner").selectOption(values.partner);
    for (const name of ["title_es", "title_en", "summary_es", "summary_en"]) {
      if (values[name] !== undefined) await p.locator(`#cr-${name}`).fill(values[name]);
    }
  }

  async value(name) {
    return this.page.locator(`#cr-${name}`).inputValue();
  }

  /** The text shown beside a field after a stale-version reload: the value saved meanwhile. */
  async savedValue(name) {
    const saved = this.page.locator(`#cr-${name}-saved`);
    return (await saved.count()) > 0 ? (await saved.innerText()).trim() : "";
  }

  async submit() {
    await this.page.locator("form.form button[type=submit]").click();
  }

  /** Sends the form and waits for the request's page. */
  async save(values = {}) {
    await this.fill(values);
    await this.submit();
    await this.page.waitForURL(/\/cooperation-requests\/\d+$/);
    const page = new CooperationRequestPage(this.page);
    await page.settled();
    return page;
  }

  async loadLatest() {
    await this.page.locator(".error-summary button").click();
    await this.page.locator(".notice-warning").waitFor();
  }
}

export class CooperationRequestPage extends BasePage {
  async goto(id) {
    await this.page.goto(`/cooperation-requests/${id}`);
    await this.settled();
    await this.page.locator("#steps-title").waitFor();
    return this;
  }

  id() {
    return Number(new URL(this.page.url()).pathname.split("/")[2]);
  }

  async settled() {
    await super.settled();
    await this.page.locator("#steps-title").waitFor();
  }

  async state() {
    return (await this.page.locator(".status-line .badge").first().innerText()).trim();
  }

  async waiting() {
    return (await this.page.locator(".status-line .waiting").innerText()).trim();
  }

  /** The success or information notices shown, joined. */
  async notices() {
    return (await this.page.locator(".notice").allInnerTexts()).join("\n");
  }

  /** The steps offered, by action ("send", "forward", …), once the actions section is shown. */
  async offeredSteps() {
    await this.page.locator("#actions-title").waitFor();
    return this.page.locator("[id^='step-'][id$='-title']").evaluateAll((headings) => headings.map((h) => h.id.replace(/^step-|-title$/g, "")));
  }

  async canEdit() {
    await this.page.locator("#actions-title").waitFor();
    return (await this.page.locator(`a[href="/cooperation-requests/${this.id()}/edit"]`).count()) > 0;
  }

  /** The titles of the recorded steps, oldest first. */
  async stepTitles() {
    return (await this.page.locator(".step-list .step-title").allInnerTexts()).map((text) => text.trim());
  }

  async stepEntry(index) {
    return (await this.page.locator(".step-list .step").nth(index).innerText()).trim();
  }

  async fileLinks() {
    return this.page.locator(".step-files a").evaluateAll((links) => links.map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute("href") })));
  }

  /**
   * Takes a step with an optional note and file; waits until the request has moved on.
   * @param {string} action
   * @param {{ note?: string, file?: { name: string, mimeType: string, buffer: Buffer } | null }} [options]
   */
  async take(action, { note = "", file = null } = {}) {
    const panel = this.page.locator(`[aria-labelledby="step-${action}-title"], details:has(#step-${action}-title)`).first();
    if (action === "withdraw") await this.page.locator(`#step-${action}-title`).click();
    if (note) await this.page.locator(`#step-${action}-note`).fill(note);
    if (file) await this.page.locator(`#step-${action}-file`).setInputFiles(file);
    await panel.locator("button[type=submit]").click();
    // Taken: the request has moved on, so this step is no longer offered.
    await this.page.locator(`#step-${action}-title`).waitFor({ state: "detached" });
    await this.settled();
  }
}
