import { canReadContactPoints, canReviewContactPoint } from "../../domain/access";
import { sortCommitments } from "../../domain/meetings";
import { Empty, LoadPending, Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi, useNavigation, useReference, useUser } from "../../app";
import { contactPaths } from "../contacts";
import { commitmentPaths, DeadlineText, isClosed, StatusBadge, useParties } from "../commitments";
import { meetingTitle } from "../meetings";

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

/**
 * What the user's organisation owes (an observer's or a civil-society member's home): every
 * commitment whose responsible party is the organisation, open ones first, with its deadline,
 * its state and the meeting it comes from.
 */
function OrganizationCommitments({ organization }: { organization: string }) {
  const api = useApi();
  const { t, language } = useI18n();
  const parties = useParties();
  const load = useLoad(async () => {
    const [items, meetings] = await Promise.all([api.commitments({ party: organization }), api.meetings()]);
    return { items: sortCommitments(items), meetings: new Map(meetings.map((meeting) => [meeting.id, meeting])) };
  }, `owes-${organization}`);
  const name = parties.name(organization);
  return (
    <section className="section-gap" aria-labelledby="owes-title">
      <h2 id="owes-title">{t("home.owesTitle", { organization: name })}</h2>
      <LoadPending load={load} />
      {load.state === "ready" &&
        (load.data.items.length === 0 ? (
          <Empty>{t("home.owesNone", { organization: name })}</Empty>
        ) : (
          <ul className="card-list owes-list">
            {load.data.items.map((commitment) => {
              const meeting = load.data.meetings.get(commitment.meeting);
              return (
                <li key={commitment.id} className="card">
                  <div className="card-topline">
                    <span className="card-kicker">
                      {meeting
                        ? t("country.from", { meeting: meetingTitle(meeting, parties, language, t), number: commitment.agreement_number })
                        : t("commitments.detail.agreement", { number: commitment.agreement_number })}
                    </span>
                    <StatusBadge commitment={commitment} />
                  </div>
                  <h3 className="card-title">
                    <Link to={commitmentPaths.commitment(commitment.id)}>
                      <Localized value={commitment.action} />
                    </Link>
                  </h3>
                  <p>
                    <DeadlineText deadline={commitment.deadline} closed={isClosed(commitment.status)} />
                  </p>
                </li>
              );
            })}
          </ul>
        ))}
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
      {user.organization && <OrganizationCommitments organization={user.organization} />}
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
