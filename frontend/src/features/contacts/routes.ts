// Contact points (M14): the directory, one contact point, proposing and editing.

import { lazy } from "react";
import { canProposeContactPoints, canReadContactPoints } from "../../domain/access";
import { asContactPointId, type ContactPointId, type CountryCode, type NetworkCode, type TopicCode } from "../../domain/ids";
import { definePath, integerId, withQuery } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

const contactPoint = integerId(asContactPointId);

export const contactRoutes = defineRoutes({
  contactPoints: route({
    path: definePath("/contact-points"),
    page: lazy(() => import("./ContactPointsPage")),
    allowed: canReadContactPoints,
    nav: { label: "nav.contactPoints", order: 70, description: "contacts.homeDescription" },
  }),
  newContactPoint: route({
    path: definePath("/contact-points/new"),
    page: lazy(() => import("./ProposeContactPointPage")),
    allowed: canProposeContactPoints,
  }),
  contactPoint: route({
    path: definePath("/contact-points/:id", { id: contactPoint }),
    page: lazy(() => import("./ContactPointPage")),
    allowed: canReadContactPoints,
  }),
  editContactPoint: route({
    path: definePath("/contact-points/:id/edit", { id: contactPoint }),
    page: lazy(() => import("./EditContactPointPage")),
    allowed: canReadContactPoints,
  }),
});

/** What the proposal form starts with, from the query string. */
export type ContactPointPrefill = { country?: CountryCode; network?: NetworkCode; topic?: TopicCode; replaces?: ContactPointId };

export const contactPaths = {
  ...pathsOf(contactRoutes),
  newContactPoint: (prefill: ContactPointPrefill = {}) =>
    withQuery(contactRoutes.newContactPoint.path.build(), {
      country: prefill.country,
      network: prefill.network,
      topic: prefill.topic,
      replaces: prefill.replaces,
    }),
};
