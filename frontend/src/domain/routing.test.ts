import { describe, expect, it } from "vitest";
import { asCountryCode, asMeetingId, type MeetingId } from "./ids";
import { countryCode, definePath, integerId, matchRoute, navigationFor, safeNextPath, sectionOf, withQuery, type RouteShape } from "./routing";
import { aUser } from "./testing";

const meeting = integerId(asMeetingId);

describe("definePath", () => {
  const agreement = definePath("/meetings/:meeting/agreements/:agreement/edit", { meeting, agreement: integerId((n) => n) });

  it("builds an address from typed parameters in the pattern's order", () => {
    expect(agreement.build(asMeetingId(4), 9)).toBe("/meetings/4/agreements/9/edit");
    expect(agreement.names).toEqual(["meeting", "agreement"]);
  });

  it("reads the parameters back, and nothing else", () => {
    expect(agreement.match("/meetings/4/agreements/9/edit")).toEqual({ meeting: 4, agreement: 9 });
    expect(agreement.match("/meetings/4/agreements/9/edit/")).toEqual({ meeting: 4, agreement: 9 });
    expect(agreement.match("/meetings/4/agreements/9")).toBeNull();
    expect(agreement.match("/meetings/4/agreements/9/edit/x")).toBeNull();
    expect(agreement.match("/meetings/x/agreements/9/edit")).toBeNull();
  });

  it("accepts only positive integer ids", () => {
    const path = definePath("/meetings/:id", { id: meeting });
    for (const text of ["0", "-1", "1e3", "01", "1.5", "12345678901234567", ""]) expect(path.match(`/meetings/${text}`)).toBeNull();
    expect(path.match("/meetings/12")).toEqual({ id: 12 });
  });

  it("percent-decodes segments before reading them and encodes what it writes", () => {
    const country = definePath("/country/:code", { code: countryCode });
    expect(country.match("/country/H%4E")).toEqual({ code: "HN" });
    expect(country.match("/country/%E0%A4%A")).toBeNull(); // badly encoded: no match, no exception
    expect(country.match("/country/hn")).toBeNull();
    const free = definePath("/notes/:name", { name: { parse: (text: string) => text, format: (value: string) => value } });
    expect(free.build("a/b c?d#")).toBe("/notes/a%2Fb%20c%3Fd%23");
    expect(free.match(free.build("a/b c?d#"))).toEqual({ name: "a/b c?d#" });
    expect(free.match("/notes/a/b")).toBeNull(); // an unencoded slash is another segment
  });

  it("refuses a pattern whose parameters and codecs disagree", () => {
    expect(() => definePath("/x/:id" as "/x", {} as never)).toThrow(/no segment codec for :id/);
    expect(() => definePath("/x", { id: meeting } as never)).toThrow(/unknown :id/);
    expect(() => definePath("x" as "/x")).toThrow(/must start with \//);
  });
});

describe("matching and navigation over a table", () => {
  const list = definePath("/meetings");
  const newMeeting = definePath("/meetings/new");
  const one = definePath("/meetings/:id", { id: meeting });
  const mine = definePath("/country/:code", { code: countryCode });
  const table: RouteShape[] = [
    { name: "home", path: definePath("/"), nav: { label: "nav.home", order: 10 } },
    { name: "meetings", path: list, nav: { label: "nav.meetings", order: 40 } },
    { name: "newMeeting", path: newMeeting, allowed: (user) => user.role === "secretariat" },
    { name: "meeting", path: one },
    { name: "commitment", path: definePath("/commitments/:id", { id: meeting }), section: "meetings" },
    {
      name: "country",
      path: mine,
      nav: { label: "nav.myCountry", order: 20, params: (user) => (user.country ? { code: user.country } : null) },
    },
    { name: "audit", path: definePath("/audit"), allowed: (user) => user.role === "secretariat", nav: { label: "nav.audit", order: 90 } },
  ];

  it("finds the route and its parameters, or nothing", () => {
    expect(matchRoute(table, "/meetings/new")?.route.name).toBe("newMeeting");
    expect(matchRoute(table, "/meetings/5")).toMatchObject({ route: { name: "meeting" }, params: { id: 5 } });
    expect(matchRoute(table, "/")?.route.name).toBe("home");
    expect(matchRoute(table, "/nope")).toBeNull();
    expect(matchRoute(table, "/meetings/5/nope")).toBeNull();
  });

  it("names a page's navigation section: its own, else its first segment", () => {
    expect(table.map(sectionOf)).toEqual(["home", "meetings", "meetings", "meetings", "meetings", "country", "audit"]);
  });

  it("offers each user the pages they may open, in order, with their own parameters", () => {
    const officer = aUser({ role: "country_officer", country: asCountryCode("HN") });
    expect(navigationFor(table, officer).map((item) => item.href)).toEqual(["/", "/country/HN", "/meetings"]);
    const secretariat = aUser({ role: "secretariat", country: null });
    expect(navigationFor(table, secretariat).map((item) => item.label)).toEqual(["nav.home", "nav.meetings", "nav.audit"]);
  });

  it("types the builder's arguments", () => {
    const id: MeetingId = asMeetingId(3);
    expect(one.build(id)).toBe("/meetings/3");
    expect(list.build()).toBe("/meetings");
  });
});

describe("withQuery", () => {
  it("adds only the values that are there", () => {
    expect(withQuery("/contact-points/new", { country: "HN", topic: undefined, network: "" })).toBe("/contact-points/new?country=HN");
    expect(withQuery("/login", {})).toBe("/login");
    expect(withQuery("/login", { next: "/meetings/4?x=1" })).toBe("/login?next=%2Fmeetings%2F4%3Fx%3D1");
  });
});

describe("safeNextPath", () => {
  it("follows only same-site paths after login", () => {
    expect(safeNextPath("/contact-points?country=HN")).toBe("/contact-points?country=HN");
    expect(safeNextPath("https://evil.example/")).toBe("/");
    expect(safeNextPath("//evil.example/")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath("/login?next=/x")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});
