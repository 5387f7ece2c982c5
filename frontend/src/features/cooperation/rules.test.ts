import { describe, expect, it } from "vitest";
import { asCountryCode, asOrganizationCode } from "../../domain/ids";
import { aUser } from "../../domain/testing";
import { cooperationStates, type CooperationRequest, type CooperationState } from "./model";
import { byLongestWait, canEditDraft, canUseCooperation, groupByState, isCountrySide, nextStep, stepsFor, stepsFrom } from "./rules";

const secretariat = aUser({ role: "secretariat" });
const honduras = aUser({ role: "country_officer", country: asCountryCode("HN") });
const guatemala = aUser({ role: "country_officer", country: asCountryCode("GT") });
const observer = aUser({ role: "observer", organization: asOrganizationCode("IOM") });
const civilSociety = aUser({ role: "civil_society", organization: asOrganizationCode("RNCOM") });

const ofHonduras = (state: CooperationState) => ({ country: asCountryCode("HN"), state });

describe("who is offered cooperation requests", () => {
  it("offers them to the Secretariat and country officers only", () => {
    expect([secretariat, honduras, guatemala, observer, civilSociety].map(canUseCooperation)).toEqual([true, true, true, false, false]);
  });

  it("lets the requesting country and the Secretariat act; another country only reads", () => {
    expect(isCountrySide(honduras, ofHonduras("sent_to_secretariat"))).toBe(true);
    expect(isCountrySide(secretariat, ofHonduras("sent_to_secretariat"))).toBe(true);
    expect(isCountrySide(guatemala, ofHonduras("sent_to_secretariat"))).toBe(false);
    expect(stepsFor(guatemala, ofHonduras("sent_to_secretariat"))).toEqual([]);
  });
});

describe("the steps offered", () => {
  it("follows the server's state machine", () => {
    expect(cooperationStates.map((state) => stepsFrom(state))).toEqual([
      ["send", "withdraw"],
      ["forward", "withdraw"],
      ["answer", "withdraw"],
      ["close", "withdraw"],
      [],
      [],
    ]);
  });

  it("gives the country send and withdraw, and the Secretariat every step the state allows", () => {
    expect(stepsFor(honduras, ofHonduras("draft"))).toEqual(["send", "withdraw"]);
    expect(stepsFor(honduras, ofHonduras("sent_to_secretariat"))).toEqual(["withdraw"]);
    expect(stepsFor(honduras, ofHonduras("forwarded_to_partner"))).toEqual(["withdraw"]);
    expect(stepsFor(secretariat, ofHonduras("sent_to_secretariat"))).toEqual(["forward", "withdraw"]);
    expect(stepsFor(secretariat, ofHonduras("answered"))).toEqual(["close", "withdraw"]);
    expect(stepsFor(secretariat, ofHonduras("closed"))).toEqual([]);
  });

  it("lets only a draft be edited, by its country or the Secretariat", () => {
    expect(canEditDraft(honduras, ofHonduras("draft"))).toBe(true);
    expect(canEditDraft(secretariat, ofHonduras("draft"))).toBe(true);
    expect(canEditDraft(guatemala, ofHonduras("draft"))).toBe(false);
    expect(canEditDraft(honduras, ofHonduras("sent_to_secretariat"))).toBe(false);
  });

  it("says what comes next and who takes it", () => {
    expect(nextStep("draft")).toEqual({ action: "send", by: "country" });
    expect(nextStep("forwarded_to_partner")).toEqual({ action: "answer", by: "secretariat" });
    expect(nextStep("withdrawn")).toBeNull();
  });
});

describe("the Secretariat's list", () => {
  it("groups by state in the order of the workflow and puts the longest wait first", () => {
    const request = (state: CooperationState, since: string) => ({ state, state_since: since, waiting: null }) as Pick<CooperationRequest, "state" | "state_since" | "waiting">;
    const groups = groupByState([request("answered", "2026-09-01"), request("draft", "2026-09-02"), request("answered", "2026-08-01")]);
    expect(groups.map((group) => group.state)).toEqual(["draft", "answered"]);
    expect([...(groups[1]?.items ?? [])].sort(byLongestWait).map((item) => item.state_since)).toEqual(["2026-08-01", "2026-09-01"]);
  });
});
