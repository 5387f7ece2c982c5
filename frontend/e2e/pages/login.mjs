import { BasePage } from "./base.mjs";

export class LoginPage extends BasePage {
  async goto() {
    await this.page.goto("/login");
    await this.page.locator("#login-email").waitFor();
    return this;
  }

  /** Fills and sends the form; does not wait for the outcome. */
  async submit(email, password) {
    await this.page.locator("#login-email").fill(email);
    await this.page.locator("#login-password").fill(password);
    await this.page.locator("form button[type=submit]").click();
  }

  /** Signs in and waits for the signed-in shell. */
  async signIn(user) {
    await this.submit(user.email, user.password);
    await this.page.locator("nav.main-nav").waitFor({ state: "attached" });
    await this.settled();
  }

  /** Signs in with an initial password, chooses `newPassword` at the step that asks for it, and waits for the shell. */
  async signInChangingInitialPassword(user, newPassword) {
    await this.submit(user.email, user.password);
    await this.page.locator("#signin-password-new_password").fill(newPassword);
    await this.page.locator("#signin-password-repeat_password").fill(newPassword);
    await this.page.locator("form button[type=submit]").click();
    await this.page.locator("nav.main-nav").waitFor({ state: "attached" });
    await this.settled();
  }

  async emailValue() {
    return this.page.locator("#login-email").inputValue();
  }
}
