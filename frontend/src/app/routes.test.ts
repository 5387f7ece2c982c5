// The real route table: every address a builder makes comes back to its own route with the
// same parameters, no two routes read the same address, unknown and malformed addresses match
// nothing, and each role is offered exactly the pages it may open.
import { describe, expect, it } from "vitest";
import { asAgreementId, asContactPointId, asCountryCode, asMeetingId, asOrganizationCode } from "../domain/ids";
import { matchRoute, mayOpen, navigationFor, sectionOf } from "../domain/routing";
import { aUser } from "../domain/testing";
import { contactPaths } from "../features/contacts";
import { meetingPaths } from "../features/meetings";
import { sessionPaths } from "../features/session";
import { routes } from "./routes";

/** A value for a parameter: the first sample text its codec accepts. */
function sampleArgs(route: (typeof routes)[number]): unknown[] {
  return route.path.names.map((name) => {
    const codec = route.path.segments[name];
    for (const text of ["7", "HN", "42"]) {
      const value = codec?.parse(text);
      if (value !== null && value !== undefined) return value;
    }
    throw new Error(`no sample value for :${name} of ${route.path.pattern}`);
  });
}

const build = (route: (typeof routes)[number], args: unknown[]) => (route.path.build as (...values: unknown[]) => string)(...args);

