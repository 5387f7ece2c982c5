// The public page (issue 13, item 6): what anybody reads without signing in — the process, its
// networks, its meetings with an adopted report and their downloads, its public documents, and a
// search over public material. "/" shows it to visitors who are not signed in (App.tsx).

import { lazy } from "react";
import { definePath } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const publicPageRoutes = defineRoutes({
  publicPage: route({
    path: definePath("/public"),
    page: lazy(() => import("./PublicPage")),
    audience: "anyone",
  }),
});

export const publicPagePaths = pathsOf(publicPageRoutes);
