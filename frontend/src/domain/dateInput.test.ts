import { describe, expect, it } from "vitest";
import { addDays, formatDateInput, parseDateInput } from "./dateInput";

describe("dates typed in the interface language", () => {
  it("shows an ISO date as the interface writes it", () => {
    expect(formatDateInput("2016-11-15", "es")).toBe("15/11/2016");
    expect(formatDateInput("2016-11-05", "en")).toBe("5 Nov 2016");
    expect(formatDateInput("15/11", "es")).toBe("15/11");
  });

  it("reads Spanish dates day first, with or without the month's name", () => {
    for (const text of ["15/11/2016", "15-11-2016", "15 de noviembre de 2016", "15 nov 2016", "15 Nov. 2016", "2016-11-15", " 15/11/2016 "]) {
      expect(parseDateInput(text, "es")).toEqual({ kind: "date", iso: "2016-11-15" });
    }
    expect(parseDateInput("5/3/2019", "es")).toEqual({ kind: "date", iso: "2019-03-05" });
  });

  it("reads English dates by the month's name, never guessing a numeric order", () => {
    for (const text of ["15 Nov 2016", "15 November 2016", "Nov 15, 2016", "november 15 2016", "2016-11-15"]) {
      expect(parseDateInput(text, "en")).toEqual({ kind: "date", iso: "2016-11-15" });
    }
    expect(parseDateInput("03/04/2019", "en")).toEqual({ kind: "invalid" });
  });

  it("refuses days that do not exist and words that are not dates", () => {
    expect(parseDateInput("31/06/2019", "es")).toEqual({ kind: "invalid" });
    expect(parseDateInput("29 Feb 2019", "en")).toEqual({ kind: "invalid" });
    expect(parseDateInput("29 Feb 2020", "en")).toEqual({ kind: "date", iso: "2020-02-29" });
    expect(parseDateInput("mañana", "es")).toEqual({ kind: "invalid" });
    expect(parseDateInput("15 smarch 2016", "en")).toEqual({ kind: "invalid" });
    expect(parseDateInput("   ", "es")).toEqual({ kind: "empty" });
  });

  it("moves a date by days for the arrow keys", () => {
    expect(addDays("2016-12-31", 1)).toBe("2017-01-01");
    expect(addDays("2016-03-01", -1)).toBe("2016-02-29");
  });
});