describe("the route table", () => {

  it("has unique names and unique patterns", () => {
    const names = routes.map((route) => route.name);
    expect(new Set(names).size).toBe(names.length);
    const patterns = routes.map((route) => route.path.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it.each(routes.map((route) => [route.name, route] as const))("round-trips %s: build → match gives the same route and parameters", (_name, route) => {
    const args = sampleArgs(route);
    const address = build(route, args);
    const match = matchRoute(routes, address);
    expect(match?.route.name).toBe(route.name);
    expect(match?.params).toEqual(Object.fromEntries(route.path.names.map((name, i) => [name, args[i]])));
    // The same address with a trailing slash is the same page.
    expect(matchRoute(routes, `${address}/`.replace("//", "/"))?.route.name).toBe(route.name);
  });

  it("never lets two routes read one address", () => {
    for (const route of routes) {
      const address = build(route, sampleArgs(route));
      const readers = routes.filter((other) => other.path.match(address) !== null).map((other) => other.name);
      expect({ address, readers }).toEqual({ address, readers: [route.name] });
    }
  });

  it("matches the pages of the foundation and of meetings, as before", () => {
    const named = (path: string) => {
      const match = matchRoute(routes, path);
      return match ? { name: match.route.name, ...match.params } : { name: "notFound" };
    };
    expect(named("/")).toEqual({ name: "home" });
    expect(named("/login")).toEqual({ name: "login" });
    expect(named("/contact-points")).toEqual({ name: "contactPoints" });
    expect(named("/contact-points/new")).toEqual({ name: "newContactPoint" });
    expect(named("/contact-points/12")).toEqual({ name: "contactPoint", id: 12 });
    expect(named("/contact-points/12/edit")).toEqual({ name: "editContactPoint", id: 12 });
    expect(named("/users/3")).toEqual({ name: "user", id: 3 });
    expect(named("/users/new")).toEqual({ name: "newUser" });
    expect(named("/audit/")).toEqual({ name: "audit" });
    expect(named("/account")).toEqual({ name: "account" });
    expect(named("/meetings")).toEqual({ name: "meetings" });
    expect(named("/meetings/new")).toEqual({ name: "newMeeting" });
    expect(named("/meetings/4")).toEqual({ name: "meeting", id: 4 });
    expect(named("/meetings/4/edit")).toEqual({ name: "editMeeting", id: 4 });
    expect(named("/meetings/4/agreements/new")).toEqual({ name: "newAgreement", meeting: 4 });
    expect(named("/meetings/4/agreements/9/edit")).toEqual({ name: "editAgreement", meeting: 4, agreement: 9 });
    expect(named("/meetings/4/agreements/9/commitments/new")).toEqual({ name: "newCommitment", meeting: 4, agreement: 9 });
    expect(named("/commitments/12")).toEqual({ name: "commitment", id: 12 });
    expect(named("/commitments/12/edit")).toEqual({ name: "editCommitment", id: 12 });
    expect(named("/follow-up")).toEqual({ name: "followUp" });
    expect(named("/country/HN")).toEqual({ name: "country", code: "HN" });
    expect(named("/notifications")).toEqual({ name: "notifications" });
    expect(named("/imports/new")).toEqual({ name: "newImport" });
    expect(named("/imports/3")).toEqual({ name: "importReview", id: 3 });
  });

  it("matches nothing for unknown and malformed addresses", () => {
    for (const path of [
      "/nope",
      "/meetings/4/agreements/9",
      "/meetings/4/agreements/9/commitments/new/x",
      "/contact-points/0",
      "/contact-points/1e3",
      "/contact-points/12/delete",
      "/country/hn",
      "/country/HND",
      "/imports",
      "/login/x",
      "/meetings/%E0%A4%A",
      "/users/new/x",
    ]) {
      expect({ path, match: matchRoute(routes, path)?.route.name ?? null }).toEqual({ path, match: null });
    }
  });

  it("builds the addresses pages link to", () => {
    expect(meetingPaths.editAgreement(asMeetingId(4), asAgreementId(9))).toBe("/meetings/4/agreements/9/edit");
    expect(contactPaths.editContactPoint(asContactPointId(7))).toBe("/contact-points/7/edit");
    expect(contactPaths.newContactPoint({ country: asCountryCode("HN") })).toBe("/contact-points/new?country=HN");
    expect(contactPaths.newContactPoint({ replaces: asContactPointId(3) })).toBe("/contact-points/new?replaces=3");
    expect(sessionPaths.login("/meetings/4")).toBe("/login?next=%2Fmeetings%2F4");
    expect(sessionPaths.login("/")).toBe("/login");
  });

  it("puts a commitment in the meetings section", () => {
    const section = (path: string) => {
      const match = matchRoute(routes, path);
      return match ? sectionOf(match.route) : null;
    };
    expect(section("/commitments/12")).toBe("meetings");
    expect(section("/commitments/12/edit")).toBe("meetings");
    expect(section("/meetings/4/agreements/new")).toBe("meetings");
    expect(section("/country/HN")).toBe("country");
    expect(section("/imports/3")).toBe("imports");
    expect(section("/")).toBe("home");
  });
});

describe("what each role is offered", () => {
  const secretariat = aUser({ role: "secretariat" });
  const honduras = aUser({ role: "country_officer", country: asCountryCode("HN") });
  const observer = aUser({ role: "observer", organization: asOrganizationCode("IOM") });
  const civilSociety = aUser({ role: "civil_society", organization: asOrganizationCode("RNCOM") });
  const labels = (user: typeof secretariat) => navigationFor(routes, user).map((item) => item.label);

  it("links only the pages a role can use", () => {
    // "/" is the follow-up overview for the TS and the country page for an officer: one entry each.
    expect(labels(secretariat)).toEqual([
      "nav.followUp",
      "nav.meetings",
      "nav.documents",
      "nav.cooperation",
      "nav.matrices",
      "nav.import",
      "nav.notifications",
      "nav.contactPoints",
      "nav.countries",
      "nav.organizations",
      "nav.users",
      "nav.audit",
    ]);
    expect(labels(honduras)).toEqual([
      "nav.myCountry",
      "nav.meetings",
      "nav.documents",
      "nav.cooperation",
      "nav.matrices",
      "nav.notifications",
      "nav.contactPoints",
      "nav.countries",
      "nav.organizations",
    ]);
    expect(navigationFor(routes, honduras).find((item) => item.label === "nav.myCountry")?.href).toBe("/country/HN");
    expect(labels(observer)).toContain("nav.contactPoints");
    expect(labels(observer)).not.toContain("nav.cooperation");
    expect(labels(civilSociety)).toEqual(["nav.home", "nav.meetings", "nav.documents", "nav.matrices", "nav.notifications", "nav.countries", "nav.organizations"]);
  });

  it("refuses the pages a role may not open, and offers none of them", () => {
    const refused = (user: typeof secretariat) => routes.filter((route) => !mayOpen(route, user)).map((route) => route.name);
    expect(refused(secretariat)).toEqual([]);
    expect(refused(honduras)).toEqual(["followUp", "newMeeting", "editMeeting", "newAgreement", "editAgreement", "newCommitment", "editCommitment", "newImport", "importReview", "newDocument", "users", "newUser", "user", "audit"]);
    expect(refused(civilSociety)).toContain("contactPoints");
    for (const user of [observer, civilSociety]) {
      expect(refused(user)).toEqual(expect.arrayContaining(["cooperationRequests", "newCooperationRequest", "cooperationRequest", "editCooperationRequest"]));
    }
    for (const user of [secretariat, honduras, observer, civilSociety]) {
      const offered = navigationFor(routes, user).map((item) => item.name);
      for (const name of offered) expect(refused(user)).not.toContain(name);
    }
  });
});
