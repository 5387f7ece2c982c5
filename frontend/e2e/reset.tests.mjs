// Browser tests of password reset by e-mail (issue 10): from the login page's "Forgot your
// password?" to the e-mail (read from the test server's SMTP sink, e2e/smtp_sink.mjs), its link,
// the new password with its rules and errors next to the fields, and signing in with it; a used
// link is refused in words; an unknown address gets the same answer and no e-mail. In Spanish and
// English, checked with axe. They run last: they change the civil-society account's password.

import assert from "node:assert/strict";
import { checkBothLanguages } from "./helpers.mjs";
import { BasePage } from "./pages/base.mjs";
import { LoginPage } from "./pages/login.mjs";

const newPassword = "una contraseña nueva y larga";

/**
 * The password-reset messages sent to `address`, waiting up to 10 s for `count` of them. Other
 * mail to the same person (a reminder or a notice sent by an earlier test) is not counted.
 */
async function resetMailTo(ctx, address, count = 1) {
  const found = () =>
    ctx.mail().filter((message) => message.to.includes(address) && /\/reset-password\?token=/.test(message.text));
  for (let i = 0; i < 100; i++) {
    if (found().length >= count) return found();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return found();
}

/** The path and query of the reset link in an e-mail's text. */
function resetPath(text) {
  const match = /https?:\/\/[^\s/]+(\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(text);
  assert.ok(match, `no reset link in:\n${text}`);
  return match[1];
}

/** @type {{ name: string, run: (ctx: any) => Promise<void> }[]} */
export const resetTests = [
  {
    name: "reset: a person who forgot the password asks from the login page, follows the e-mailed link, sees the rules and errors by the fields, and signs in with the new password",
    async run(ctx) {
      const user = ctx.user("civil_society");
      const { page } = await ctx.open();
      const base = new BasePage(page);
      await new LoginPage(page).goto();
      await page.getByRole("link", { name: "¿Olvidó su contraseña?" }).click();
      await page.waitForURL(/\/forgot-password$/);
      await page.locator("#forgot-email").waitFor();
      await checkBothLanguages(ctx, page, "forgot-password");

      // Nothing typed: the error is next to the field.
      await page.locator("form button[type=submit]").click();
      assert.match(await base.fieldError("forgot-email"), /correo/);
      await page.locator("#forgot-email").fill(user.email);
      await page.locator("form button[type=submit]").click();
      await page.getByText(`Si hay una cuenta con ${user.email}`).waitFor();

      const [message] = await resetMailTo(ctx, user.email);
      assert.ok(message, "the e-mail reached the sink");
      assert.match(message.text, /contraseña nueva/, "in the person's language (Spanish)");
      const path = resetPath(message.text);

      await page.goto(path);
      await page.locator("#reset-password").waitFor();
      assert.match(await page.locator("#reset-password-hint").innerText(), /12/, "the rules are shown");
      await checkBothLanguages(ctx, page, "reset-password");

      // The two passwords differ; then too short; then a common one (refused by the server).
      await page.locator("#reset-password").fill(newPassword);
      await page.locator("#reset-repeat_password").fill("otra cosa distinta");
      await page.locator("form button[type=submit]").click();
      assert.match(await base.fieldError("reset-repeat_password"), /no coinciden/);
      await page.locator("#reset-password").fill("corta");
      await page.locator("#reset-repeat_password").fill("corta");
      await page.locator("form button[type=submit]").click();
      assert.match(await base.fieldError("reset-password"), /12/);
      await page.locator("#reset-password").fill("password1234");
      await page.locator("#reset-repeat_password").fill("password1234");
      await page.locator("form button[type=submit]").click();
      await page.locator("#reset-password-error").waitFor();
      assert.match(await base.fieldError("reset-password"), /comunes/);

      await page.locator("#reset-password").fill(newPassword);
      await page.locator("#reset-repeat_password").fill(newPassword);
      await page.locator("form button[type=submit]").click();
      await page.getByText("Su contraseña nueva está guardada").waitFor();
      await ctx.expectAccessible(page, "reset-password done (es)");
      await page.getByRole("link", { name: "Iniciar sesión" }).click();
      const login = new LoginPage(page);
      await page.locator("#login-email").waitFor();
      await login.signIn({ email: user.email, password: newPassword });
      await base.signOut();

      // The link works once: the server's words say so, in the language of the page.
      await page.goto(path);
      await base.switchLanguage("en");
      await page.locator("#reset-password").fill("yet another long password");
      await page.locator("#reset-repeat_password").fill("yet another long password");
      await page.locator("form button[type=submit]").click();
      await page.locator(".error-summary:not(.empty)").waitFor();
      assert.match(await base.errorSummary(), /already been used/);
      await page.getByRole("link", { name: "Ask for a new link" }).waitFor();
    },
  },
  {
    name: "reset: an unknown address gets the same answer and no e-mail (in English)",
    async run(ctx) {
      const { page } = await ctx.open();
      const base = new BasePage(page);
      await page.goto("/forgot-password");
      await page.locator("#forgot-email").waitFor();
      await base.switchLanguage("en");
      await page.locator("#forgot-email").fill("nobody@enlace.example");
      await page.locator("form button[type=submit]").click();
      await page.getByText("If an account exists for nobody@enlace.example").waitFor();
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(ctx.mail().filter((message) => message.to.includes("nobody@enlace.example")).length, 0);

      // A link without its token says so instead of showing a form that cannot work.
      await page.goto("/reset-password");
      await page.getByText("This link is not complete").waitFor();
      await ctx.expectAccessible(page, "reset-password without token (en)");
    },
  },
];
