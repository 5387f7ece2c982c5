// Report import (M5): the importer's reading of a report, and the review form built from it.
// The review keeps every field editable; what goes back to the server is the same shape as the
// reading (unknown fields the importer added are carried through untouched).

import type { ImportId, MeetingId } from "./ids";
import { isIsoDate } from "./dates";
import { isLanguage, type Language } from "./language";
import type { Branded, Wire } from "./wire";
import { meetingTypes, type Deadline, type MeetingType } from "./meetings";

/** The reading as the importer made it (kept for review): Import.reading. */
export type ImportReading = Wire<"ImportReading">;
export type ReadingAgreement = ImportReading["agreements"][number];
export type ReadingCommitment = ReadingAgreement["commitments"][number];
/** The reviewed reading as it goes back to POST /imports/{id}/confirm. */
export type ReviewedReading = Wire<"ImportReadingInput">;

export type ImportProblem = Wire<"Import">["problems"][number];

export type ImportRecord = Branded<
  Wire<"Import">,
  { id: ImportId; meeting: MeetingId | null; duplicate_of: MeetingId | null }
>;

export type ImportLanguage = "auto" | Language;

export type ReviewCommitment = { party: string; action: string; deadline: string };

export type ReviewAgreement = {
  number: string;
  heading: boolean;
  verb: string;
  text: string;
  parties: string[];
  /** Names the importer could not resolve to a code: the reviewer maps each to a code or drops it. */
  unresolved: string[];
  commitments: ReviewCommitment[];
  /** What the importer read, shown beside the fields; never sent back edited. */
  readonly source: string;
  readonly warnings: readonly string[];
  readonly deadlines: readonly Deadline[];
};

export type ReviewValues = {
  language: string;
  title: string;
  body: string;
  type: string;
  city: string;
  country: string;
  date: string;
  date_end: string;
  participants: string[];
  submitted_to: string;
  agreements: ReviewAgreement[];
  /** The names the reviewer mapped to codes: saved as aliases of the process on confirmation. */
  aliases: ImportAlias[];
};

export type ImportAlias = { name: string; code: string };

type ReadingParty = ReadingAgreement["parties"][number];

/** An agreement's parties as read: the codes, and the names flagged {"unresolved": name}. */
export function splitParties(parties: readonly ReadingParty[] | undefined): { codes: string[]; unresolved: string[] } {
  const codes: string[] = [];
  const unresolved: string[] = [];
  for (const party of parties ?? []) {
    if (typeof party === "string") codes.push(party);
    else if (!unresolved.includes(party.unresolved)) unresolved.push(party.unresolved);
  }
  return { codes, unresolved };
}

/** Every unresolved name of the review, in order of first mention, with the agreements naming it. */
export function unresolvedNames(values: ReviewValues): { name: string; agreements: string[] }[] {
  const names: { name: string; agreements: string[] }[] = [];
  values.agreements.forEach((agreement, index) => {
    for (const name of agreement.unresolved) {
      let entry = names.find((n) => n.name === name);
      if (!entry) {
        entry = { name, agreements: [] };
        names.push(entry);
      }
      entry.agreements.push(agreement.number || String(index + 1));
    }
  });
  return names;
}

/** Maps an unresolved name to a code everywhere in the review, and keeps the mapping as an alias. */
export function mapUnresolved(values: ReviewValues, name: string, code: string): ReviewValues {
  return {
    ...values,
    agreements: values.agreements.map((agreement) =>
      agreement.unresolved.includes(name)
        ? {
            ...agreement,
            unresolved: agreement.unresolved.filter((n) => n !== name),
            parties: agreement.parties.includes(code) ? agreement.parties : [...agreement.parties, code],
            commitments: agreement.commitments.map((c) => (c.party === name ? { ...c, party: code } : c)),
          }
        : agreement,
    ),
    aliases: [...values.aliases.filter((alias) => alias.name !== name), { name, code }],
  };
}

/** Drops an unresolved name from every agreement (it names no party). */
export function dropUnresolved(values: ReviewValues, name: string): ReviewValues {
  return {
    ...values,
    agreements: values.agreements.map((agreement) =>
      agreement.unresolved.includes(name) ? { ...agreement, unresolved: agreement.unresolved.filter((n) => n !== name) } : agreement,
    ),
  };
}

