// Meetings, agreements, commitments and their follow-up (M1–M4, M6): the server's wire shapes
// (wire.ts) with branded ids; plus the pure rules the pages share: ordering of agreement numbers and
// commitments, what a deadline shows, grid summaries, completion shares.

import type {
  AgreementId,
  CommitmentId,
  CommitmentUpdateId,
  CountryCode,
  FileId,
  MeetingId,
  NotificationId,
  PartyCode,
  UserId,
  Version,
} from "./ids";
import type { LocalizedText } from "./localized";
import type { Branded, Input, Wire } from "./wire";

export type MeetingType = Wire<"Meeting">["type"];
export const meetingTypes = ["regular", "extraordinary", "virtual", "workshop"] as const satisfies readonly MeetingType[];

export type ReportStatus = Wire<"Meeting">["report_status"];
export const reportStatuses = ["draft", "adopted", "submitted", "considered"] as const satisfies readonly ReportStatus[];

export type CommitmentStatus = Wire<"Commitment">["status"];
export const commitmentStatuses = ["open", "in_progress", "done", "cancelled"] as const satisfies readonly CommitmentStatus[];

export type ResponseState = Wire<"CountryResponse">["state"];
export const responseStates = ["not_started", "answered", "done"] as const satisfies readonly ResponseState[];

export type DeadlineKind = Wire<"Deadline">["kind"];
export const deadlineKinds = ["date", "period", "relative", "event", "vague", "standing"] as const satisfies readonly DeadlineKind[];

/** The party that stands for every member country: its commitments carry an answer grid. */
export const memberCountries = "MEMBER_COUNTRIES" as PartyCode;

export type Place = Wire<"Meeting">["place"];

/** What the secretariat sends to record a meeting (all of it) or to change one (any part). */
export type MeetingInput = Branded<
  Required<Wire<"MeetingInput">>,
  { title: LocalizedText; place: Place; agenda: readonly LocalizedText[]; considered_at: MeetingId | null }
>;

export type StoredFile = Branded<Wire<"File">, { id: FileId }>;

/** A meeting as lists show it (no agenda, no files). */
export type MeetingSummary = Branded<Wire<"MeetingSummary">, { id: MeetingId; considered_at: MeetingId | null; version: Version }>;

export type Meeting = Branded<
  Wire<"Meeting">,
  { id: MeetingId; considered_at: MeetingId | null; files: readonly StoredFile[]; version: Version }
>;

export type AgreementInput = Input<"AgreementInput">;

export type Agreement = Branded<
  Wire<"Agreement">,
  { id: AgreementId; meeting: MeetingId; parties: readonly PartyCode[]; version: Version }
>;

export type DeadlineEvent = NonNullable<Wire<"Deadline">["event"]>;
export type Deadline = Wire<"Deadline">;

export type CountryResponse = Branded<Wire<"CountryResponse">, { country: CountryCode }>;

export type Commitment = Branded<
  Wire<"Commitment">,
  {
    id: CommitmentId;
    agreement: AgreementId;
    meeting: MeetingId;
    party: PartyCode;
    version: Version;
    response?: CountryResponse;
  }
>;

export type CommitmentInput = Input<"CommitmentInput">;
export type CommitmentChange = Input<"CommitmentChange">;

export type CommitmentUpdate = Branded<
  Wire<"CommitmentUpdate">,
  {
    id: CommitmentUpdateId;
    commitment: CommitmentId;
    country: CountryCode | null;
    author: { readonly id: UserId; readonly name: string };
    files: readonly StoredFile[];
    version: Version;
  }
>;

/** Who reads an answer's text and files (the grid's states are for everyone who reads the commitment). */
export type AnswerVisibility = CommitmentUpdate["visibility"];
export const answerVisibilities: readonly AnswerVisibility[] = ["network", "participants", "secretariat"];

/** A change to an answer already given (its files stay). */
export type AnswerChange = Input<"AnswerChange">;

/** The follow-up page's filters, kept in its address. */
export type FollowUpFilters = {
  meeting?: MeetingId | undefined;
  party?: PartyCode | undefined;
  country?: CountryCode | undefined;
  status?: CommitmentStatus | undefined;
};

/** A one-click reminder of the Secretariat, as recorded on the commitment. */
export type RequestedReminder = Wire<"RequestedReminderItem">;

