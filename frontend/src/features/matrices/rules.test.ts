import { describe, expect, it } from "vitest";
import type { User } from "../../domain/model";
import { canWorkOnColumn, isEditable, matches, progress } from "./rules";

const officer = (country: string) => ({ role: "country_officer", country }) as unknown as NonNullable<User>;
const secretariat = { role: "secretariat", country: null } as unknown as NonNullable<User>;

describe("matrices rules", () => {
  it("lets an officer work only on their own country's column, the Secretariat on any", () => {
    expect(canWorkOnColumn(officer("HN"), "HN")).toBe(true);
    expect(canWorkOnColumn(officer("GT"), "HN")).toBe(false);
    expect(canWorkOnColumn(secretariat, "GT")).toBe(true);
  });
  it("keeps a submitted or validated column closed to edits", () => {
    expect(isEditable("returned")).toBe(true);
    expect(isEditable("submitted")).toBe(false);
    expect(isEditable("validated")).toBe(false);
  });
  it("counts who has reported", () => {
    expect(progress([{ state: "submitted" }, { state: "validated" }, { state: "draft" }, { state: "not_started" }])).toEqual({
      reported: 2,
      validated: 1,
      total: 4,
    });
  });
  it("searches without accents or case", () => {
    expect(matches("Tráfico ilícito de migrantes", "trafico ILICITO")).toBe(true);
    expect(matches("Tráfico ilícito", "trata")).toBe(false);
  });
});
