import { describe, expect, it } from "vitest";
import { asAgreementId, asCommitmentId, asCountryCode, asMeetingId, asPartyCode, asVersion } from "./ids";
import {
  compareAgreementNumbers,
  countryStanding,
  daysUntil,
  deadlineView,
  displayStatus,
  groupByStanding,
  meetingCompletion,
  missingTranslations,
  parseLinks,
  sortCommitments,
  summarizeGrid,
  type Commitment,
  type CountryResponse,
} from "./meetings";

function aCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: asCommitmentId(1),
    agreement: asAgreementId(1),
    agreement_number: "7",
    meeting: asMeetingId(1),
    party: asPartyCode("MEMBER_COUNTRIES"),
    action: { es: "Enviar comentarios", en: "Submit comments" },
    deadline: { text: "in a two-month period", kind: "relative", due: "2017-01-15" },
    status: "open",
    progress: 0,
    overdue: false,
    version: asVersion(1),
    created_at: "2016-11-15T09:00:00Z",
    updated_at: "2016-11-15T09:00:00Z",
    ...overrides,
  };
}

const row = (country: string, state: CountryResponse["state"]): CountryResponse => ({
  country: asCountryCode(country),
  state,
  updated: state === "not_started" ? null : "2026-11-29T10:00:00Z",
  progress: state === "done" ? 100 : null,
});

describe("agreement numbers", () => {
  it("orders numbers as people read them", () => {
    const numbers = ["10", "2.b", "1", "2", "3", "2.a"];
    expect([...numbers].sort(compareAgreementNumbers)).toEqual(["1", "2", "2.a", "2.b", "3", "10"]);
  });
});

describe("deadlines", () => {
  it("shows a resolved date, with the event it came from", () => {
    expect(deadlineView({ text: "in a two-month period", kind: "relative", due: "2017-01-15" })).toEqual({
      type: "due",
      due: "2017-01-15",
      kind: "relative",
      event: null,
    });
    expect(
      deadlineView({ text: "at the next meeting of the RCGM", kind: "event", due: "2017-06-20", event: { body: "RCGM", which: "next" } }),
    ).toMatchObject({ type: "due", due: "2017-06-20", event: { body: "RCGM", which: "next" } });
  });

  it("says an event deadline is pending while the meeting is not scheduled", () => {
    expect(deadlineView({ text: "at the next meeting of the RCGM", kind: "event", due: null, event: { body: "RCGM", which: "next" } })).toEqual({
      type: "pendingEvent",
      event: { body: "RCGM", which: "next" },
    });
  });

  it("tells no deadline from a vague one", () => {
    expect(deadlineView({ text: "", kind: "vague", due: null })).toEqual({ type: "none", vague: false });
    expect(deadlineView({ text: "as soon as possible", kind: "vague", due: null })).toEqual({ type: "none", vague: true });
    expect(deadlineView(null)).toEqual({ type: "none", vague: false });
    expect(deadlineView({ text: "on an ongoing basis", kind: "standing", due: null })).toEqual({ type: "standing" });
  });

  it("counts whole days to a due date", () => {
    expect(daysUntil("2017-01-15", "2017-01-10")).toBe(5);
    expect(daysUntil("2017-01-15", "2017-01-15")).toBe(0);
    expect(daysUntil("2016-03-01", "2016-02-28")).toBe(2);
    expect(daysUntil("2017-01-15", "2026-11-29")).toBeLessThan(-3600);
  });
});

describe("commitment states", () => {
  it("derives overdue only for open work", () => {
    expect(displayStatus({ status: "open", overdue: true })).toBe("overdue");
    expect(displayStatus({ status: "in_progress", overdue: true })).toBe("overdue");
    expect(displayStatus({ status: "done", overdue: true })).toBe("done");
    expect(displayStatus({ status: "cancelled", overdue: false })).toBe("cancelled");
  });

  it("sorts overdue first, then by due date, undated next, closed last", () => {
    const items = [
      aCommitment({ id: asCommitmentId(1), status: "done", overdue: true }),
      aCommitment({ id: asCommitmentId(2), deadline: { text: "", kind: "vague", due: null } }),
      aCommitment({ id: asCommitmentId(3), deadline: { text: "x", kind: "date", due: "2027-03-01" } }),
      aCommitment({ id: asCommitmentId(4), overdue: true, deadline: { text: "x", kind: "date", due: "2017-02-28" } }),
      aCommitment({ id: asCommitmentId(5), overdue: true, deadline: { text: "x", kind: "date", due: "2017-01-15" } }),
      aCommitment({ id: asCommitmentId(6), deadline: { text: "x", kind: "date", due: "2026-12-10" } }),
    ];
    expect(sortCommitments(items).map((c) => c.id)).toEqual([5, 4, 6, 3, 2, 1]);
  });

  it("puts a member-countries commitment in a country's done list once that country is done", () => {
    const base = aCommitment({ overdue: true });
    expect(countryStanding({ ...base, response: row("HN", "answered") })).toBe("overdue");
    expect(countryStanding({ ...base, response: row("HN", "done") })).toBe("done");
    expect(countryStanding({ ...base, overdue: false })).toBe("pending");
    const groups = groupByStanding([base, { ...base, response: row("HN", "done") }, { ...base, overdue: false }]);
    expect([groups.overdue.length, groups.pending.length, groups.done.length]).toEqual([1, 1, 1]);
  });

  it("measures a meeting's completion without cancelled commitments", () => {
    expect(
      meetingCompletion([
        { status: "done", overdue: false },
        { status: "open", overdue: true },
        { status: "in_progress", overdue: false },
        { status: "cancelled", overdue: true },
      ]),
    ).toEqual({ total: 3, done: 1, overdue: 1, percent: 33 });
    expect(meetingCompletion([])).toEqual({ total: 0, done: 0, overdue: 0, percent: 0 });
  });
});

describe("answer grids", () => {
  it("counts who answered, who is done and who is missing", () => {
    const summary = summarizeGrid([row("BZ", "not_started"), row("HN", "answered"), row("MX", "done"), row("GT", "not_started")]);
    expect(summary).toEqual({
      total: 4,
      notStarted: 2,
      answered: 1,
      done: 1,
      responded: 2,
      respondedPercent: 50,
      donePercent: 25,
      missing: ["BZ", "GT"],
    });
  });

  it("is empty for a commitment of a single party", () => {
    expect(summarizeGrid([])).toMatchObject({ total: 0, respondedPercent: 0, donePercent: 0 });
  });
});

describe("translations and links", () => {
  it("counts agreement texts missing in each language", () => {
    expect(
      missingTranslations([
        { text: { es: "Agradecer", en: "Thank" } },
        { text: { es: null, en: "Thank IOM" } },
        { text: { es: "  ", en: "Review" } },
        { text: { es: "Revisar", en: null } },
      ]),
    ).toEqual({ es: 2, en: 1 });
  });

  it("reads one link per line", () => {
    expect(parseLinks(" https://a.example/x \n\n https://b.example \r\n")).toEqual(["https://a.example/x", "https://b.example"]);
  });
});
