// Signing in and the user's own account. Every page is loaded on demand, the login page too:
// the first page of a visitor is the public page (issue 13, item 6), and the login page brings
// the sign-in steps and the QR code of two-step verification, which that page does not need.

import { lazy } from "react";
import { definePath, withQuery } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const sessionRoutes = defineRoutes({
  login: route({ path: definePath("/login"), page: lazy(() => import("./LoginPage").then((module) => ({ default: module.LoginPage }))), audience: "signedOut" }),
  account: route({ path: definePath("/account"), page: lazy(() => import("./AccountPage")) }),
  forgotPassword: route({ path: definePath("/forgot-password"), page: lazy(() => import("./ForgotPasswordPage")), audience: "signedOut" }),
  resetPassword: route({ path: definePath("/reset-password"), page: lazy(() => import("./ResetPasswordPage")), audience: "signedOut" }),
});

export const sessionPaths = {
  ...pathsOf(sessionRoutes),
  /** The login page, coming back to `next` (a same-site path) once signed in. */
  login: (next?: string) => withQuery(sessionRoutes.login.path.build(), { next: next && next !== "/" ? next : undefined }),
};
