// What every page of enlace has: a heading, the language switch, the main navigation, the user
// menu, and a way to wait until its data has loaded.

export class BasePage {
  /** @param {import("playwright-core").Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Waits for the page's <h1> and for every "Loading…" notice to be gone. */
  async settled() {
    await this.page.locator("h1").first().waitFor();
    await this.page.waitForFunction(() => document.querySelectorAll(".loading").length === 0);
  }

  async heading() {
    return (await this.page.locator("h1").first().innerText()).trim();
  }

  /** @param {"es" | "en"} language */
  async switchLanguage(language) {
    // As a person would, once the page has loaded: a click while the page was still loading was
    // lost once on a loaded machine (the header re-rendered under it).
    await this.settled();
    await this.page.locator(`.language-switch button[lang="${language}"]`).click();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    await this.settled();
  }

  async htmlLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** The hrefs of the main navigation's links. */
  async navigationLinks() {
    return this.page.locator("nav.main-nav .nav-list a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  }

  /** @param {string} href */
  async navigate(href) {
    const link = this.page.locator(`nav.main-nav a[href="${href}"]`);
    if (!(await link.isVisible())) await this.page.locator(".menu-button").click();
    await link.click();
    await this.page.waitForURL((url) => url.pathname === href);
    await this.settled();
  }

  async signOut() {
    // The user menu sits in the header on wide screens and in the folded menu on narrow ones.
    if (!(await this.page.locator(".user-menu button").filter({ visible: true }).count())) {
      await this.page.locator(".menu-button").click();
    }
    await this.page.locator(".user-menu button").filter({ visible: true }).click();
    await this.page.waitForURL(/\/login/);
  }

  /** The text of the error summary at the top of a form (empty when there is none). */
  async errorSummary(scope = this.page) {
    const summary = scope.locator(".error-summary:not(.empty)");
    return (await summary.count()) > 0 ? (await summary.first().innerText()).trim() : "";
  }

  /** The error shown next to a field, by the field's id. */
  async fieldError(id) {
    const error = this.page.locator(`#${id}-error`);
    return (await error.count()) > 0 ? (await error.innerText()).trim() : "";
  }

  /** A request made by the page itself, with its session cookie and CSRF token. */
  async apiRequest(method, path, body, headers = {}) {
    return this.page.evaluate(
      async ({ method, path, body, headers }) => {
        const session = await fetch("/api/v1/session", { headers: { Accept: "application/json" } });
        const csrf = session.ok ? (await session.json()).csrf_token : "";
        const response = await fetch(path, {
          method,
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, Accept: "application/json", ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        return { status: response.status, json, etag: response.headers.get("ETag") };
      },
      { method, path, body, headers },
    );
  }
}
