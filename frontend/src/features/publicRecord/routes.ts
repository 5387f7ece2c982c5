// The public record of agreements and their results (issue 10; Decidim's accountability pages):
// readable by anyone, signed in or not.

import { lazy } from "react";
import { definePath } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const publicRecordRoutes = defineRoutes({
  publicRecord: route({
    path: definePath("/public/agreements"),
    page: lazy(() => import("./PublicRecordPage")),
    audience: "anyone",
  }),
});

export const publicRecordPaths = pathsOf(publicRecordRoutes);
