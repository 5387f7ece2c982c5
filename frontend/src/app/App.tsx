// Which page to show: the session decides between the login page and the signed-in shell, the
// route table (routes.ts) decides the page for the address, and the user's role decides whether
// the page is offered at all. Pages other than the login page are loaded on demand, so the first
// visit downloads only what it shows.

import { Suspense } from "react";
import { matchRoute, mayOpen, safeNextPath } from "../domain/routing";
import type { User } from "../domain/model";
import { Loading, LoadFailure } from "../components/feedback";
import { useI18n } from "../components/i18n";
import { PageHeading } from "../components/PageHeading";
import { Link, Redirect, useLocation } from "../components/router";
import type { Route } from "../components/routes";
import { sessionPaths } from "../features/session/routes";
import { routes, shellPaths } from "./routes";
import { useSession } from "./session";
import { PublicShell, Shell } from "./Shell";

export function App() {
  const { state, retry } = useSession();
  const location = useLocation();
  const match = matchRoute(routes, location.pathname);

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
    if (match?.route.audience !== "signedOut" && match?.route.audience !== "anyone") {
      // Keep where the user was going, and come back there after signing in.
      const next = location.pathname + (location.search.toString() ? `?${location.search.toString()}` : "");
      return <Redirect to={sessionPaths.login(next)} />;
    }
    return (
      <PublicShell>
        <Page route={match.route} params={match.params} />
      </PublicShell>
    );
  }

  const user = state.user;
  if (match?.route.audience === "signedOut") return <Redirect to={safeNextPath(location.search.get("next"))} />;
  return (
    <Shell user={user}>
      <Suspense fallback={<Loading />}>
        <SignedInPage user={user} />
      </Suspense>
    </Shell>
  );
}

function Page({ route, params }: { route: Route; params: object }) {
  const Component = route.page;
  return <Component {...params} />;
}

function SignedInPage({ user }: { user: User }) {
  const location = useLocation();
  const match = matchRoute(routes, location.pathname);
  if (match === null) return <NotFoundPage />;
  if (!mayOpen(match.route, user)) return <NotAllowedPage />;
  // A new address of another page, or of the same page with other parameters, mounts the page
  // anew: its state starts afresh and its heading takes focus.
  return <Page key={`${match.route.name}:${location.pathname}`} route={match.route} params={match.params} />;
}

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("notFound.title")}>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to={shellPaths.home()}>{t("notFound.home")}</Link>
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
        <Link to={shellPaths.home()}>{t("notFound.home")}</Link>
      </p>
    </>
  );
}