export function isMeetingType(value: unknown): value is MeetingType {
  return typeof value === "string" && (meetingTypes as readonly string[]).includes(value);
}

/**
 * The review form's starting values: every field of the reading, blanks for what it missed; when
 * the review was saved before (`draft`), its edited fields, beside the source text as read.
 */
export function reviewFromReading(reading: ImportReading, draft?: ReviewedReading | null): ReviewValues {
  const read = reviewFromReadingAlone(reading);
  if (draft === null || draft === undefined) return read;
  const text = (value: string | null | undefined) => value ?? "";
  return {
    language: draft.language === "es" || draft.language === "en" ? draft.language : read.language,
    title: text(draft.title),
    body: text(draft.body_code),
    type: isMeetingType(draft.meeting_type) ? draft.meeting_type : "",
    city: text(draft.place?.city),
    country: text(draft.place?.country),
    date: text(draft.date),
    date_end: text(draft.date_end),
    participants: [...(draft.participants ?? [])],
    submitted_to: text(draft.submitted_to),
    agreements: draft.agreements.map((agreement, index) => {
      const before = read.agreements[index];
      return {
        number: agreement.number,
        heading: agreement.heading ?? false,
        verb: text(agreement.verb),
        text: text(agreement.text),
        parties: splitParties(agreement.parties).codes,
        unresolved: splitParties(agreement.parties).unresolved,
        commitments: (agreement.commitments ?? []).map((c) => ({
          party: text(c.party),
          action: text(c.action),
          deadline: typeof c.deadline === "string" ? c.deadline : c.deadline === null || c.deadline === undefined ? "" : c.deadline.text,
        })),
        source: before?.source ?? "",
        warnings: before?.warnings ?? [],
        deadlines: before?.deadlines ?? [],
      };
    }),
    aliases: (draft.aliases ?? []).map((alias) => ({ name: alias.name, code: alias.code })),
  };
}

function reviewFromReadingAlone(reading: ImportReading): ReviewValues {
  return {
    language: reading.language === "es" || reading.language === "en" ? reading.language : "en",
    title: reading.title ?? "",
    body: reading.body_code ?? "",
    type: isMeetingType(reading.meeting_type) ? reading.meeting_type : "",
    city: reading.place?.city ?? "",
    country: reading.place?.country ?? "",
    date: reading.date ?? "",
    date_end: reading.date_end ?? "",
    participants: [...reading.participants],
    submitted_to: reading.submitted_to ?? "",
    agreements: reading.agreements.map((agreement) => ({
      number: agreement.number,
      heading: agreement.heading,
      verb: agreement.verb ?? "",
      text: agreement.text,
      parties: splitParties(agreement.parties).codes,
        unresolved: splitParties(agreement.parties).unresolved,
      commitments: (agreement.commitments ?? []).map((c) => ({ party: c.party ?? "", action: c.action, deadline: c.deadline ?? "" })),
      source: agreement.text,
      warnings: agreement.warnings ?? [],
      deadlines: agreement.deadlines ?? [],
    })),
    aliases: [],
  };
}

const blankToNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** The reviewed reading, in the importer's shape, for POST /imports/{id}/confirm. */
export function readingFromReview(original: ImportReading, values: ReviewValues): ReviewedReading {
  return {
    ...original,
    language: isLanguage(values.language) ? values.language : original.language,
    ...(original.title !== undefined || values.title.trim() !== "" ? { title: blankToNull(values.title) } : {}),
    body_code: blankToNull(values.body),
    meeting_type: blankToNull(values.type),
    place: { city: blankToNull(values.city), country: blankToNull(values.country) },
    date: blankToNull(values.date),
    date_end: blankToNull(values.date_end),
    participants: [...values.participants],
    submitted_to: blankToNull(values.submitted_to),
    agreements: values.agreements.map((agreement, index) => {
      const before = original.agreements[index];
      return {
        ...(before ?? {}),
        number: agreement.number.trim(),
        heading: agreement.heading,
        verb: blankToNull(agreement.verb),
        text: agreement.text.trim(),
        parties: [...agreement.parties, ...agreement.unresolved.map((name) => ({ unresolved: name }))],
        commitments: agreement.commitments.map((c) => ({ party: blankToNull(c.party), action: c.action.trim(), deadline: blankToNull(c.deadline) })),
      };
    }),
    ...(values.aliases.length > 0 ? { aliases: values.aliases.map((alias) => ({ ...alias })) } : {}),
  };
}

