// The meeting, agreement and commitment forms: typed values (strings as typed), the records they
// start from, what is sent, and the mapping of the server's field names onto the form's fields.

import { asMeetingId } from "./ids";
import { isIsoDate } from "./dates";
import {
  localizedInput,
  type Agreement,
  type AgreementInput,
  type Commitment,
  type CommitmentStatus,
  type Meeting,
  type MeetingInput,
  type MeetingType,
  type ReportStatus,
} from "./meetings";

export type AgendaRow = { es: string; en: string };

export type MeetingFormValues = {
  body: string;
  type: MeetingType | "";
  title_es: string;
  title_en: string;
  city: string;
  country: string;
  date: string;
  date_end: string;
  participants: string[];
  agenda: AgendaRow[];
  video_link: string;
  cancelled: boolean;
  report_status: ReportStatus;
  submitted_to: string;
  considered_at: string;
};

export const emptyMeetingForm: MeetingFormValues = {
  body: "",
  type: "",
  title_es: "",
  title_en: "",
  city: "",
  country: "",
  date: "",
  date_end: "",
  participants: [],
  agenda: [],
  video_link: "",
  cancelled: false,
  report_status: "draft",
  submitted_to: "",
  considered_at: "",
};

export function meetingFormValues(meeting: Meeting): MeetingFormValues {
  return {
    body: meeting.body,
    type: meeting.type,
    title_es: meeting.title.es ?? "",
    title_en: meeting.title.en ?? "",
    city: meeting.place.city,
    country: meeting.place.country,
    date: meeting.date,
    date_end: meeting.date_end ?? "",
    participants: [...meeting.participants],
    agenda: meeting.agenda.map((item) => ({ es: item.es ?? "", en: item.en ?? "" })),
    video_link: meeting.video_link ?? "",
    cancelled: meeting.cancelled,
    report_status: meeting.report_status,
    submitted_to: meeting.submitted_to ?? "",
    considered_at: meeting.considered_at === null ? "" : String(meeting.considered_at),
  };
}

export function toMeetingInput(values: MeetingFormValues): MeetingInput {
  const showsReceiver = values.report_status === "submitted" || values.report_status === "considered";
  return {
    body: values.body,
    type: (values.type || "regular") as MeetingType,
    title: localizedInput(values.title_es, values.title_en),
    place: { city: values.city.trim(), country: values.country },
    date: values.date,
    date_end: values.date_end === "" ? null : values.date_end,
    participants: [...values.participants],
    agenda: values.agenda
      .map((row) => localizedInput(row.es, row.en))
      .filter((item) => item.es !== null || item.en !== null),
    video_link: values.type === "virtual" && values.video_link.trim() !== "" ? values.video_link.trim() : null,
    cancelled: values.cancelled,
    report_status: values.report_status,
    submitted_to: showsReceiver && values.submitted_to !== "" ? values.submitted_to : null,
    considered_at: values.report_status === "considered" && values.considered_at !== "" ? asMeetingId(Number(values.considered_at)) : null,
  };
}

/** Only the fields that differ, for a PATCH. */
export function changedMeetingFields(before: MeetingInput, after: MeetingInput): Partial<MeetingInput> {
  const change: Partial<MeetingInput> = {};
  for (const key of Object.keys(after) as (keyof MeetingInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) (change as Record<string, unknown>)[key] = after[key];
  }
  return change;
}

export type MeetingFormErrorCode = "required" | "invalidDate" | "dateOrder" | "invalidUrl";

export function validateMeetingForm(values: MeetingFormValues): Partial<Record<keyof MeetingFormValues, MeetingFormErrorCode>> {
  const errors: Partial<Record<keyof MeetingFormValues, MeetingFormErrorCode>> = {};
  if (values.body === "") errors.body = "required";
  if (values.type === "") errors.type = "required";
  // A virtual meeting may have no place.
  if (values.type !== "virtual") {
    if (values.city.trim() === "") errors.city = "required";
    if (values.country === "") errors.country = "required";
  }
  if (values.date === "") errors.date = "required";
  else if (!isIsoDate(values.date)) errors.date = "invalidDate";
  if (values.date_end !== "") {
    if (!isIsoDate(values.date_end)) errors.date_end = "invalidDate";
    else if (isIsoDate(values.date) && values.date_end < values.date) errors.date_end = "dateOrder";
  }
  if (values.type === "virtual" && values.video_link.trim() !== "" && !/^https?:\/\/\S+$/.test(values.video_link.trim())) {
    errors.video_link = "invalidUrl";
  }
  if ((values.report_status === "submitted" || values.report_status === "considered") && values.submitted_to === "") {
    errors.submitted_to = "required";
  }
  if (values.report_status === "considered" && values.considered_at === "") errors.considered_at = "required";
  return errors;
}

