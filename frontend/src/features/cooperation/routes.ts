// Cooperation requests (M17): the list (each country's requests and where they stand; the
// Secretariat's view by state), a new request, one request with its steps, editing a draft.
// Observers, civil society and the public are not offered these pages (the server refuses them too).

import { lazy } from "react";
import { definePath, integerId } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";
import { asCooperationRequestId } from "./model";
import { canCreateCooperationRequest, canUseCooperation } from "./rules";

const request = integerId(asCooperationRequestId);

export const cooperationRoutes = defineRoutes({
  cooperationRequests: route({
    path: definePath("/cooperation-requests"),
    page: lazy(() => import("./CooperationRequestsPage")),
    allowed: canUseCooperation,
    nav: { label: "nav.cooperation", order: 45, description: "cooperation.homeDescription" },
  }),
  newCooperationRequest: route({
    path: definePath("/cooperation-requests/new"),
    page: lazy(() => import("./NewCooperationRequestPage")),
    allowed: canCreateCooperationRequest,
  }),
  cooperationRequest: route({
    path: definePath("/cooperation-requests/:id", { id: request }),
    page: lazy(() => import("./CooperationRequestPage")),
    allowed: canUseCooperation,
  }),
  editCooperationRequest: route({
    path: definePath("/cooperation-requests/:id/edit", { id: request }),
    page: lazy(() => import("./EditCooperationRequestPage")),
    allowed: canUseCooperation,
  }),
});

export const cooperationPaths = pathsOf(cooperationRoutes);
