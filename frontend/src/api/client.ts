// The typed client for the JSON API (its contract: the OpenAPI document, src/api/openapi.json).
// Each method is one route; bodies are typed by the generated wire shapes and answers are the
// domain's records, the same shapes with branded ids. Nothing outside src/api/ builds URLs for the
// API or calls fetch.

import type {
  AgreementId,
  CommitmentId,
  CommitmentUpdateId,
  ContactPointId,
  CountryCode,
  FileId,
  ImportId,
  MeetingId,
  NetworkCode,
  NotificationId,
  TopicCode,
  UserId,
  Version,
} from "../domain/ids";
import { asVersion } from "../domain/ids";
import type { ConfirmedImport, ImportLanguage, ImportRecord, ReviewedReading } from "../domain/imports";
import type {
  Agreement,
  AgreementInput,
  AnswerChange,
  AppNotification,
  Commitment,
  CommitmentChange,
  CommitmentDetail,
  CommitmentInput,
  CommitmentStatus,
  CommitmentUpdate,
  Deadline,
  FollowUp,
  FollowUpFilters,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingSummary,
  NewCommitmentUpdate,
  RequestedReminder,
  StoredFile,
} from "../domain/meetings";
import type { Language } from "../domain/language";
import type {
  AuditEntry,
  AuditOutcome,
  ContactPoint,
  ContactPointInput,
  ContactPointStatus,
  ContactPointWithHistory,
  Country,
  Network,
  Organization,
  Process,
  Role,
  Topic,
  User,
} from "../domain/model";
import type { Branded, Input, Wire } from "../domain/wire";
import { isApiError } from "./errors";
import { Transport, type TransportOptions } from "./http";

export type Session = Branded<Wire<"SessionInfo">, { user: User }>;
/** Where a sign-in stands: done (a session, and the recovery codes just after enrolling) or waiting for a step. */
export type SignInStep =
  | { readonly step: "done"; readonly session: Session; readonly recoveryCodes: readonly string[] }
  | { readonly step: "code" | "enrol" | "password"; readonly pendingToken: string };
export type SessionSummary = Wire<"SessionSummary">;
export type MfaStatus = Wire<"MfaStatus">;
export type TotpEnrolment = Wire<"TotpEnrolment">;
type Items<T> = { readonly items: readonly T[] };
export type NotificationPage = Branded<Wire<"NotificationPage">, { items: readonly AppNotification[] }>;
export type AuditPage = Branded<Wire<"AuditPage">, { items: readonly AuditEntry[] }>;

export type ContactPointFilter = {
  readonly country?: CountryCode | "";
  readonly network?: NetworkCode | "";
  readonly topic?: TopicCode | "";
  readonly status?: ContactPointStatus | "";
  readonly history?: boolean;
};

export type UserFilter = { readonly q?: string; readonly role?: Role | ""; readonly country?: CountryCode | "" };

export type NewUser = Input<"UserInput">;
export type UserChange = Input<"UserChange">;
export type CreatedUser = Branded<Wire<"CreatedUser">, { user: User }>;

export type AuditFilter = {
  readonly actor?: string;
  readonly action?: string;
  readonly record_type?: string;
  readonly record_id?: string;
  readonly outcome?: AuditOutcome | "";
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
};

export type CommitmentFilter = {
  readonly party?: string;
  readonly status?: CommitmentStatus | "";
  readonly due_before?: string;
  readonly meeting?: MeetingId;
  readonly overdue?: boolean;
};

export type MeetingFilter = { readonly from?: string; readonly to?: string; readonly body?: string };
/** A meeting not saved yet (an import under review) that a deadline is read against. */
export type DeadlineSetting = { readonly date: string; readonly date_end?: string; readonly body?: string };

const v1 = "/api/v1";

/** The fields of an update as multipart/form-data, with its files. */
function updateFormData(update: NewCommitmentUpdate, files: readonly File[]): FormData {
  const data = new FormData();
  data.append("text", update.text);
  if (update.progress !== undefined) data.append("progress", String(update.progress));
  if (update.status !== undefined) data.append("status", update.status);
  if (update.country !== undefined) data.append("country", update.country);
  if (update.visibility !== undefined) data.append("visibility", update.visibility);
  for (const link of update.links ?? []) data.append("links", link);
  for (const file of files) data.append("file", file, file.name);
  return data;
}

