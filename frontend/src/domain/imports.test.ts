import { describe, expect, it } from "vitest";
import {
  dropUnresolved,
  mapUnresolved,
  readingFromReview,
  reviewCheck,
  reviewCounts,
  reviewFromReading,
  unresolvedNames,
  validateReview,
  type ImportReading,
} from "./imports";

const reading: ImportReading = {
  language: "en",
  title: "Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons",
  body: "Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons",
  body_code: "SMUGGLING_TIP_NETWORK",
  meeting_type: "regular",
  place: { city: "San Pedro Sula", country: "HN" },
  date: "2016-11-15",
  date_end: null,
  participants: ["CA", "CR", "HN"],
  submitted_to: "RCGM",
  warnings: [],
  format: "text",
  encoding: "utf-8",
  agreements: [
    { number: "2", printed_number: "2.", heading: true, verb: null, parties: [], text: "Regarding the update:", deadlines: [], commitments: [] },
    {
      number: "7",
      printed_number: "7.",
      heading: false,
      verb: "review",
      parties: ["MEMBER_COUNTRIES", "TS"],
      text: "Review the Glossary of the RCM.",
      warnings: ["party unsure"],
      deadlines: [{ text: "in a two-month period", kind: "relative", due: "2017-01-15" }],
      commitments: [
        { party: "MEMBER_COUNTRIES", action: "submit comments", deadline: "in a two-month period" },
        { party: "TS", action: "circulate", deadline: null },
      ],
    },
  ],
};

describe("import review", () => {
  it("maps every field of the reading onto the form, blanks for what is missing", () => {
    const values = reviewFromReading(reading);
    expect(values).toMatchObject({
      language: "en",
      body: "SMUGGLING_TIP_NETWORK",
      type: "regular",
      city: "San Pedro Sula",
      country: "HN",
      date: "2016-11-15",
      date_end: "",
      participants: ["CA", "CR", "HN"],
      submitted_to: "RCGM",
    });
    expect(values.agreements[0]).toMatchObject({ number: "2", heading: true, verb: "", source: "Regarding the update:" });
    expect(values.agreements[1]?.commitments).toEqual([
      { party: "MEMBER_COUNTRIES", action: "submit comments", deadline: "in a two-month period" },
      { party: "TS", action: "circulate", deadline: "" },
    ]);
    expect(values.agreements[1]?.warnings).toEqual(["party unsure"]);
    expect(reviewCounts(values)).toEqual({ agreements: 2, commitments: 2, warnings: 1 });
  });

  it("gives back the reading's shape with the edits, blanks as null, and keeps what it does not show", () => {
    const values = reviewFromReading(reading);
    values.city = "  San Pedro Sula, Cortés ";
    values.agreements[1]!.text = "Review the Glossary of the RCM (edited).";
    values.agreements[1]!.verb = "";
    values.agreements[1]!.commitments[1]!.deadline = "at the next meeting of the RCGM";
    const back = readingFromReview(reading, values);
    expect(back.place).toEqual({ city: "San Pedro Sula, Cortés", country: "HN" });
    expect(back.format).toBe("text");
    expect(back.date_end).toBeNull();
    expect(back.agreements[1]).toMatchObject({
      number: "7",
      printed_number: "7.",
      verb: null,
      text: "Review the Glossary of the RCM (edited).",
      deadlines: [{ text: "in a two-month period", kind: "relative", due: "2017-01-15" }],
      commitments: [
        { party: "MEMBER_COUNTRIES", action: "submit comments", deadline: "in a two-month period" },
        { party: "TS", action: "circulate", deadline: "at the next meeting of the RCGM" },
      ],
    });
    expect(back.agreements[1]).not.toHaveProperty("source");
  });

  it("unmodified, the review gives back the same reading", () => {
    expect(readingFromReview(reading, reviewFromReading(reading))).toEqual({
      ...reading,
      agreements: reading.agreements.map((a) => ({ ...a, commitments: a.commitments ?? [] })),
    });
  });

  it("checks required fields, dates and duplicate numbers before confirming", () => {
    const values = reviewFromReading({ ...reading, body_code: null, date: "2016-11-31", meeting_type: "seminar" });
    values.agreements[1]!.number = "2";
    values.agreements[1]!.commitments[0]!.party = "";
    expect(validateReview(values)).toEqual({
      body: "required",
      type: "required",
      date: "invalidDate",
      "agreements.1.number": "numberTaken",
      "agreements.1.commitments.0.party": "required",
    });
  });
});

