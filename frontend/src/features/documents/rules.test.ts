import { describe, expect, it } from "vitest";
import { asCountryCode, asOrganizationCode } from "../../domain/ids";
import { aUser } from "../../domain/testing";
import { accessLevels } from "./model";
import { canManageDocuments, mayRead } from "./rules";

const secretariat = aUser({ role: "secretariat" });
const honduras = aUser({ role: "country_officer", country: asCountryCode("HN") });
const observer = aUser({ role: "observer", organization: asOrganizationCode("IOM") });
const civilSociety = aUser({ role: "civil_society", organization: asOrganizationCode("RNCOM") });

describe("who reads a document of each access level (as the server's policy)", () => {
  it("opens each level to its readers only", () => {
    const table = [null, secretariat, honduras, observer, civilSociety].map((user) => accessLevels.map((level) => mayRead(user, level)));
    expect(table).toEqual([
      [true, false, false, false],
      [true, true, true, true],
      [true, true, true, false],
      [true, true, false, false],
      [true, true, false, false],
    ]);
  });

  it("offers the Secretariat alone to add, upload and distribute", () => {
    expect([null, secretariat, honduras, observer, civilSociety].map(canManageDocuments)).toEqual([false, true, false, false, false]);
  });
});
