// Which page to show: the session decides between the public pages and the signed-in shell, the
// route table (routes.ts) decides the page for the address, and the user's role decides whether
// the page is offered at all. Pages are loaded on demand, so the first visit downloads only what
// it shows: a visitor who is not signed in gets the public page at "/" (issue 13, item 6), with the
// words of the public page only; every other page waits for the rest of the catalogue
// (catalogue.core.ts, loadAllTexts).

import { Suspense, use, type ReactNode } from "react";
import { matchRoute, mayOpen, safeNextPath } from "../domain/routing";
import type { User } from "../domain/model";
import { Loading, LoadFailure } from "../components/feedback";
import { useI18n } from "../components/i18n";
import { PageHeading } from "../components/PageHeading";
import { Link, Redirect, useLocation } from "../components/router";
import type { Route } from "../components/routes";
import { sessionPaths } from "../features/session/routes";
import { publicPageRoutes } from "../features/publicPage/routes";
import { loadAllTexts } from "./catalogue.core";
import { routes, shellPaths } from "./routes";
import { useSession } from "./session";
import { PublicShell, Shell } from "./Shell";

export function App() {
  const { state, retry } = useSession();
  const location = useLocation();
  const match = matchRoute(routes, location.pathname);

  if (state.status === "loading") {
    // Nobody is known yet: no "Sign in" until the session says who it is.
    return (
      <PublicShell signIn={false}>
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
    if (location.pathname === "/" || match?.route === publicPageRoutes.publicPage) {
      return (
        <PublicShell>
          <Suspense fallback={<Loading />}>
            <Page route={publicPageRoutes.publicPage} params={{}} />
          </Suspense>
        </PublicShell>
      );
    }
    if (match?.route.audience !== "signedOut" && match?.route.audience !== "anyone") {
      // Keep where the user was going, and come back there after signing in.
      const next = location.pathname + (location.search.toString() ? `?${location.search.toString()}` : "");
      return <Redirect to={sessionPaths.login(next)} />;
    }
    return (
      <PublicShell>
        <Suspense fallback={<Loading />}>
          <WithAllTexts>
            <Page route={match.route} params={match.params} />
          </WithAllTexts>
        </Suspense>
      </PublicShell>
    );
  }

  const user = state.user;
  if (match?.route.audience === "signedOut") return <Redirect to={safeNextPath(location.search.get("next"))} />;
  return (
    <Suspense
      fallback={
        <PublicShell signIn={false}>
          <Loading />
        </PublicShell>
      }
    >
      <WithAllTexts>
        <Shell user={user}>
          <Suspense fallback={<Loading />}>
            <SignedInPage user={user} />
          </Suspense>
        </Shell>
      </WithAllTexts>
    </Suspense>
  );
}

/** Renders its children once every part of the catalogue is loaded (suspends until then). */
function WithAllTexts({ children }: { children: ReactNode }) {
  use(loadAllTexts());
  return children;
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
