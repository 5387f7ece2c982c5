// Small pieces the cooperation pages share: the feature's API, a state's badge, how long a request
// has waited, what comes next and who does it, and the names of countries and partners.

import { useMemo } from "react";
import { localizedString } from "../../domain/localized";
import type { User } from "../../domain/model";
import { useI18n } from "../../components/i18n";
import { useApi, type ReferenceData } from "../../app";
import { cooperationApi, type CooperationApi } from "./api";
import type { CooperationRequest, CooperationState } from "./model";
import { isCountrySide, nextStep } from "./rules";
import "./styles.css";

export function useCooperationApi(): CooperationApi {
  const api = useApi();
  return useMemo(() => cooperationApi(api), [api]);
}

/** Country and partner names in the interface language; an unknown code shows as itself. */
export function useNames(reference: ReferenceData) {
  const { language } = useI18n();
  return {
    country: (code: string) => localizedString(reference.country(code)?.name, language, code),
    partner: (code: string) => {
      const organization = reference.organization(code);
      return organization ? localizedString(organization.abbreviation, language, code) : code;
    },
    partnerFull: (code: string) => {
      const organization = reference.organization(code);
      if (!organization) return code;
      const name = localizedString(organization.name, language, code);
      const abbreviation = localizedString(organization.abbreviation, language, "");
      return abbreviation && abbreviation !== name ? `${name} (${abbreviation})` : name;
    },
  };
}

/** The organisations a request may be addressed to: not the Secretariat itself, not a group of countries. */
export function partnerOptions(reference: ReferenceData, language: "es" | "en") {
  return reference.organizations
    .filter((organization) => organization.kind !== "secretariat" && organization.kind !== "group")
    .map((organization) => ({
      value: organization.code,
      label: `${localizedString(organization.abbreviation, language, organization.code)} — ${localizedString(organization.name, language, organization.code)}`,
    }));
}

export function StateBadge({ state }: { state: CooperationState }) {
  const { t } = useI18n();
  return <span className={`badge badge-cooperation-${state}`}>{t(`cooperation.state.${state}`)}</span>;
}

/** "45 days" at the current step, and a marker when the Secretariat has let it wait over 30 days. */
export function WaitingTime({ request }: { request: Pick<CooperationRequest, "waiting"> }) {
  const { t } = useI18n();
  const waiting = request.waiting;
  if (!waiting) return <>{t("cooperation.waiting.finished")}</>;
  const days =
    waiting.days === 0 ? t("cooperation.waiting.today") : waiting.days === 1 ? t("cooperation.waiting.oneDay") : t("cooperation.waiting.days", { count: waiting.days });
  return (
    <span className="waiting">
      <span className={waiting.overdue ? "waiting-days waiting-overdue" : "waiting-days"}>{days}</span>
      {waiting.overdue && <span className="badge badge-cooperation-overdue">{t("cooperation.waiting.overdue")}</span>}
    </span>
  );
}

/** What comes next and who does it; addressed to the user when it is theirs to do. */
export function NextStep({ user, request, reference }: { user: User; request: CooperationRequest; reference: ReferenceData }) {
  const { t } = useI18n();
  const names = useNames(reference);
  const next = nextStep(request.state);
  if (!next) return <>{t("cooperation.next.none")}</>;
  const params = { country: names.country(request.country), partner: names.partner(request.partner) };
  // The country's step is the country's officers' to take (the Secretariat may, on its behalf, but
  // it is not its next step); the Secretariat's steps are its own.
  const yours = next.by === "country" ? user.role === "country_officer" && isCountrySide(user, request) : user.role === "secretariat";
  return yours ? <strong>{t(`cooperation.nextYours.${next.action}`, params)}</strong> : <>{t(`cooperation.next.${next.action}`, params)}</>;
}
