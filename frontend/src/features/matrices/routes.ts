// Legislation matrices (M7–M10): the list, a matrix as a grid (filters, comparison of countries,
// versions as of a round, what changed, downloads), a round's dashboard (who has reported), and a
// country's column in a round, where its officer edits the cells and submits.

import { lazy } from "react";
import { countryCode, definePath, integerId } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";
import { asMatrixId, asMatrixTopicId } from "./model";
import { canReadMatrices } from "./rules";

const matrix = integerId(asMatrixId);
const round = integerId((value: number) => value);
const topic = integerId(asMatrixTopicId);

export const matricesRoutes = defineRoutes({
  matrices: route({
    path: definePath("/matrices"),
    page: lazy(() => import("./MatricesPage")),
    allowed: canReadMatrices,
    nav: { label: "nav.matrices", order: 47, description: "matrices.homeDescription" },
  }),
  matrix: route({
    path: definePath("/matrices/:id", { id: matrix }),
    page: lazy(() => import("./MatrixPage")),
    allowed: canReadMatrices,
  }),
  round: route({
    path: definePath("/matrices/:id/rounds/:round", { id: matrix, round }),
    page: lazy(() => import("./RoundPage")),
    allowed: canReadMatrices,
  }),
  timeline: route({
    path: definePath("/matrices/:id/cells/:topic/:country", { id: matrix, topic, country: countryCode }),
    page: lazy(() => import("./TimelinePage")),
    allowed: canReadMatrices,
  }),
  column: route({
    path: definePath("/matrices/:id/rounds/:round/countries/:country", { id: matrix, round, country: countryCode }),
    page: lazy(() => import("./ColumnPage")),
    allowed: canReadMatrices,
  }),
});

export const matricesPaths = pathsOf(matricesRoutes);