/** A progress report as JSON (files go with it as multipart/form-data). */
export type NewCommitmentUpdate = Input<"ProgressReport">;

export type CommitmentDetail = Branded<
  Wire<"CommitmentDetail">,
  {
    id: CommitmentId;
    agreement: AgreementId;
    meeting: MeetingId;
    party: PartyCode;
    version: Version;
    agreement_detail: Agreement;
    meeting_detail: MeetingSummary;
    updates: readonly CommitmentUpdate[];
    responses: readonly CountryResponse[];
  }
>;

export type AgreementWithCommitments = Branded<
  Wire<"AgreementWithCommitments">,
  { id: AgreementId; meeting: MeetingId; parties: readonly PartyCode[]; version: Version; commitments: readonly Commitment[] }
>;

export type MeetingDetail = Branded<
  Wire<"MeetingDetail">,
  {
    id: MeetingId;
    considered_at: MeetingId | null;
    files: readonly StoredFile[];
    version: Version;
    agreements: readonly AgreementWithCommitments[];
  }
>;

type MeetingProgress = Wire<"FollowUp">["meetings"][number];
/** A meeting as the follow-up names it: which body met, when and where. */
export type MeetingRef = Branded<MeetingProgress["meeting"], { id: MeetingId }>;
export type FollowUp = Branded<
  Wire<"FollowUp">,
  {
    overdue: readonly Commitment[];
    due_soon: readonly Commitment[];
    meetings: readonly Branded<MeetingProgress, { meeting: MeetingRef }>[];
    grids: readonly { readonly commitment: Commitment; readonly responses: readonly CountryResponse[] }[];
    member_countries: readonly CountryCode[];
  }
>;

export type NotificationKind = Wire<"Notification">["kind"];
export type AppNotification = Branded<Wire<"Notification">, { id: NotificationId; commitment: CommitmentId | null }>;

// Ordering

/**
 * Compares agreement numbers as people read them: "2" < "2.a" < "2.b" < "3" < "10". Numeric
 * parts compare as numbers, lettered parts alphabetically.
 */
export function compareAgreementNumbers(a: string, b: string): number {
  const left = a.split(".");
  const right = b.split(".");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : null;
    const ny = /^\d+$/.test(y) ? Number(y) : null;
    if (nx !== null && ny !== null) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) {
      return x.localeCompare(y);
    }
  }
  return 0;
}

/** True when an agreement number is a lettered sub-item ("2.a"). */
export function isSubItem(number: string): boolean {
  return number.includes(".");
}

/**
 * Overdue first (oldest deadline first), then by due date, then the ones with no date yet
 * (unresolved events, vague phrases); done and cancelled ones last.
 */
export function compareCommitments(a: Commitment, b: Commitment): number {
  const closed = (c: Commitment) => (c.status === "done" || c.status === "cancelled" ? 1 : 0);
  if (closed(a) !== closed(b)) return closed(a) - closed(b);
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.deadline.due && b.deadline.due) {
    if (a.deadline.due !== b.deadline.due) return a.deadline.due < b.deadline.due ? -1 : 1;
  } else if (a.deadline.due) return -1;
  else if (b.deadline.due) return 1;
  return compareAgreementNumbers(a.agreement_number, b.agreement_number) || a.id - b.id;
}

export function sortCommitments(items: readonly Commitment[]): Commitment[] {
  return [...items].sort(compareCommitments);
}

// What a commitment and its deadline show

/** The status a person sees: "overdue" when an open commitment's deadline has passed. */
export type DisplayStatus = CommitmentStatus | "overdue";

export function displayStatus(commitment: Pick<Commitment, "status" | "overdue">): DisplayStatus {
  if (commitment.overdue && commitment.status !== "done" && commitment.status !== "cancelled") return "overdue";
  return commitment.status;
}

/**
 * What a deadline means for the reader:
 *  - "due": a date (exact or the end of a period or span);
 *  - "pendingEvent": "at the next meeting of the RCGM" while that meeting is not scheduled;
 *  - "none": no time limit was written, or the phrase is vague ("as soon as possible");
 *  - "standing": work with no end ("on an ongoing basis"): no date, never overdue.
 */
export type DeadlineView =
  | { readonly type: "due"; readonly due: string; readonly kind: DeadlineKind; readonly event: DeadlineEvent | null }
  | { readonly type: "pendingEvent"; readonly event: DeadlineEvent }
  | { readonly type: "none"; readonly vague: boolean }
  | { readonly type: "standing" };