export class EnlaceApi {
  readonly transport: Transport;

  constructor(options: TransportOptions) {
    this.transport = new Transport(options);
  }

  // Session and account

  /** Signs in (or answers the next step); once done, remembers the CSRF token for later state-changing requests. */
  async signIn(email: string, password: string): Promise<SignInStep> {
    return this.signInStep(`${v1}/session`, { email, password });
  }

  /** The second step of a sign-in: a code of the authenticator app or a recovery code. */
  async signInWithCode(pendingToken: string, code: string): Promise<SignInStep> {
    return this.signInStep(`${v1}/session/code`, { pending_token: pendingToken, code });
  }

  /** During a sign-in that requires enrolling: a new secret and its otpauth:// URI. */
  async signInEnrolment(pendingToken: string): Promise<TotpEnrolment> {
    return (
      await this.transport.request<TotpEnrolment>("POST", `${v1}/session/enrolment`, { body: { pending_token: pendingToken } })
    ).data;
  }

  async signInConfirmEnrolment(pendingToken: string, code: string): Promise<SignInStep> {
    return this.signInStep(`${v1}/session/enrolment/confirm`, { pending_token: pendingToken, code });
  }

  /** During a sign-in with an initial password: one's own. */
  async signInNewPassword(pendingToken: string, newPassword: string): Promise<SignInStep> {
    return this.signInStep(`${v1}/session/password`, { pending_token: pendingToken, new_password: newPassword });
  }

  private async signInStep(path: string, body: object): Promise<SignInStep> {
    const { data } = await this.transport.request<Wire<"SignInResult">>("POST", path, { body });
    if (data.user && data.csrf_token) {
      this.transport.setCsrfToken(data.csrf_token);
      const session = { user: data.user, csrf_token: data.csrf_token } as Session;
      return { step: "done", session, recoveryCodes: data.recovery_codes ?? [] };
    }
    return { step: data.step === "done" ? "code" : data.step, pendingToken: data.pending_token ?? "" };
  }

  async mySessions(): Promise<readonly SessionSummary[]> {
    return (await this.transport.request<Wire<"SessionList">>("GET", `${v1}/me/sessions`)).data.items;
  }

  async endSession(id: number): Promise<void> {
    await this.transport.request<void>("DELETE", `${v1}/me/sessions/${id}`);
  }

  async mfaStatus(): Promise<MfaStatus> {
    return (await this.transport.request<MfaStatus>("GET", `${v1}/me/mfa`)).data;
  }

  async startTotp(): Promise<TotpEnrolment> {
    return (await this.transport.request<TotpEnrolment>("POST", `${v1}/me/mfa/totp`)).data;
  }

  /** Confirms the enrolment with a first code; the recovery codes, shown once. */
  async confirmTotp(code: string): Promise<readonly string[]> {
    return (await this.transport.request<Wire<"RecoveryCodes">>("POST", `${v1}/me/mfa/totp/confirm`, { body: { code } })).data
      .recovery_codes;
  }

  async disableTotp(password: string): Promise<void> {
    await this.transport.request<void>("POST", `${v1}/me/mfa/totp/disable`, { body: { password } });
  }

  /** The current session after a reload (recovers the CSRF token); null when signed out. */
  async currentSession(): Promise<Session | null> {
    try {
      const { data } = await this.transport.request<Session>("GET", `${v1}/session`);
      this.transport.setCsrfToken(data.csrf_token);
      return data;
    } catch (error) {
      if (isApiError(error) && error.isUnauthenticated) {
        this.transport.setCsrfToken(null);
        return null;
      }
      throw error;
    }
  }

  async signOut(): Promise<void> {
    try {
      await this.transport.request<void>("DELETE", `${v1}/session`);
    } finally {
      this.transport.setCsrfToken(null);
    }
  }

