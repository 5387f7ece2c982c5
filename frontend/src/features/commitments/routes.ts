// A commitment's own page: its deadline, progress, the countries' answers and updates.

import { lazy } from "react";
import { asCommitmentId } from "../../domain/ids";
import { definePath, integerId } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const commitmentRoutes = defineRoutes({
  commitment: route({
    path: definePath("/commitments/:id", { id: integerId(asCommitmentId) }),
    page: lazy(() => import("./CommitmentPage")),
    // A commitment is read from its meeting: the navigation marks "Meetings".
    section: "meetings",
  }),
});

export const commitmentPaths = pathsOf(commitmentRoutes);