export function deadlineView(deadline: Deadline | null | undefined): DeadlineView {
  if (!deadline) return { type: "none", vague: false };
  if (deadline.due) return { type: "due", due: deadline.due, kind: deadline.kind, event: deadline.event ?? null };
  if (deadline.kind === "event" && deadline.event) return { type: "pendingEvent", event: deadline.event };
  if (deadline.kind === "standing") return { type: "standing" };
  return { type: "none", vague: deadline.text.trim() !== "" };
}

/** Whole days from today to a due date (negative when past). Both are "YYYY-MM-DD". */
export function daysUntil(due: string, today: string): number {
  const ms = Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

// Answer grids

export type GridSummary = {
  readonly total: number;
  readonly notStarted: number;
  readonly answered: number;
  readonly done: number;
  /** Countries that have said anything (answered or done). */
  readonly responded: number;
  /** Share of countries that responded, 0..100, rounded down. */
  readonly respondedPercent: number;
  /** Share of countries done, 0..100, rounded down. */
  readonly donePercent: number;
  readonly missing: readonly CountryCode[];
};

export function summarizeGrid(responses: readonly CountryResponse[]): GridSummary {
  const count = (state: ResponseState) => responses.filter((row) => row.state === state).length;
  const total = responses.length;
  const done = count("done");
  const answered = count("answered");
  const responded = done + answered;
  return {
    total,
    notStarted: count("not_started"),
    answered,
    done,
    responded,
    respondedPercent: total === 0 ? 0 : Math.floor((responded * 100) / total),
    donePercent: total === 0 ? 0 : Math.floor((done * 100) / total),
    missing: responses.filter((row) => row.state === "not_started").map((row) => row.country),
  };
}

export function percent(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.floor((part * 100) / whole);
}

/** Completion of one meeting's commitments for a progress bar. */
export function meetingCompletion(commitments: readonly Pick<Commitment, "status" | "overdue">[]): {
  total: number;
  done: number;
  overdue: number;
  percent: number;
} {
  const counted = commitments.filter((c) => c.status !== "cancelled");
  const done = counted.filter((c) => c.status === "done").length;
  const overdue = counted.filter((c) => displayStatus(c) === "overdue").length;
  return { total: counted.length, done, overdue, percent: percent(done, counted.length) };
}

/** Agreement texts missing in each language (a heading's text counts too). */
export function missingTranslations(agreements: readonly Pick<Agreement, "text">[]): { es: number; en: number } {
  const blank = (value: string | null) => value === null || value.trim() === "";
  return {
    es: agreements.filter((a) => blank(a.text.es) && !blank(a.text.en)).length,
    en: agreements.filter((a) => blank(a.text.en) && !blank(a.text.es)).length,
  };
}

/** A blank string is a missing language: null on the wire, never "". */
export function localizedInput(es: string, en: string): LocalizedText {
  const clean = (value: string) => (value.trim() === "" ? null : value.trim());
  return { es: clean(es), en: clean(en) };
}

/** Reads one URL per line, ignoring blank lines. */
export function parseLinks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export const maximumFileBytes = 20 * 1024 * 1024;
export const acceptedFileTypes = ".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Size in KB or MB, for file lists. */
export function fileSize(bytes: number, language: "es" | "en"): string {
  const format = new Intl.NumberFormat(language === "es" ? "es" : "en-GB", { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}

/**
 * Where a commitment stands for one country: on a MEMBER_COUNTRIES commitment the country's own
 * row decides ("done" once it said so), otherwise the commitment's status.
 */
export type CountryStanding = "overdue" | "pending" | "done";

export function countryStanding(commitment: Pick<Commitment, "status" | "overdue" | "response">): CountryStanding {
  if (commitment.status === "done" || commitment.status === "cancelled") return "done";
  if (commitment.response?.state === "done") return "done";
  return commitment.overdue ? "overdue" : "pending";
}

export function groupByStanding<T extends Pick<Commitment, "status" | "overdue" | "response">>(
  items: readonly T[],
): Record<CountryStanding, T[]> {
  const groups: Record<CountryStanding, T[]> = { overdue: [], pending: [], done: [] };
  for (const item of items) groups[countryStanding(item)].push(item);
  return groups;
}
