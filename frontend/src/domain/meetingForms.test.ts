import { describe, expect, it } from "vitest";
import { asMeetingId, asVersion } from "./ids";
import {
  agreementFieldFor,
  changedMeetingFields,
  commitmentFieldFor,
  emptyMeetingForm,
  meetingFieldFor,
  meetingFormValues,
  toAgreementInput,
  toMeetingInput,
  validateAgreementForm,
  validateMeetingForm,
} from "./meetingForms";
import type { Meeting } from "./meetings";

const meeting: Meeting = {
  id: asMeetingId(1),
  body: "SMUGGLING_TIP_NETWORK",
  type: "regular",
  title: { es: "Reunión", en: null },
  place: { city: "San Pedro Sula", country: "HN" },
  date: "2016-11-15",
  date_end: null,
  participants: ["HN", "IOM"],
  agenda: [{ es: "Matrices", en: null }],
  video_link: null,
  cancelled: false,
  report_status: "submitted",
  submitted_to: "RCGM",
  considered_at: null,
  files: [],
  version: asVersion(3),
  created_at: "2026-11-29T00:00:00Z",
  updated_at: "2026-11-29T00:00:00Z",
};

describe("meeting form", () => {
  it("round-trips a meeting, a missing language staying null", () => {
    const input = toMeetingInput(meetingFormValues(meeting));
    expect(input.title).toEqual({ es: "Reunión", en: null });
    expect(input.agenda).toEqual([{ es: "Matrices", en: null }]);
    expect(input.submitted_to).toBe("RCGM");
    expect(changedMeetingFields(input, input)).toEqual({});
  });

  it("sends only what changed, and drops a video link unless the meeting is virtual", () => {
    const values = { ...meetingFormValues(meeting), date: "2016-11-16", video_link: "https://meet.example/x" };
    const change = changedMeetingFields(toMeetingInput(meetingFormValues(meeting)), toMeetingInput(values));
    expect(change).toEqual({ date: "2016-11-16" });
    expect(toMeetingInput({ ...values, type: "virtual" }).video_link).toBe("https://meet.example/x");
  });

  it("drops empty agenda rows and the receiver of a draft report", () => {
    const values = { ...meetingFormValues(meeting), agenda: [{ es: "", en: " " }, { es: "", en: "Glossary" }], report_status: "draft" as const };
    const input = toMeetingInput(values);
    expect(input.agenda).toEqual([{ es: null, en: "Glossary" }]);
    expect(input.submitted_to).toBeNull();
  });

  it("checks required fields, dates, links and the report's receiver", () => {
    expect(validateMeetingForm(emptyMeetingForm)).toEqual({ body: "required", type: "required", city: "required", country: "required", date: "required" });
    expect(
      validateMeetingForm({
        ...meetingFormValues(meeting),
        type: "virtual",
        video_link: "meet.example",
        date_end: "2016-11-01",
        report_status: "considered",
        submitted_to: "",
      }),
    ).toEqual({ date_end: "dateOrder", video_link: "invalidUrl", submitted_to: "required", considered_at: "required" });
  });

  it("lets a virtual meeting have no place", () => {
    expect(validateMeetingForm({ ...emptyMeetingForm, body: "SMUGGLING_TIP_NETWORK", type: "virtual", date: "2026-11-11" })).toEqual({});
  });

  it("maps the server's nested field names onto the form's", () => {
    expect(meetingFieldFor("place.city")).toBe("city");
    expect(meetingFieldFor("title.en")).toBe("title_en");
    expect(meetingFieldFor("agenda[2].es")).toBe("agenda");
    expect(meetingFieldFor("nonsense")).toBeNull();
    expect(agreementFieldFor("text.en")).toBe("text_en");
    expect(agreementFieldFor("text")).toBe("text_es");
    expect(commitmentFieldFor("deadline.text")).toBe("deadline");
    expect(commitmentFieldFor("action.es")).toBe("action_es");
  });
});

describe("agreement form", () => {
  it("sends a heading without verb or parties", () => {
    expect(toAgreementInput({ number: " 2 ", heading: true, verb: "thank", text_es: "", text_en: "Regarding:", parties: ["IOM"] })).toEqual({
      number: "2",
      heading: true,
      verb: null,
      text: { es: null, en: "Regarding:" },
      parties: [],
    });
  });

  it("checks the number and that one language is there", () => {
    expect(validateAgreementForm({ number: "2.a", heading: true, verb: "", text_es: "", text_en: "", parties: [] })).toEqual({
      heading: "headingTopLevel",
      text_es: "oneLanguage",
    });
    expect(validateAgreementForm({ number: "two", heading: false, verb: "", text_es: "x", text_en: "", parties: [] })).toEqual({ number: "invalidNumber" });
  });
});

describe("the number a new agreement is offered", () => {
  it("is the one after the highest top-level number", async () => {
    const { nextAgreementNumber } = await import("./meetingForms");
    expect(nextAgreementNumber([])).toBe("1");
    expect(nextAgreementNumber(["1", "2", "2.a", "4.b", "3"])).toBe("5");
    expect(nextAgreementNumber(["10", "9"])).toBe("11");
  });
});
