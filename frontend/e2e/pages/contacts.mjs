import { BasePage } from "./base.mjs";

export class DirectoryPage extends BasePage {
  async goto(query = "") {
    await this.page.goto(`/contact-points${query}`);
    await this.settled();
    return this;
  }

  /** The names on the cards shown, in order. */
  async names() {
    return this.page.locator(".contact-card .card-title").allInnerTexts();
  }

  /** The card of one person. */
  card(name) {
    return this.page.locator(".contact-card", { has: this.page.locator(".card-title", { hasText: name }) });
  }

  async filter({ country = "", network = "", topic = "", status = "", history = false } = {}) {
    await this.page.locator("#filter-country").selectOption(country);
    await this.page.locator("#filter-network").selectOption(network);
    await this.page.locator("#filter-topic").selectOption(topic);
    await this.page.locator("#filter-status").selectOption(status);
    await this.page.locator("#filter-history").setChecked(history);
    await this.page.locator("form.filters button[type=submit]").click();
    await this.settled();
  }

  async csvHref() {
    return this.page.locator(".results-header a[download]").getAttribute("href");
  }

  /** Whether the directory offers "propose"; asked only once the directory's results are shown. */
  async hasProposeLink() {
    await this.page.locator(".results-header").waitFor();
    return (await this.page.locator('a[href="/contact-points/new"]').count()) > 0;
  }

  async open(name) {
    await this.card(name).locator(".card-title a").click();
    await this.page.waitForURL(/\/contact-points\/\d+$/);
    const page = new ContactPointPage(this.page);
    await page.settled();
    return page;
  }
}

export class ProposePage extends BasePage {
  async goto(query = "") {
    await this.page.goto(`/contact-points/new${query}`);
    await this.settled();
    await this.page.locator("form #cp-name").waitFor();
    return this;
  }

  /** True when the country is shown as fixed text rather than offered as a choice. */
  async countryIsFixed() {
    return (await this.page.locator("select#cp-country").count()) === 0 && (await this.page.locator("#cp-country.fixed-value").count()) === 1;
  }

  async fixedCountry() {
    return (await this.page.locator("#cp-country").innerText()).trim();
  }

  async fill(values) {
    const p = this.page;
    if (values.country !== undefined && (await p.locator("select#cp-country").count()) > 0) await p.locator("#cp-country").selectOption(values.country);
    if (values.network !== undefined) await p.locator("#cp-network").selectOption(values.network);
    if (values.topic !== undefined) await p.locator("#cp-topic").selectOption(values.topic);
    for (const name of ["name", "position", "institution", "email", "phone", "valid_from", "valid_to"]) {
      if (values[name] !== undefined) await p.locator(`#cp-${name}`).fill(values[name]);
    }
    if (values.languages !== undefined) {
      for (const code of ["es", "en"]) await p.locator(`#cp-languages-${code}`).setChecked(values.languages.includes(code));
    }
  }

  async value(name) {
    return this.page.locator(`#cp-${name}`).inputValue();
  }

  async submit() {
    await this.page.locator("form.form button[type=submit]").click();
  }

  /** Sends the form and waits for the new contact point's page. */
  async propose(values) {
    await this.fill(values);
    await this.submit();
    await this.page.waitForURL(/\/contact-points\/\d+$/);
    const page = new ContactPointPage(this.page);
    await page.settled();
    return page;
  }
}

export class ContactPointPage extends BasePage {
  async goto(id) {
    await this.page.goto(`/contact-points/${id}`);
    await this.settled();
    return this;
  }

  id() {
    return Number(new URL(this.page.url()).pathname.split("/")[2]);
  }

  async status() {
    return (await this.page.locator(".status-line .badge").innerText()).trim();
  }

  async notice() {
    const notice = this.page.locator(".notice").first();
    return (await notice.count()) > 0 ? (await notice.innerText()).trim() : "";
  }

  /** Whether confirm is offered; asked only once the record (its status) is shown. */
  async canConfirm() {
    await this.page.locator(".status-line .badge").waitFor();
    return (await this.page.locator("#confirm-title").count()) > 0;
  }

  async confirm() {
    const before = await this.status();
    const panel = this.page.locator(".action-panel", { has: this.page.locator("#confirm-title") });
    await panel.locator("button[type=submit]").click();
    await this.page.locator(".notice-success").waitFor();
    await this.statusChangedFrom(before);
  }

  /** Waits until the record shown has reloaded with another status. */
  async statusChangedFrom(before) {
    await this.page.waitForFunction(
      (previous) => document.querySelector(".status-line .badge")?.textContent?.trim() !== previous,
      before,
    );
    await this.settled();
  }

  async reject(reason) {
    await this.page.locator("#reject-reason").fill(reason);
    const panel = this.page.locator(".action-panel", { has: this.page.locator("#reject-title") });
    await panel.locator("button[type=submit]").click();
  }

  /** The history table: one row per term, newest first. */
  async history() {
    await this.page.locator("#history-title").waitFor();
    return this.page.locator(".history tbody tr").evaluateAll((rows) =>
      rows.map((row) => {
        const cells = Array.from(row.querySelectorAll("td"));
        return {
          name: cells[0]?.querySelector("a, strong")?.textContent?.trim() ?? "",
          status: cells[1]?.textContent?.trim() ?? "",
          from: cells[2]?.textContent?.trim() ?? "",
          to: cells[3]?.textContent?.trim() ?? "",
        };
      }),
    );
  }

  async edit() {
    await this.page.locator(`a[href="/contact-points/${this.id()}/edit"]`).click();
    const page = new EditContactPointPage(this.page);
    await page.settled();
    await this.page.locator("form #cp-name").waitFor();
    return page;
  }

  async proposeReplacement() {
    await this.page.locator('a[href^="/contact-points/new?"]').click();
    const page = new ProposePage(this.page);
    await page.settled();
    await this.page.locator("form #cp-name").waitFor();
    return page;
  }
}

export class EditContactPointPage extends ProposePage {
  async gotoEdit(id) {
    await this.page.goto(`/contact-points/${id}/edit`);
    await this.settled();
    return this;
  }

  async loadLatest() {
    await this.page.locator(".error-summary button").click();
    await this.page.locator(".field-saved").first().waitFor();
  }

  /** The "value saved now" shown under a field after a stale-version reload. */
  async savedValue(name) {
    // The field must be there before "no saved value under it" means anything.
    await this.page.locator(`#cp-${name}`).waitFor();
    const saved = this.page.locator(`#cp-${name}-saved strong`);
    return (await saved.count()) > 0 ? (await saved.innerText()).trim() : null;
  }
}