/** The server names nested fields ("place.city", "title.es", "agenda"): the form's field for each. */
export function meetingFieldFor(serverField: string): keyof MeetingFormValues | null {
  const direct: Record<string, keyof MeetingFormValues> = {
    "place.city": "city",
    "place.country": "country",
    "title.es": "title_es",
    "title.en": "title_en",
    title: "title_es",
  };
  if (serverField in direct) return direct[serverField] ?? null;
  const base = serverField.split(/[.[]/)[0] ?? serverField;
  const known: (keyof MeetingFormValues)[] = [
    "body", "type", "date", "date_end", "participants", "agenda", "video_link", "cancelled", "report_status", "submitted_to", "considered_at",
  ];
  return (known as string[]).includes(base) ? (base as keyof MeetingFormValues) : null;
}

// Agreements

export type AgreementFormValues = {
  number: string;
  heading: boolean;
  verb: string;
  text_es: string;
  text_en: string;
  parties: string[];
};

export const emptyAgreementForm: AgreementFormValues = { number: "", heading: false, verb: "", text_es: "", text_en: "", parties: [] };

export function agreementFormValues(agreement: Agreement): AgreementFormValues {
  return {
    number: agreement.number,
    heading: agreement.heading,
    verb: agreement.verb ?? "",
    text_es: agreement.text.es ?? "",
    text_en: agreement.text.en ?? "",
    parties: [...agreement.parties],
  };
}

export function toAgreementInput(values: AgreementFormValues): AgreementInput {
  return {
    number: values.number.trim(),
    heading: values.heading,
    verb: values.heading || values.verb.trim() === "" ? null : values.verb.trim(),
    text: localizedInput(values.text_es, values.text_en),
    parties: values.heading ? [] : [...values.parties],
  };
}

export function validateAgreementForm(
  values: AgreementFormValues,
): Partial<Record<keyof AgreementFormValues, "required" | "invalidNumber" | "headingTopLevel" | "oneLanguage">> {
  const errors: Partial<Record<keyof AgreementFormValues, "required" | "invalidNumber" | "headingTopLevel" | "oneLanguage">> = {};
  const number = values.number.trim();
  if (number === "") errors.number = "required";
  else if (!/^\d{1,3}(\.[a-z]{1,2})?$/.test(number)) errors.number = "invalidNumber";
  else if (values.heading && number.includes(".")) errors.heading = "headingTopLevel";
  // Neither language is required on its own: one of the two is (never "(optional)" then "required").
  if (values.text_es.trim() === "" && values.text_en.trim() === "") errors.text_es = "oneLanguage";
  return errors;
}

/**
 * The number a new agreement most likely gets: the one after the meeting's highest top-level
 * number ("5" after 1–4 and "4.b"); "1" for a meeting without agreements.
 */
export function nextAgreementNumber(numbers: readonly string[]): string {
  const top = numbers.map((number) => /^(\d+)/.exec(number.trim())?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return String(top.length === 0 ? 1 : Math.max(...top) + 1);
}

export function agreementFieldFor(serverField: string): keyof AgreementFormValues | null {
  if (serverField === "text" || serverField === "text.es") return "text_es";
  if (serverField === "text.en") return "text_en";
  const base = serverField.split(/[.[]/)[0] ?? serverField;
  return ["number", "heading", "verb", "parties"].includes(base) ? (base as keyof AgreementFormValues) : null;
}

// Commitments

export type CommitmentFormValues = {
  party: string;
  action_es: string;
  action_en: string;
  deadline: string;
  status: CommitmentStatus;
  progress: string;
};

export const emptyCommitmentForm: CommitmentFormValues = {
  party: "",
  action_es: "",
  action_en: "",
  deadline: "",
  status: "open",
  progress: "0",
};

export function commitmentFormValues(commitment: Commitment): CommitmentFormValues {
  return {
    party: commitment.party,
    action_es: commitment.action.es ?? "",
    action_en: commitment.action.en ?? "",
    deadline: commitment.deadline.text,
    status: commitment.status,
    progress: String(commitment.progress),
  };
}

export function validateCommitmentForm(
  values: CommitmentFormValues,
): Partial<Record<keyof CommitmentFormValues, "required" | "invalidProgress" | "oneLanguage">> {
  const errors: Partial<Record<keyof CommitmentFormValues, "required" | "invalidProgress" | "oneLanguage">> = {};
  if (values.party === "") errors.party = "required";
  if (values.action_es.trim() === "" && values.action_en.trim() === "") errors.action_es = "oneLanguage";
  if (!/^\d{1,3}$/.test(values.progress.trim()) || Number(values.progress) > 100) errors.progress = "invalidProgress";
  return errors;
}

export function commitmentFieldFor(serverField: string): keyof CommitmentFormValues | null {
  if (serverField === "action" || serverField === "action.es") return "action_es";
  if (serverField === "action.en") return "action_en";
  if (serverField.startsWith("deadline")) return "deadline";
  const base = serverField.split(/[.[]/)[0] ?? serverField;
  return ["party", "status", "progress"].includes(base) ? (base as keyof CommitmentFormValues) : null;
}
