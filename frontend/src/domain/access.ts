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
