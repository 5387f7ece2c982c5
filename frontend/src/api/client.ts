// The typed client for the JSON API of docs/api.md. Each method is one route; the answer types
// are the domain's records. Nothing outside src/api/ builds URLs for the API or calls fetch.

import type { ContactPointId, CountryCode, NetworkCode, TopicCode, UserId, Version } from "../domain/ids";
import type { Language } from "../domain/language";
import type {
  AuditEntry,
  AuditOutcome,
  ContactPoint,
  ContactPointInput,
  ContactPointStatus,
  Country,
  Network,
  Organization,
  Process,
  Role,
  Topic,
  User,
} from "../domain/model";
import { isApiError } from "./errors";
import { Transport, type TransportOptions } from "./http";

export type Session = { readonly user: User; readonly csrf_token: string };
type Items<T> = { readonly items: readonly T[] };
export type Page<T> = { readonly items: readonly T[]; readonly next_cursor: string | null };

export type ContactPointFilter = {
  readonly country?: CountryCode | "";
  readonly network?: NetworkCode | "";
  readonly topic?: TopicCode | "";
  readonly status?: ContactPointStatus | "";
  readonly history?: boolean;
};

export type UserFilter = { readonly q?: string; readonly role?: Role | ""; readonly country?: CountryCode | "" };

export type NewUser = {
  email: string;
  name: string;
  role: Role;
  country?: string | null;
  organization?: string | null;
  language?: Language;
};
export type UserChange = Partial<{
  name: string;
  role: Role;
  country: string | null;
  organization: string | null;
  active: boolean;
  language: Language;
}>;

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

const v1 = "/api/v1";

export class EnlaceApi {
  readonly transport: Transport;

  constructor(options: TransportOptions) {
    this.transport = new Transport(options);
  }

  // Session and account

  /** Signs in and remembers the CSRF token for later state-changing requests. */
  async signIn(email: string, password: string): Promise<Session> {
    const { data } = await this.transport.request<Session>("POST", `${v1}/session`, { body: { email, password } });
    this.transport.setCsrfToken(data.csrf_token);
    return data;
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

  async updateMe(change: { name?: string; language?: Language }, version: Version): Promise<User> {
    return (await this.transport.request<User>("PATCH", `${v1}/me`, { body: change, ifMatch: version })).data;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.transport.request<void>("POST", `${v1}/me/password`, {
      body: { current_password: currentPassword, new_password: newPassword },
    });
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

  async createUser(user: NewUser): Promise<{ user: User; password: string }> {
    return (await this.transport.request<{ user: User; password: string }>("POST", `${v1}/users`, { body: user })).data;
  }

  async updateUser(id: UserId, change: UserChange, version: Version): Promise<User> {
    return (await this.transport.request<User>("PATCH", `${v1}/users/${id}`, { body: change, ifMatch: version })).data;
  }

  async resetPassword(id: UserId): Promise<string> {
    return (await this.transport.request<{ password: string }>("POST", `${v1}/users/${id}/password`)).data.password;
  }

  // Audit (secretariat)

  async audit(filter: AuditFilter = {}): Promise<Page<AuditEntry>> {
    return (await this.transport.request<Page<AuditEntry>>("GET", `${v1}/audit`, { query: filter })).data;
  }

  // Contact points (M14)

  async contactPoints(filter: ContactPointFilter = {}): Promise<readonly ContactPoint[]> {
    return (await this.transport.request<Items<ContactPoint>>("GET", `${v1}/contact-points`, { query: filter })).data.items;
  }

  /** A plain link for the CSV export: the browser downloads it with the session cookie. */
  contactPointsCsvUrl(filter: ContactPointFilter = {}): string {
    return this.transport.url(`${v1}/contact-points.csv`, filter);
  }

  async contactPoint(id: ContactPointId): Promise<ContactPoint> {
    return (await this.transport.request<ContactPoint>("GET", `${v1}/contact-points/${id}`)).data;
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
}
