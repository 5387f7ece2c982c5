// Which page to show: the session decides between the login page and the signed-in shell, the
// address decides the page, and the user's role decides whether the page is offered at all.
// Pages other than the login page and the home page are loaded on demand, so the first visit
// downloads only what it shows.

import { lazy, Suspense, type ReactNode } from "react";
import {
  canAdministerUsers,
  canImportReports,
  canManageMeetings,
  canProposeContactPoints,
  canReadAudit,
  canReadContactPoints,
  canSeeFollowUpOverview,
} from "../domain/access";
import type { User } from "../domain/model";
import { matchRoute, paths, safeNextPath } from "../domain/paths";
import { Loading, LoadFailure } from "../components/feedback";
import { useI18n } from "../components/i18n";
import { PageHeading } from "../components/PageHeading";
import { Link, Redirect, useLocation } from "../components/router";
import { HomePage } from "../features/home/HomePage";
import { LoginPage } from "../features/session/LoginPage";
import { useSession } from "../features/session/session";
import { PublicShell, Shell } from "./Shell";

const ContactPointsPage = lazy(() => import("../features/contacts/ContactPointsPage"));
const ContactPointPage = lazy(() => import("../features/contacts/ContactPointPage"));
const ProposeContactPointPage = lazy(() => import("../features/contacts/ProposeContactPointPage"));
const EditContactPointPage = lazy(() => import("../features/contacts/EditContactPointPage"));
const CountriesPage = lazy(() => import("../features/reference/CountriesPage"));
const OrganizationsPage = lazy(() => import("../features/reference/OrganizationsPage"));
const UsersPage = lazy(() => import("../features/users/UsersPage"));
const NewUserPage = lazy(() => import("../features/users/NewUserPage"));
const UserPage = lazy(() => import("../features/users/UserPage"));
const AuditPage = lazy(() => import("../features/audit/AuditPage"));
const AccountPage = lazy(() => import("../features/session/AccountPage"));
const MeetingsPage = lazy(() => import("../features/meetings/MeetingsPage"));
const MeetingPage = lazy(() => import("../features/meetings/MeetingPage"));
const MeetingFormPage = lazy(() => import("../features/meetings/MeetingFormPage"));
const AgreementFormPage = lazy(() => import("../features/meetings/AgreementFormPage"));
const NewCommitmentPage = lazy(() => import("../features/meetings/CommitmentFormPage").then((m) => ({ default: m.NewCommitmentPage })));
const EditCommitmentPage = lazy(() => import("../features/meetings/CommitmentFormPage"));
const CommitmentPage = lazy(() => import("../features/commitments/CommitmentPage"));
const FollowUpPage = lazy(() => import("../features/followUp/FollowUpPage"));
const CountryPage = lazy(() => import("../features/followUp/CountryPage"));
const NotificationsPage = lazy(() => import("../features/notifications/NotificationsPage"));
const ImportPage = lazy(() => import("../features/imports/ImportPage"));
const ImportReviewPage = lazy(() => import("../features/imports/ImportReviewPage"));

export function App() {
  const { state, retry } = useSession();
  const location = useLocation();
  const route = matchRoute(location.pathname);

  if (state.status === "loading") {
    return (
      <PublicShell>
        <Loading />
      </PublicShell>
    );
  }
  if (state.status === "failed") {
    return (
      <PublicShell>
        <LoadFailure error={state.error} onRetry={retry} />
      </PublicShell>
    );
  }
  if (state.status === "signedOut") {
    if (route.name !== "login") {
      // Keep where the user was going, and come back there after signing in.
      const next = location.pathname + (location.search.toString() ? `?${location.search.toString()}` : "");
      return <Redirect to={paths.login(next)} />;
    }
    return (
      <PublicShell>
        <LoginPage reason={state.reason} />
      </PublicShell>
    );
  }

  const user = state.user;
  if (route.name === "login") return <Redirect to={safeNextPath(location.search.get("next"))} />;
  return (
    <Shell user={user}>
      <Suspense fallback={<Loading />}>
        <SignedInPage user={user} />
      </Suspense>
    </Shell>
  );
}

function SignedInPage({ user }: { user: User }) {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  const allowed = (condition: boolean, page: ReactNode) => (condition ? page : <NotAllowedPage />);

  switch (route.name) {
    case "home":
      // The officer's home is their country's page; the TS's is the follow-up overview.
      // Keys differ from the same pages' own addresses, so that moving between the two mounts
      // the page anew (and its heading takes focus).
      if (user.role === "country_officer" && user.country) return <CountryPage key={`home-${user.country}`} code={user.country} />;
      if (canSeeFollowUpOverview(user)) return <FollowUpPage key="home" />;
      return <HomePage />;
    case "meetings":
      return <MeetingsPage />;
    case "newMeeting":
      return allowed(canManageMeetings(user), <MeetingFormPage />);
    case "meeting":
      return <MeetingPage key={route.id} id={route.id} />;
    case "editMeeting":
      return allowed(canManageMeetings(user), <MeetingFormPage key={route.id} id={route.id} />);
    case "newAgreement":
      return allowed(canManageMeetings(user), <AgreementFormPage key={route.meeting} meeting={route.meeting} />);
    case "editAgreement":
      return allowed(
        canManageMeetings(user),
        <AgreementFormPage key={`${route.meeting}-${route.agreement}`} meeting={route.meeting} agreement={route.agreement} />,
      );
    case "newCommitment":
      return allowed(
        canManageMeetings(user),
        <NewCommitmentPage key={`${route.meeting}-${route.agreement}`} meeting={route.meeting} agreement={route.agreement} />,
      );
    case "commitment":
      return <CommitmentPage key={route.id} id={route.id} />;
    case "editCommitment":
      return allowed(canManageMeetings(user), <EditCommitmentPage key={route.id} id={route.id} />);
    case "followUp":
      return allowed(canSeeFollowUpOverview(user), <FollowUpPage key="follow-up" />);
    case "country":
      return <CountryPage key={route.code} code={route.code} />;
    case "notifications":
      return <NotificationsPage />;
    case "newImport":
      return allowed(canImportReports(user), <ImportPage />);
    case "importReview":
      return allowed(canImportReports(user), <ImportReviewPage key={route.id} id={route.id} />);
    case "contactPoints":
      return allowed(canReadContactPoints(user), <ContactPointsPage />);
    case "newContactPoint":
      return allowed(canProposeContactPoints(user), <ProposeContactPointPage />);
    case "contactPoint":
      return allowed(canReadContactPoints(user), <ContactPointPage key={route.id} id={route.id} />);
    case "editContactPoint":
      return allowed(canReadContactPoints(user), <EditContactPointPage key={route.id} id={route.id} />);
    case "countries":
      return <CountriesPage />;
    case "organizations":
      return <OrganizationsPage />;
    case "users":
      return allowed(canAdministerUsers(user), <UsersPage />);
    case "newUser":
      return allowed(canAdministerUsers(user), <NewUserPage />);
    case "user":
      return allowed(canAdministerUsers(user), <UserPage key={route.id} id={route.id} />);
    case "audit":
      return allowed(canReadAudit(user), <AuditPage />);
    case "account":
      return <AccountPage />;
    case "login":
    case "notFound":
      return <NotFoundPage />;
  }
}

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("notFound.title")}>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to={paths.home()}>{t("notFound.home")}</Link>
      </p>
    </>
  );
}

function NotAllowedPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("notAllowed.title")}>{t("notAllowed.title")}</PageHeading>
      <p>{t("notAllowed.body")}</p>
      <p>
        <Link to={paths.home()}>{t("notFound.home")}</Link>
      </p>
    </>
  );
}
