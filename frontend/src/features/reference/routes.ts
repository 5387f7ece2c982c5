// Reference data pages: the process's countries and organisations.

import { lazy } from "react";
import { definePath } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const referenceRoutes = defineRoutes({
  countries: route({
    path: definePath("/countries"),
    page: lazy(() => import("./CountriesPage")),
    nav: { label: "nav.countries", order: 80, description: "reference.countriesDescription" },
  }),
  organizations: route({
    path: definePath("/organizations"),
    page: lazy(() => import("./OrganizationsPage")),
    nav: { label: "nav.organizations", order: 90, description: "reference.organizationsDescription" },
  }),
});

export const referencePaths = pathsOf(referenceRoutes);
