// What each role may do on the foundation pages. The server decides; these rules only decide
// what the interface offers, so that nobody is shown a link or a button that can only fail.

import type { CountryCode } from "./ids";
import type { ContactPoint, User } from "./model";

export function canReadContactPoints(user: User): boolean {
  return user.role !== "civil_society";
}

/** Who may propose a contact point at all; for which country is decided by proposableCountry. */
export function canProposeContactPoints(user: User): boolean {
  return user.role === "secretariat" || (user.role === "country_officer" && user.country !== null);
}

/**
 * The country a user's proposals are fixed to: an officer's own country. Null means the user
 * chooses (the secretariat).
 */
export function fixedProposalCountry(user: User): CountryCode | null {
  return user.role === "country_officer" ? user.country : null;
}

export function canEditContactPoint(user: User, contactPoint: Pick<ContactPoint, "country" | "status">): boolean {
  if (contactPoint.status === "rejected" || contactPoint.status === "ended") return false;
  if (user.role === "secretariat") return true;
  return user.role === "country_officer" && user.country === contactPoint.country;
}

export function canEndContactPoint(user: User, contactPoint: Pick<ContactPoint, "country" | "status">): boolean {
  return contactPoint.status === "confirmed" && canEditContactPoint(user, contactPoint);
}

export function canReviewContactPoint(user: User, contactPoint: Pick<ContactPoint, "status">): boolean {
  return user.role === "secretariat" && contactPoint.status === "proposed";
}

export function canAdministerUsers(user: User): boolean {
  return user.role === "secretariat";
}

export function canReadAudit(user: User): boolean {
  return user.role === "secretariat";
}

// Meetings, agreements and commitments

/** The TS creates and edits meetings, agreements and commitments; everyone else reads them. */
export function canManageMeetings(user: User): boolean {
  return user.role === "secretariat";
}

/** The follow-up overview across every party (the TS's home page). */
export function canSeeFollowUpOverview(user: User): boolean {
  return user.role === "secretariat";
}

/**
 * The section whose page "/" shows the user (Landing.tsx): the follow-up overview for the TS,
 * the own country's page for an officer, else the home page itself.
 */
export function landingSection(user: User): "followUp" | "country" | "home" {
  if (user.role === "country_officer" && user.country) return "country";
  if (canSeeFollowUpOverview(user)) return "followUp";
  return "home";
}

/** True when "/" shows a page that has its own menu entry (so "Home" would repeat it). */
export function landsOnOwnPage(user: User): boolean {
  return landingSection(user) !== "home";
}

export function canImportReports(user: User): boolean {
  return user.role === "secretariat";
}

/**
 * Who may post an update on a commitment, and for which country: the TS for anyone; a country
 * officer on their own country's commitment, or on a MEMBER_COUNTRIES one for their own row.
 * Observers and civil society post for their organisation's commitments.
 */
export function canAnswerCommitment(user: User, commitment: { party: string }): boolean {
  if (user.role === "secretariat") return true;
  if (user.role === "country_officer") {
    return user.country !== null && (commitment.party === user.country || commitment.party === "MEMBER_COUNTRIES");
  }
  return user.organization !== null && commitment.party === user.organization;
}

/** The country an answer counts for: an officer's own, fixed; null when the user chooses (TS) or none applies. */
export function answeringCountry(user: User, commitment: { party: string }): CountryCode | null {
  if (user.role !== "country_officer" || user.country === null) return null;
  return commitment.party === "MEMBER_COUNTRIES" || commitment.party === user.country ? user.country : null;
}
