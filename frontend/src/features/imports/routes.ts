// Importing a report (M5): the upload, then the review of its reading before it is saved.

import { lazy } from "react";
import { canImportReports } from "../../domain/access";
import { asImportId } from "../../domain/ids";
import { definePath, integerId } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const importRoutes = defineRoutes({
  newImport: route({
    path: definePath("/imports/new"),
    page: lazy(() => import("./ImportPage")),
    allowed: canImportReports,
    nav: { label: "nav.import", order: 50 },
  }),
  importReview: route({
    path: definePath("/imports/:id", { id: integerId(asImportId) }),
    page: lazy(() => import("./ImportReviewPage")),
    allowed: canImportReports,
  }),
});

export const importPaths = pathsOf(importRoutes);
