// The main navigation: which pages a user is offered. A page that the user's role cannot use is
// not linked at all (the server refuses it anyway; the interface should not offer a dead end).

import { canAdministerUsers, canImportReports, canReadAudit, canReadContactPoints, canSeeFollowUpOverview } from "./access";
import type { MessageKey } from "./i18n/translate";
import type { User } from "./model";
import { paths } from "./paths";

export type NavigationItem = { readonly href: string; readonly label: MessageKey; readonly section: string };

export function navigationFor(user: User): NavigationItem[] {
  const items: NavigationItem[] = [{ href: paths.home(), label: "nav.home", section: "home" }];
  if (user.role === "country_officer" && user.country) items.push({ href: paths.country(user.country), label: "nav.myCountry", section: "country" });
  if (canSeeFollowUpOverview(user)) items.push({ href: paths.followUp(), label: "nav.followUp", section: "follow-up" });
  items.push({ href: paths.meetings(), label: "nav.meetings", section: "meetings" });
  if (canImportReports(user)) items.push({ href: paths.newImport(), label: "nav.import", section: "imports" });
  items.push({ href: paths.notifications(), label: "nav.notifications", section: "notifications" });
  if (canReadContactPoints(user)) items.push({ href: paths.contactPoints(), label: "nav.contactPoints", section: "contact-points" });
  items.push({ href: paths.countries(), label: "nav.countries", section: "countries" });
  items.push({ href: paths.organizations(), label: "nav.organizations", section: "organizations" });
  if (canAdministerUsers(user)) items.push({ href: paths.users(), label: "nav.users", section: "users" });
  if (canReadAudit(user)) items.push({ href: paths.audit(), label: "nav.audit", section: "audit" });
  return items;
}

/** The navigation section a path belongs to, for aria-current. */
export function sectionOf(pathname: string): string {
  const first = pathname.split("/").filter(Boolean)[0];
  // A commitment belongs to its meeting's section.
  if (first === "commitments") return "meetings";
  return first ?? "home";
}
