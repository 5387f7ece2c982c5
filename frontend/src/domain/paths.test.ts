import { describe, expect, it } from "vitest";
import { asContactPointId, asCountryCode } from "./ids";
import { matchRoute, paths, safeNextPath } from "./paths";

describe("matchRoute", () => {
  it("matches every page of the foundation", () => {
    expect(matchRoute("/")).toEqual({ name: "home" });
    expect(matchRoute("/login")).toEqual({ name: "login" });
    expect(matchRoute("/contact-points")).toEqual({ name: "contactPoints" });
    expect(matchRoute("/contact-points/new")).toEqual({ name: "newContactPoint" });
    expect(matchRoute("/contact-points/12")).toEqual({ name: "contactPoint", id: 12 });
    expect(matchRoute("/contact-points/12/edit")).toEqual({ name: "editContactPoint", id: 12 });
    expect(matchRoute("/users/3")).toEqual({ name: "user", id: 3 });
    expect(matchRoute("/users/new")).toEqual({ name: "newUser" });
    expect(matchRoute("/audit/")).toEqual({ name: "audit" });
    expect(matchRoute("/account")).toEqual({ name: "account" });
  });
  it("matches the meeting, commitment, follow-up, notification and import pages", () => {
    expect(matchRoute("/meetings")).toEqual({ name: "meetings" });
    expect(matchRoute("/meetings/new")).toEqual({ name: "newMeeting" });
    expect(matchRoute("/meetings/4")).toEqual({ name: "meeting", id: 4 });
    expect(matchRoute("/meetings/4/edit")).toEqual({ name: "editMeeting", id: 4 });
    expect(matchRoute("/meetings/4/agreements/new")).toEqual({ name: "newAgreement", meeting: 4 });
    expect(matchRoute("/meetings/4/agreements/9/edit")).toEqual({ name: "editAgreement", meeting: 4, agreement: 9 });
    expect(matchRoute("/meetings/4/agreements/9/commitments/new")).toEqual({ name: "newCommitment", meeting: 4, agreement: 9 });
    expect(matchRoute("/meetings/4/agreements/9")).toEqual({ name: "notFound" });
    expect(matchRoute("/meetings/4/agreements/9/commitments/new/x")).toEqual({ name: "notFound" });
    expect(matchRoute("/commitments/12")).toEqual({ name: "commitment", id: 12 });
    expect(matchRoute("/commitments/12/edit")).toEqual({ name: "editCommitment", id: 12 });
    expect(matchRoute("/follow-up")).toEqual({ name: "followUp" });
    expect(matchRoute("/country/HN")).toEqual({ name: "country", code: "HN" });
    expect(matchRoute("/country/hn")).toEqual({ name: "notFound" });
    expect(matchRoute("/notifications")).toEqual({ name: "notifications" });
    expect(matchRoute("/imports/new")).toEqual({ name: "newImport" });
    expect(matchRoute("/imports/3")).toEqual({ name: "importReview", id: 3 });
  });
  it("refuses ids that are not positive integers and unknown paths", () => {
    expect(matchRoute("/contact-points/0")).toEqual({ name: "notFound" });
    expect(matchRoute("/contact-points/1e3")).toEqual({ name: "notFound" });
    expect(matchRoute("/contact-points/12/delete")).toEqual({ name: "notFound" });
    expect(matchRoute("/nope")).toEqual({ name: "notFound" });
  });
  it("round-trips the builders", () => {
    const id = asContactPointId(7);
    expect(matchRoute(paths.editContactPoint(id))).toEqual({ name: "editContactPoint", id: 7 });
    expect(paths.newContactPoint({ country: asCountryCode("HN") })).toBe("/contact-points/new?country=HN");
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