  async me(): Promise<User> {
    return (await this.transport.request<User>("GET", `${v1}/me`)).data;
  }

  async updateMe(change: Wire<"ProfileChange">, version: Version): Promise<User> {
    return (await this.transport.request<User>("PATCH", `${v1}/me`, { body: change, ifMatch: version })).data;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.transport.request<void>("POST", `${v1}/me/password`, {
      body: { current_password: currentPassword, new_password: newPassword },
    });
  }

  /** Forgot one's password: the server e-mails a link when an account has the address, and answers the same either way. */
  async requestPasswordReset(email: string): Promise<void> {
    await this.transport.request<Wire<"PasswordResetAccepted">>("POST", `${v1}/password-reset`, { body: { email } });
  }

  /** Chooses a new password with the token of the e-mailed link; every session of the account ends. */
  async completePasswordReset(token: string, password: string): Promise<void> {
    await this.transport.request<void>("POST", `${v1}/password-reset/complete`, { body: { token, password } });
  }

  /** Stays signed in: records activity now; when the session ends if nothing more happens. */
  async refreshSession(): Promise<Wire<"SessionExpiry">> {
    return (await this.transport.request<Wire<"SessionExpiry">>("POST", `${v1}/session/refresh`)).data;
  }

  // Reference data

  async process(): Promise<Process> {
    return (await this.transport.request<Process>("GET", `${v1}/process`)).data;
  }

  async countries(): Promise<readonly Country[]> {
    return (await this.transport.request<Items<Country>>("GET", `${v1}/countries`)).data.items;
  }

  async organizations(): Promise<readonly Organization[]> {
    return (await this.transport.request<Items<Organization>>("GET", `${v1}/organizations`)).data.items;
  }

  async networks(): Promise<readonly Network[]> {
    return (await this.transport.request<Items<Network>>("GET", `${v1}/networks`)).data.items;
  }

  async topics(): Promise<readonly Topic[]> {
    return (await this.transport.request<Items<Topic>>("GET", `${v1}/topics`)).data.items;
  }

  // Users (secretariat)

  async users(filter: UserFilter = {}): Promise<readonly User[]> {
    return (await this.transport.request<Items<User>>("GET", `${v1}/users`, { query: filter })).data.items;
  }

  async user(id: UserId): Promise<User> {
    return (await this.transport.request<User>("GET", `${v1}/users/${id}`)).data;
  }

  async createUser(user: NewUser): Promise<CreatedUser> {
    return (await this.transport.request<CreatedUser>("POST", `${v1}/users`, { body: user })).data;
  }

  async updateUser(id: UserId, change: UserChange, version: Version): Promise<User> {
    return (await this.transport.request<User>("PATCH", `${v1}/users/${id}`, { body: change, ifMatch: version })).data;
  }

  async resetPassword(id: UserId): Promise<string> {
    return (await this.transport.request<Wire<"GeneratedPassword">>("POST", `${v1}/users/${id}/password`)).data.password;
  }

  // Audit (secretariat)

  async audit(filter: AuditFilter = {}): Promise<AuditPage> {
    return (await this.transport.request<AuditPage>("GET", `${v1}/audit`, { query: filter })).data;
  }

  // Contact points (M14)

  async contactPoints(filter: ContactPointFilter = {}): Promise<readonly ContactPoint[]> {
    return (await this.transport.request<Items<ContactPoint>>("GET", `${v1}/contact-points`, { query: filter })).data.items;
  }

  /** A plain link for the CSV export: the browser downloads it with the session cookie. */
  contactPointsCsvUrl(filter: ContactPointFilter = {}): string {
    return this.transport.url(`${v1}/contact-points.csv`, filter);
  }

  async contactPoint(id: ContactPointId): Promise<ContactPointWithHistory> {
    return (await this.transport.request<ContactPointWithHistory>("GET", `${v1}/contact-points/${id}`)).data;
  }

  async proposeContactPoint(input: ContactPointInput): Promise<ContactPoint> {
    return (await this.transport.request<ContactPoint>("POST", `${v1}/contact-points`, { body: input })).data;
  }

