// Follow-up: the TS's overview across every party, and one country's page (an officer's home).

import { lazy } from "react";
import { canSeeFollowUpOverview } from "../../domain/access";
import { countryCode, definePath } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const followUpRoutes = defineRoutes({
  followUp: route({
    path: definePath("/follow-up"),
    page: lazy(() => import("./FollowUpPage")),
    allowed: canSeeFollowUpOverview,
    nav: { label: "nav.followUp", order: 30 },
  }),
  country: route({
    path: definePath("/country/:code", { code: countryCode }),
    page: lazy(() => import("./CountryPage")),
    // "My country": an officer's own country page.
    nav: {
      label: "nav.myCountry",
      order: 20,
      params: (user) => (user.role === "country_officer" && user.country ? { code: user.country } : null),
    },
  }),
});

export const followUpPaths = pathsOf(followUpRoutes);
