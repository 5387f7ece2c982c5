// Signing in and the user's own account. The login page is the one page shown before sign-in,
// so it is not loaded lazily: it is the first page of most visits.

import { lazy } from "react";
import { definePath, withQuery } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";
import { LoginPage } from "./LoginPage";

export const sessionRoutes = defineRoutes({
  login: route({ path: definePath("/login"), page: LoginPage, audience: "signedOut" }),
  account: route({ path: definePath("/account"), page: lazy(() => import("./AccountPage")) }),
  forgotPassword: route({ path: definePath("/forgot-password"), page: lazy(() => import("./ForgotPasswordPage")), audience: "signedOut" }),
  resetPassword: route({ path: definePath("/reset-password"), page: lazy(() => import("./ResetPasswordPage")), audience: "signedOut" }),
});

export const sessionPaths = {
  ...pathsOf(sessionRoutes),
  /** The login page, coming back to `next` (a same-site path) once signed in. */
  login: (next?: string) => withQuery(sessionRoutes.login.path.build(), { next: next && next !== "/" ? next : undefined }),
};