  async updateContactPoint(id: ContactPointId, change: Partial<ContactPointInput>, version: Version): Promise<ContactPoint> {
    return (
      await this.transport.request<ContactPoint>("PATCH", `${v1}/contact-points/${id}`, { body: change, ifMatch: version })
    ).data;
  }

  async confirmContactPoint(id: ContactPointId): Promise<ContactPoint> {
    return (await this.transport.request<ContactPoint>("POST", `${v1}/contact-points/${id}/confirm`)).data;
  }

  async rejectContactPoint(id: ContactPointId, reason: string): Promise<ContactPoint> {
    return (await this.transport.request<ContactPoint>("POST", `${v1}/contact-points/${id}/reject`, { body: { reason } })).data;
  }

  async endContactPoint(id: ContactPointId, validTo: string): Promise<ContactPoint> {
    return (
      await this.transport.request<ContactPoint>("POST", `${v1}/contact-points/${id}/end`, { body: { valid_to: validTo } })
    ).data;
  }

  // Meetings, agreements and commitments (M1–M4)

  async meetings(filter: MeetingFilter = {}): Promise<readonly MeetingSummary[]> {
    return (await this.transport.request<Items<MeetingSummary>>("GET", `${v1}/meetings`, { query: filter })).data.items;
  }

  async meeting(id: MeetingId): Promise<MeetingDetail> {
    return (await this.transport.request<MeetingDetail>("GET", `${v1}/meetings/${id}`)).data;
  }

  async createMeeting(input: MeetingInput): Promise<Meeting> {
    return (await this.transport.request<Meeting>("POST", `${v1}/meetings`, { body: input })).data;
  }

  async updateMeeting(id: MeetingId, change: Partial<MeetingInput>, version: Version): Promise<Meeting> {
    return (await this.transport.request<Meeting>("PATCH", `${v1}/meetings/${id}`, { body: change, ifMatch: version })).data;
  }

  async addMeetingFile(
    id: MeetingId,
    file: File,
    progress?: { onProgress?: (sent: number, total: number) => void; signal?: AbortSignal },
  ): Promise<StoredFile> {
    const data = new FormData();
    data.append("file", file, file.name);
    return (
      await this.transport.request<StoredFile>("POST", `${v1}/meetings/${id}/files`, {
        body: data,
        ...(progress?.onProgress ? { onUploadProgress: progress.onProgress } : {}),
        ...(progress?.signal ? { signal: progress.signal } : {}),
      })
    ).data;
  }

  async deleteMeetingFile(id: MeetingId, file: FileId): Promise<void> {
    await this.transport.request<void>("DELETE", `${v1}/meetings/${id}/files/${file}`);
  }

  /** Plain links: the browser downloads them with the session cookie. */
  meetingFileUrl(id: MeetingId, file: FileId): string {
    return this.transport.url(`${v1}/meetings/${id}/files/${file}`);
  }

  reportUrl(id: MeetingId, format: "pdf" | "docx", language: Language): string {
    return this.transport.url(`${v1}/meetings/${id}/report`, { format, lang: language });
  }

  /** Everything of the meeting as a ZIP for offline use, in both languages. */
  meetingPackageUrl(id: MeetingId): string {
    return this.transport.url(`${v1}/meetings/${id}/package`, { lang: "both" });
  }

  meetingCalendarUrl(id: MeetingId): string {
    return this.transport.url(`${v1}/meetings/${id}/calendar.ics`);
  }

  commitmentFileUrl(id: CommitmentId, file: FileId): string {
    return this.transport.url(`${v1}/commitments/${id}/files/${file}`);
  }

  async createAgreement(meeting: MeetingId, input: AgreementInput): Promise<Agreement> {
    return (await this.transport.request<Agreement>("POST", `${v1}/meetings/${meeting}/agreements`, { body: input })).data;
  }

  async updateAgreement(id: AgreementId, change: Partial<AgreementInput>, version: Version): Promise<Agreement> {
    return (await this.transport.request<Agreement>("PATCH", `${v1}/agreements/${id}`, { body: change, ifMatch: version })).data;
  }

