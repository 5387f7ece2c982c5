import { roles, type Role, type User } from "../../domain/model";
import { Localized } from "../../components/feedback";
import type { Translate } from "../../domain/i18n/translate";
import type { Option } from "../../components/fields";
import type { ReferenceData } from "../../app";

export function roleOptions(t: Translate): Option[] {
  return roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

/** Country for an officer, organisation for an observer or civil-society user. */
export function Affiliation({ user, reference }: { user: Pick<User, "country" | "organization">; reference: ReferenceData }) {
  const country = reference.country(user.country);
  const organization = reference.organization(user.organization);
  if (country) return <Localized value={country.name} />;
  if (organization) return <Localized value={organization.abbreviation} missing={organization.code} />;
  return <>{user.country ?? user.organization ?? "—"}</>;
}

export function needsCountry(role: Role | string): boolean {
  return role === "country_officer";
}

export function needsOrganization(role: Role | string): boolean {
  return role === "observer" || role === "civil_society";
}
