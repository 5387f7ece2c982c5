// Branded identifiers. The server sends plain integers and strings; once they cross the API
// boundary they carry a brand so that a user id cannot be passed where a contact-point id is
// expected, nor a network code where a country code is. Only src/api/ should create them from
// wire data; tests and route parsing use the as* helpers below.

declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

export type UserId = Brand<number, "UserId">;
export type ContactPointId = Brand<number, "ContactPointId">;
export type AuditEntryId = Brand<number, "AuditEntryId">;
export type CountryCode = Brand<string, "CountryCode">;
export type OrganizationCode = Brand<string, "OrganizationCode">;
export type NetworkCode = Brand<string, "NetworkCode">;
export type TopicCode = Brand<string, "TopicCode">;
export type ProcessCode = Brand<string, "ProcessCode">;
export type RequestId = Brand<string, "RequestId">;
export type MeetingId = Brand<number, "MeetingId">;
export type AgreementId = Brand<number, "AgreementId">;
export type CommitmentId = Brand<number, "CommitmentId">;
export type CommitmentUpdateId = Brand<number, "CommitmentUpdateId">;
export type FileId = Brand<number, "FileId">;
export type NotificationId = Brand<number, "NotificationId">;
export type ImportId = Brand<number, "ImportId">;
/** A party to an agreement or commitment: a country code, an organisation code or MEMBER_COUNTRIES. */
export type PartyCode = Brand<string, "PartyCode">;
/** A record's optimistic-concurrency version, sent back in If-Match. */
export type Version = Brand<number, "Version">;

export const asUserId = (value: number) => value as UserId;
export const asContactPointId = (value: number) => value as ContactPointId;
export const asAuditEntryId = (value: number) => value as AuditEntryId;
export const asCountryCode = (value: string) => value as CountryCode;
export const asOrganizationCode = (value: string) => value as OrganizationCode;
export const asNetworkCode = (value: string) => value as NetworkCode;
export const asTopicCode = (value: string) => value as TopicCode;
export const asVersion = (value: number) => value as Version;
export const asRequestId = (value: string) => value as RequestId;
export const asMeetingId = (value: number) => value as MeetingId;
export const asAgreementId = (value: number) => value as AgreementId;
export const asCommitmentId = (value: number) => value as CommitmentId;
export const asFileId = (value: number) => value as FileId;
export const asNotificationId = (value: number) => value as NotificationId;
export const asImportId = (value: number) => value as ImportId;
export const asPartyCode = (value: string) => value as PartyCode;

/** Parses a positive integer id from a route segment; null when it is not one. */
export function parseIntegerId(segment: string | undefined): number | null {
  if (segment === undefined || !/^[1-9][0-9]{0,15}$/.test(segment)) return null;
  return Number(segment);
}