describe("server paths into the review", () => {
  it("names the review's fields the way the server's 422 and problems do", async () => {
    const { reviewKey } = await import("./imports");
    expect(reviewKey("agreements[3].commitments[0].party")).toBe("agreements-3-commitments-0-party");
    expect(reviewKey("agreements[3].text")).toBe("agreements-3-text");
    expect(reviewKey("reading.agreements[3].number")).toBe("agreements-3-number");
    expect(reviewKey("place.city")).toBe("city");
    expect(reviewKey("body_code")).toBe("body");
    expect(reviewKey("meeting_type")).toBe("type");
    expect(reviewKey("title")).toBe("title");
  });

  it("sends the title when the reading has one", () => {
    const values = reviewFromReading({ ...reading, title: "Liaison Officer Network" });
    expect(values.title).toBe("Liaison Officer Network");
    values.title = "Liaison Officer Network meeting, San Pedro Sula";
    expect(readingFromReview({ ...reading, title: "Liaison Officer Network" }, values).title).toBe("Liaison Officer Network meeting, San Pedro Sula");
  });

  it("reopens a saved review with its edits, beside the source text as read (issue 10, item 9)", () => {
    const edited = reviewFromReading(reading);
    edited.title = "Edited title";
    edited.city = "Tegucigalpa";
    edited.agreements[1]!.text = "Review the Glossary, edited.";
    edited.agreements[1]!.commitments[1]!.deadline = "before 30 June 2017";
    const draft = readingFromReview(reading, edited);
    const reopened = reviewFromReading(reading, draft);
    expect(reopened.title).toBe("Edited title");
    expect(reopened.city).toBe("Tegucigalpa");
    expect(reopened.agreements[1]!.text).toBe("Review the Glossary, edited.");
    expect(reopened.agreements[1]!.source).toBe("Review the Glossary of the RCM.");
    expect(reopened.agreements[1]!.warnings).toEqual(["party unsure"]);
    expect(reopened.agreements[1]!.commitments[1]!.deadline).toBe("before 30 June 2017");
    expect(reviewFromReading(reading, null)).toEqual(reviewFromReading(reading));
  });

  it("counts what confirming will save for the check before saving", () => {
    const check = reviewCheck(reviewFromReading(reading));
    expect(check).toEqual({
      agreements: 2,
      headings: 1,
      commitments: 2,
      byParty: [
        { party: "MEMBER_COUNTRIES", count: 1 },
        { party: "TS", count: 1 },
      ],
      withoutDeadline: 1,
      warned: 1,
    });
  });

  it("lists the names the importer could not resolve, maps one to a code as an alias and drops another", () => {
    const flagged: ImportReading = {
      ...reading,
      agreements: [
        {
          number: "1",
          heading: false,
          verb: "thank",
          parties: ["TS", { unresolved: "Border Studies Office" }, { unresolved: "the Panel" }],
          text: "Thank the TS, the Border Studies Office and the Panel.",
          deadlines: [],
          commitments: [{ party: "Border Studies Office", action: "share its study", deadline: null }],
        },
        { number: "2", heading: false, verb: "ask", parties: [{ unresolved: "Border Studies Office" }], text: "Ask the Border Studies Office.", deadlines: [], commitments: [] },
      ],
    };
    const values = reviewFromReading(flagged);
    expect(values.agreements[0]?.parties).toEqual(["TS"]);
    expect(unresolvedNames(values)).toEqual([
      { name: "Border Studies Office", agreements: ["1", "2"] },
      { name: "the Panel", agreements: ["1"] },
    ]);
    // Unmapped, the names go back flagged, as the server reads them.
    expect(readingFromReview(flagged, values).agreements[0]?.parties).toEqual(["TS", { unresolved: "Border Studies Office" }, { unresolved: "the Panel" }]);
    const mapped = dropUnresolved(mapUnresolved(values, "Border Studies Office", "IOM"), "the Panel");
    expect(unresolvedNames(mapped)).toEqual([]);
    const back = readingFromReview(flagged, mapped);
    expect(back.agreements[0]?.parties).toEqual(["TS", "IOM"]);
    expect(back.agreements[0]?.commitments?.[0]?.party).toBe("IOM");
    expect(back.agreements[1]?.parties).toEqual(["IOM"]);
    expect(back.aliases).toEqual([{ name: "Border Studies Office", code: "IOM" }]);
    expect(readingFromReview(reading, reviewFromReading(reading)).aliases).toBeUndefined();
  });
});
