import { describe, expect, it } from "vitest";
import {
  canEditContactPoint,
  canEndContactPoint,
  canProposeContactPoints,
  canReadContactPoints,
  canReviewContactPoint,
  fixedProposalCountry,
  answeringCountry,
  canAnswerCommitment,
  canManageMeetings,
} from "./access";
import { asCountryCode, asOrganizationCode } from "./ids";
import { aContactPoint, aUser } from "./testing";

const secretariat = aUser({ role: "secretariat" });
const honduras = aUser({ role: "country_officer", country: asCountryCode("HN") });
const observer = aUser({ role: "observer", organization: asOrganizationCode("IOM") });
const civilSociety = aUser({ role: "civil_society", organization: asOrganizationCode("RNCOM") });

describe("what each role is offered", () => {
  it("hides the contact-point directory from civil society", () => {
    expect(canReadContactPoints(civilSociety)).toBe(false);
    expect(canReadContactPoints(observer)).toBe(true);
  });

  it("fixes an officer's proposals to their own country", () => {
    expect(fixedProposalCountry(honduras)).toBe("HN");
    expect(fixedProposalCountry(secretariat)).toBeNull();
    expect(canProposeContactPoints(observer)).toBe(false);
  });

  it("lets an officer edit only their own country's current terms", () => {
    expect(canEditContactPoint(honduras, aContactPoint({ country: asCountryCode("HN") }))).toBe(true);
    expect(canEditContactPoint(honduras, aContactPoint({ country: asCountryCode("GT") }))).toBe(false);
    expect(canEditContactPoint(honduras, aContactPoint({ status: "ended" }))).toBe(false);
    expect(canEndContactPoint(honduras, aContactPoint({ status: "proposed" }))).toBe(false);
  });

  it("lets the party's own people and the TS answer a commitment, an officer for their own country only", () => {
    const all = { party: "MEMBER_COUNTRIES" };
    expect(canAnswerCommitment(honduras, all)).toBe(true);
    expect(answeringCountry(honduras, all)).toBe("HN");
    expect(canAnswerCommitment(honduras, { party: "HN" })).toBe(true);
    expect(canAnswerCommitment(honduras, { party: "GT" })).toBe(false);
    expect(canAnswerCommitment(honduras, { party: "TS" })).toBe(false);
    expect(canAnswerCommitment(secretariat, { party: "GT" })).toBe(true);
    expect(answeringCountry(secretariat, all)).toBeNull();
    expect(canAnswerCommitment(observer, { party: "IOM" })).toBe(true);
    expect(canAnswerCommitment(observer, all)).toBe(false);
    expect(canManageMeetings(secretariat)).toBe(true);
    expect(canManageMeetings(honduras)).toBe(false);
  });

  it("offers confirm and reject to the secretariat only, on proposals only", () => {
    expect(canReviewContactPoint(secretariat, aContactPoint({ status: "proposed" }))).toBe(true);
    expect(canReviewContactPoint(secretariat, aContactPoint({ status: "confirmed" }))).toBe(false);
    expect(canReviewContactPoint(honduras, aContactPoint({ status: "proposed" }))).toBe(false);
  });
});