/** The keys of review errors: meeting fields by name, agreement fields as "agreements.2.text". */
export type ReviewErrorCode = "required" | "invalidDate" | "dateOrder" | "numberTaken";

export function validateReview(values: ReviewValues): Record<string, ReviewErrorCode> {
  const errors: Record<string, ReviewErrorCode> = {};
  if (values.body.trim() === "") errors.body = "required";
  if (values.type === "") errors.type = "required";
  if (values.city.trim() === "") errors.city = "required";
  if (values.country === "") errors.country = "required";
  if (values.date.trim() === "") errors.date = "required";
  else if (!isIsoDate(values.date)) errors.date = "invalidDate";
  if (values.date_end.trim() !== "") {
    if (!isIsoDate(values.date_end)) errors.date_end = "invalidDate";
    else if (isIsoDate(values.date) && values.date_end < values.date) errors.date_end = "dateOrder";
  }
  const seen = new Set<string>();
  values.agreements.forEach((agreement, index) => {
    const number = agreement.number.trim();
    if (number === "") errors[`agreements.${index}.number`] = "required";
    else if (seen.has(number)) errors[`agreements.${index}.number`] = "numberTaken";
    seen.add(number);
    if (agreement.text.trim() === "") errors[`agreements.${index}.text`] = "required";
    agreement.commitments.forEach((commitment, position) => {
      if (commitment.party === "") errors[`agreements.${index}.commitments.${position}.party`] = "required";
      if (commitment.action.trim() === "") errors[`agreements.${index}.commitments.${position}.action`] = "required";
    });
  });
  return errors;
}

/** What confirming will save, for the "check before you save" step. */
export type ReviewCheck = {
  agreements: number;
  headings: number;
  commitments: number;
  /** Commitments per responsible party, most first. */
  byParty: { party: string; count: number }[];
  /** Commitments without a deadline as written. */
  withoutDeadline: number;
  /** Agreements the reader warned about. */
  warned: number;
};

export function reviewCheck(values: ReviewValues): ReviewCheck {
  const byParty = new Map<string, number>();
  let withoutDeadline = 0;
  for (const agreement of values.agreements) {
    for (const commitment of agreement.commitments) {
      byParty.set(commitment.party, (byParty.get(commitment.party) ?? 0) + 1);
      if (commitment.deadline.trim() === "") withoutDeadline += 1;
    }
  }
  return {
    agreements: values.agreements.length,
    headings: values.agreements.filter((a) => a.heading).length,
    commitments: values.agreements.reduce((sum, a) => sum + a.commitments.length, 0),
    byParty: [...byParty.entries()].map(([party, count]) => ({ party, count })).sort((a, b) => b.count - a.count || a.party.localeCompare(b.party)),
    withoutDeadline,
    warned: values.agreements.filter((a) => a.warnings.length > 0).length,
  };
}

/** Counts for the review's summary line. */
export function reviewCounts(values: ReviewValues): { agreements: number; commitments: number; warnings: number } {
  return {
    agreements: values.agreements.length,
    commitments: values.agreements.reduce((sum, a) => sum + a.commitments.length, 0),
    warnings: values.agreements.reduce((sum, a) => sum + a.warnings.length, 0),
  };
}

export type ConfirmedImport = Branded<Wire<"ConfirmedImport">, { meeting: MeetingId }>;

/** Server paths ("agreements[3].commitments[0].party", "place.city") as the review form's keys. */
export function reviewKey(path: string): string {
  const key = path.replace(/^reading[.[]?/, "").replace(/[[\].]+/g, "-").replace(/^-+|-+$/g, "");
  const renamed: Record<string, string> = { body_code: "body", meeting_type: "type", "place-city": "city", "place-country": "country" };
  return renamed[key] ?? key;
}
