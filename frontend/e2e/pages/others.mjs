// Page objects for the simpler pages: they are visited, checked and photographed.
import { BasePage } from "./base.mjs";

export class SimplePage extends BasePage {
  /** @param {import("playwright-core").Page} page @param {string} path */
  constructor(page, path) {
    super(page);
    this.path = path;
  }

  async goto() {
    await this.page.goto(this.path);
    await this.settled();
    return this;
  }
}

export class UsersPage extends SimplePage {
  constructor(page) {
    super(page, "/users");
  }

  async rows() {
    return this.page.locator(".table tbody tr").count();
  }

  async firstUserHref() {
    return this.page.locator(".table tbody tr a").first().getAttribute("href");
  }
}

export class NewUserPage extends SimplePage {
  constructor(page) {
    super(page, "/users/new");
  }

  /** @param {{ email: string, name: string, role: string, country?: string, organization?: string }} user */
  async create({ email, name, role, country, organization }) {
    await this.page.locator("#user-email").fill(email);
    await this.page.locator("#user-name").fill(name);
    await this.page.locator("#user-role").selectOption(role);
    if (country) await this.page.locator("#user-country").selectOption(country);
    if (organization) await this.page.locator("#user-organization").selectOption(organization);
    await this.page.locator("form.form button[type=submit]").click();
  }

  async generatedPassword() {
    await this.page.locator("code.secret").waitFor();
    return (await this.page.locator("code.secret").innerText()).trim();
  }
}

export class AuditPage extends SimplePage {
  constructor(page) {
    super(page, "/audit");
  }

  async actions() {
    return this.page.locator(".audit-table tbody td code").allInnerTexts();
  }
}

export class AccountPage extends SimplePage {
  constructor(page) {
    super(page, "/account");
  }
}
