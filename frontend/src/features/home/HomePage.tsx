import { canReadContactPoints, canReviewContactPoint } from "../../domain/access";
import { Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi, useNavigation, useReference, useUser } from "../../app";
import { contactPaths } from "../contacts";

function PendingProposals() {
  const api = useApi();
  const { t } = useI18n();
  const load = useLoad(() => api.contactPoints({ status: "proposed" }), "pending");
  if (load.state !== "ready") return null;
  const count = load.data.length;
  return (
    <section className="panel" aria-labelledby="pending-title">
      <h2 id="pending-title">{t("home.pendingTitle")}</h2>
      <p>{count === 0 ? t("home.pendingNone") : count === 1 ? t("home.pendingOne") : t("home.pendingMany", { count })}</p>
      {count > 0 && (
        <p>
          <Link to={`${contactPaths.contactPoints()}?status=proposed`}>{t("home.pendingLink")}</Link>
        </p>
      )}
    </section>
  );
}

export function HomePage() {
  const user = useUser();
  const { t } = useI18n();
  const reference = useReference();
  const country = reference?.country(user.country);
  const organization = reference?.organization(user.organization);
  // The sections the user may open, as the navigation offers them, less this page itself.
  const items = useNavigation().filter((item) => item.section !== "home");
  return (
    <>
      <PageHeading title={t("home.title")}>{t("home.welcome", { name: user.name })}</PageHeading>
      <p className="lead">
        {t(`roles.${user.role}`)}
        {country && (
          <>
            {" · "}
            <Localized value={country.name} />
          </>
        )}
        {organization && (
          <>
            {" · "}
            <Localized value={organization.name} />
          </>
        )}
      </p>
      {canReadContactPoints(user) && canReviewContactPoint(user, { status: "proposed" }) && <PendingProposals />}
      <h2>{t("home.sectionsTitle")}</h2>
      <ul className="card-list">
        {items.map((item) => {
          return (
            <li key={item.href} className="card">
              <h3 className="card-title">
                <Link to={item.href}>{t(item.label)}</Link>
              </h3>
              {item.description && <p>{t(item.description)}</p>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