  async deleteAgreement(id: AgreementId): Promise<void> {
    await this.transport.request<void>("DELETE", `${v1}/agreements/${id}`);
  }

  async createCommitment(agreement: AgreementId, input: CommitmentInput): Promise<Commitment> {
    return (await this.transport.request<Commitment>("POST", `${v1}/agreements/${agreement}/commitments`, { body: input })).data;
  }

  async commitments(filter: CommitmentFilter = {}): Promise<readonly Commitment[]> {
    return (await this.transport.request<Items<Commitment>>("GET", `${v1}/commitments`, { query: filter })).data.items;
  }

  async commitment(id: CommitmentId): Promise<CommitmentDetail> {
    return (await this.transport.request<CommitmentDetail>("GET", `${v1}/commitments/${id}`)).data;
  }

  async updateCommitment(id: CommitmentId, change: CommitmentChange, version: Version): Promise<Commitment> {
    return (await this.transport.request<Commitment>("PATCH", `${v1}/commitments/${id}`, { body: change, ifMatch: version })).data;
  }

  async deleteCommitment(id: CommitmentId): Promise<void> {
    await this.transport.request<void>("DELETE", `${v1}/commitments/${id}`);
  }

  /** Posts an update: JSON, or multipart/form-data when files come with it. */
  async postCommitmentUpdate(
    id: CommitmentId,
    update: NewCommitmentUpdate,
    files: readonly File[] = [],
    progress?: { onProgress?: (sent: number, total: number) => void; signal?: AbortSignal },
  ): Promise<CommitmentUpdate> {
    const body = files.length > 0 ? updateFormData(update, files) : update;
    return (
      await this.transport.request<CommitmentUpdate>("POST", `${v1}/commitments/${id}/updates`, {
        body,
        ...(files.length > 0 && progress?.onProgress ? { onUploadProgress: progress.onProgress } : {}),
        ...(progress?.signal ? { signal: progress.signal } : {}),
      })
    ).data;
  }

  /** The process's imports (those waiting for review with "pending"), newest first. */
  async imports(status?: "pending" | "confirmed"): Promise<readonly Wire<"ImportListItem">[]> {
    return (
      await this.transport.request<Wire<"ImportList">>("GET", `${v1}/imports`, { query: status ? { status } : {} })
    ).data.items;
  }

  /** Search across everything the caller may read (anyone; anonymous visitors find public material). */
  async search(query: { q: string; type?: string; lang?: string; limit?: number }): Promise<Wire<"SearchResults">> {
    const params: Record<string, string> = { q: query.q };
    if (query.type) params["type"] = query.type;
    if (query.lang) params["lang"] = query.lang;
    if (query.limit) params["limit"] = String(query.limit);
    return (await this.transport.request<Wire<"SearchResults">>("GET", `${v1}/search`, { query: params })).data;
  }

  /** The public record of agreements and their results (anyone). */
  async publicRecord(): Promise<Wire<"PublicRecord">> {
    return (await this.transport.request<Wire<"PublicRecord">>("GET", `${v1}/public/agreements`)).data;
  }

  /** The public page: the process, its networks, meetings with an adopted report and public documents (anyone). */
  async publicPage(page = 1): Promise<Wire<"PublicPage">> {
    return (await this.transport.request<Wire<"PublicPage">>("GET", page === 1 ? `${v1}/public` : `${v1}/public?page=${page}`)).data;
  }

  /** Change an answer (its writer, an officer of its country, or the TS); a stale version is refused. */
  async changeCommitmentUpdate(id: CommitmentId, update: CommitmentUpdateId, change: AnswerChange, version: Version): Promise<CommitmentUpdate> {
    return (
      await this.transport.request<CommitmentUpdate>("PUT", `${v1}/commitments/${id}/updates/${update}`, { body: change, ifMatch: version })
    ).data;
  }

  /** Withdraw an answer and its files. */
  async withdrawCommitmentUpdate(id: CommitmentId, update: CommitmentUpdateId, version: Version): Promise<void> {
    await this.transport.request<void>("DELETE", `${v1}/commitments/${id}/updates/${update}`, { ifMatch: version });
  }

