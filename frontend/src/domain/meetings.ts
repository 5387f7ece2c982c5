// Meetings, agreements, commitments and their follow-up (M1–M4, M6), as docs/api.md describes
// them, with branded ids; plus the pure rules the pages share: ordering of agreement numbers and
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

export const meetingTypes = ["regular", "extraordinary", "virtual", "workshop"] as const;
export type MeetingType = (typeof meetingTypes)[number];

export const reportStatuses = ["draft", "adopted", "submitted", "considered"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const commitmentStatuses = ["open", "in_progress", "done", "cancelled"] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

export const responseStates = ["not_started", "answered", "done"] as const;
export type ResponseState = (typeof responseStates)[number];

export const deadlineKinds = ["date", "period", "relative", "event", "vague"] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** The party that stands for every member country: its commitments carry an answer grid. */
export const memberCountries = "MEMBER_COUNTRIES" as PartyCode;

export type Place = { readonly city: string; readonly country: string };

export type MeetingInput = {
  body: string;
  type: MeetingType;
  title: LocalizedText;
  place: Place;
  date: string;
  date_end: string | null;
  participants: string[];
  agenda: LocalizedText[];
  video_link: string | null;
  cancelled: boolean;
  report_status: ReportStatus;
  submitted_to: string | null;
  considered_at: MeetingId | null;
};

export type StoredFile = {
  readonly id: FileId;
  readonly file_name: string;
  readonly content_type: string;
  readonly size: number;
  readonly sha256: string;
  readonly uploaded_at: string;
};

export type Meeting = Readonly<MeetingInput> & {
  readonly id: MeetingId;
  readonly files: readonly StoredFile[];
  readonly version: Version;
  readonly created_at: string;
  readonly updated_at: string;
};

export type AgreementInput = {
  number: string;
  heading: boolean;
  verb: string | null;
  text: LocalizedText;
  parties: string[];
};

export type Agreement = Readonly<AgreementInput> & {
  readonly id: AgreementId;
  readonly meeting: MeetingId;
  readonly version: Version;
};

export type DeadlineEvent = { readonly body: string; readonly which: "current" | "next" };

export type Deadline = {
  readonly text: string;
  readonly kind: DeadlineKind;
  readonly due: string | null;
  readonly event?: DeadlineEvent;
};

export type CountryResponse = {
  readonly country: CountryCode;
  readonly state: ResponseState;
  readonly updated: string | null;
};

export type Commitment = {
  readonly id: CommitmentId;
  readonly agreement: AgreementId;
  readonly agreement_number: string;
  readonly meeting: MeetingId;
  readonly party: PartyCode;
  readonly action: LocalizedText;
  readonly deadline: Deadline;
  readonly status: CommitmentStatus;
  readonly progress: number;
  readonly overdue: boolean;
  readonly version: Version;
  /** On a list asked for one country: that country's row of the grid. */
  readonly response?: CountryResponse;
};

export type CommitmentInput = {
  party: string;
  action: LocalizedText;
  deadline: { text: string };
};

export type CommitmentChange = Partial<CommitmentInput & { status: CommitmentStatus; progress: number }>;

export type CommitmentUpdate = {
  readonly id: CommitmentUpdateId;
  readonly commitment: CommitmentId;
  readonly country: CountryCode | null;
  readonly text: string;
  readonly links: readonly string[];
  readonly progress: number | null;
  readonly status: CommitmentStatus | null;
  readonly author: { readonly id: UserId; readonly name: string };
  readonly at: string;
  readonly files: readonly StoredFile[];
};

export type NewCommitmentUpdate = {
  text: string;
  progress?: number;
  status?: CommitmentStatus;
  links?: string[];
  country?: string;
};

export type CommitmentDetail = Commitment & {
  readonly agreement_detail: Agreement;
  readonly meeting_detail: Meeting;
  readonly updates: readonly CommitmentUpdate[];
  readonly responses: readonly CountryResponse[];
};

export type AgreementWithCommitments = Agreement & { readonly commitments: readonly Commitment[] };

export type MeetingDetail = Meeting & {
  readonly agreements: readonly AgreementWithCommitments[];
  readonly missing_translations: { readonly es: number; readonly en: number };
};

export type MeetingSummary = { readonly id: MeetingId; readonly body: string; readonly date: string; readonly place: Place };

export type FollowUp = {
  readonly today: string;
  readonly overdue_by_party: Readonly<Record<string, number>>;
  readonly overdue: readonly Commitment[];
  readonly due_soon: readonly Commitment[];
  readonly meetings: readonly {
    readonly meeting: MeetingSummary;
    readonly commitments: number;
    readonly done: number;
    readonly overdue: number;
  }[];
  readonly grids: readonly { readonly commitment: Commitment; readonly responses: readonly CountryResponse[] }[];
  readonly member_countries: readonly CountryCode[];
};

export type NotificationKind = "due_soon" | "overdue" | "weekly_digest";
export type AppNotification = {
  readonly id: NotificationId;
  readonly kind: NotificationKind;
  readonly commitment: CommitmentId | null;
  readonly payload: {
    readonly kind?: string;
    readonly days_before?: number;
    readonly action?: LocalizedText;
    readonly party?: LocalizedText;
    readonly meeting?: LocalizedText;
    readonly agreement?: string;
    readonly due?: string | null;
    readonly deadline_text?: string;
    /** In a weekly digest: how many commitments it lists. */
    readonly items?: number;
  };
  readonly created_at: string;
  readonly read_at: string | null;
};

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
 *  - "none": no time limit was written, or the phrase is vague ("as soon as possible").
 */
export type DeadlineView =
  | { readonly type: "due"; readonly due: string; readonly kind: DeadlineKind; readonly event: DeadlineEvent | null }
  | { readonly type: "pendingEvent"; readonly event: DeadlineEvent }
  | { readonly type: "none"; readonly vague: boolean };

export function deadlineView(deadline: Deadline | null | undefined): DeadlineView {
  if (!deadline) return { type: "none", vague: false };
  if (deadline.due) return { type: "due", due: deadline.due, kind: deadline.kind, event: deadline.event ?? null };
  if (deadline.kind === "event" && deadline.event) return { type: "pendingEvent", event: deadline.event };
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
