// Scratch: before/after screenshots for issue 10 (not part of the suite).
import { startServer } from "./server.mjs";
import { openBrowser, closeBrowser, phone, desktop } from "./browser.mjs";
import { LoginPage } from "./pages/login.mjs";
import { BasePage } from "./pages/base.mjs";
import { resolve, join } from "node:path";
const out = process.argv[2];
const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
const repoRoot = resolve(import.meta.dirname, "../..");
const server = await startServer({ repoRoot });
const creds = server.credentials.users;
const user = (role, code) => creds.find((u) => u.role === role && (!code || u.country === code || u.organization === code));
async function session(u, viewport) {
  const s = await openBrowser({ baseUrl: server.baseUrl, viewport });
  const login = await new LoginPage(s.page).goto();
  await login.signIn(u);
  return s;
}
try {
  const sec = await session(user("secretariat"), desktop);
  const base = new BasePage(sec.page);
  const meetings = (await base.apiRequest("GET", "/api/v1/meetings")).json;
  const list = meetings.items ?? meetings;
  const fu = (await base.apiRequest("GET", "/api/v1/follow-up")).json;
  for (const g of fu.grids) console.log(g.commitment.id, g.commitment.status, g.commitment.progress, g.commitment.action.en);
  await sec.close();
  const meetingId = list[0].id;
  const pages = [
    ["follow-up", "secretariat", undefined, "/follow-up"],
    ["meeting", "secretariat", undefined, `/meetings/${meetingId}`],
    ["country-HN", "country_officer", "HN", `/country/HN`],
    ["home-observer", "observer", undefined, `/`],
    ["countries", "secretariat", undefined, `/countries`],
    ["audit", "secretariat", undefined, `/audit`],
    ["commitment-grid", "secretariat", undefined, `/commitments/2`],
    ["commitment-done", "secretariat", undefined, `/commitments/1`],
    ["meeting-big", "secretariat", undefined, `/meetings/2`],
    ["meeting-missing", "secretariat", undefined, `/meetings/99999`],
  ];
  for (const [name, role, code, path] of pages) {
    if (only && !only.test(name)) continue;
    for (const vp of [desktop, phone]) {
      const s = await session(user(role, code), vp);
      const b = new BasePage(s.page);
      for (const lang of ["es", "en"]) {
        await s.page.goto(path);
        await b.settled().catch(() => {});
        await b.switchLanguage(lang).catch(() => {});
        await s.page.waitForTimeout(300);
        await s.page.screenshot({ path: join(out, `${name}-${lang}-${vp.width}.png`), fullPage: true });
      }
      await s.close();
    }
  }
} finally {
  await closeBrowser();
  await server.stop();
}