  /** The Secretariat reminds, now, those who have not answered. */
  async remindCommitment(id: CommitmentId): Promise<Wire<"RequestedReminder">> {
    return (await this.transport.request<Wire<"RequestedReminder">>("POST", `${v1}/commitments/${id}/reminders`)).data;
  }

  async commitmentReminders(id: CommitmentId): Promise<readonly RequestedReminder[]> {
    return (await this.transport.request<Wire<"RequestedReminderList">>("GET", `${v1}/commitments/${id}/reminders`)).data.items;
  }

  /** The address of the follow-up export (a download: the browser follows it with the session cookie). */
  followUpExportUrl(filters: FollowUpFilters, format: "xlsx" | "csv", view: "commitments" | "grid", lang: string): string {
    const query = new URLSearchParams({ format, view, lang });
    for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") query.set(key, String(value));
    return `${v1}/follow-up/export?${query.toString()}`;
  }

  /** What the server understands of a deadline phrase, in the context of a meeting (saved, or under review). */
  async readDeadline(meeting: MeetingId | DeadlineSetting, text: string, signal?: AbortSignal): Promise<Deadline> {
    const query: Record<string, string | number> =
      typeof meeting === "number" ? { meeting, text } : { text, date: meeting.date, ...(meeting.date_end ? { date_end: meeting.date_end } : {}), ...(meeting.body ? { body: meeting.body } : {}) };
    return (await this.transport.request<Deadline>("GET", `${v1}/deadlines/reading`, { query, signal })).data;
  }

  async followUp(filters: FollowUpFilters = {}): Promise<FollowUp> {
    const query: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") query[key] = value as string | number;
    return (await this.transport.request<FollowUp>("GET", `${v1}/follow-up`, { query })).data;
  }

  async countryCommitments(country: CountryCode): Promise<readonly Commitment[]> {
    return this.commitments({ party: country });
  }

  // Calendars and notifications (M6)

  async newCalendarFeed(): Promise<string> {
    return (await this.transport.request<Wire<"CalendarFeed">>("POST", `${v1}/me/calendar-feed`)).data.url;
  }

  async notifications(unreadOnly = false): Promise<NotificationPage> {
    return (
      await this.transport.request<NotificationPage>("GET", `${v1}/notifications`, {
        query: { unread: unreadOnly },
      })
    ).data;
  }

  async markNotificationRead(id: NotificationId): Promise<void> {
    await this.transport.request<void>("POST", `${v1}/notifications/${id}/read`);
  }

  async markAllNotificationsRead(): Promise<void> {
    await this.transport.request<void>("POST", `${v1}/notifications/read-all`);
  }

  // Report import (M5)

  async importFile(file: File): Promise<ImportRecord> {
    const data = new FormData();
    data.append("file", file, file.name);
    return (await this.transport.request<ImportRecord>("POST", `${v1}/imports`, { body: data })).data;
  }

  async importText(text: string, language: ImportLanguage): Promise<ImportRecord> {
    return (await this.transport.request<ImportRecord>("POST", `${v1}/imports`, { body: { text, language } })).data;
  }

  async importRecord(id: ImportId): Promise<ImportRecord> {
    return (await this.transport.request<ImportRecord>("GET", `${v1}/imports/${id}`)).data;
  }

  /** Save the review as it stands; `version` is the draft version it started from (0 before the first save). */
  async saveImportDraft(id: ImportId, reading: ReviewedReading, version: number): Promise<ImportRecord> {
    return (await this.transport.request<ImportRecord>("PUT", `${v1}/imports/${id}/draft`, { body: { reading }, ifMatch: asVersion(version) }))
      .data;
  }

  async confirmImport(id: ImportId, reading: ReviewedReading, mode: "create" | "update"): Promise<ConfirmedImport> {
    return (await this.transport.request<ConfirmedImport>("POST", `${v1}/imports/${id}/confirm`, { body: { reading, mode } })).data;
  }
}
