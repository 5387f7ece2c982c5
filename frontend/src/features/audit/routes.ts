// The audit log (the TS).

import { lazy } from "react";
import { canReadAudit } from "../../domain/access";
import { definePath } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const auditRoutes = defineRoutes({
  audit: route({
    path: definePath("/audit"),
    page: lazy(() => import("./AuditPage")),
    allowed: canReadAudit,
    nav: { label: "nav.audit", order: 110, description: "audit.homeDescription" },
  }),
});

export const auditPaths = pathsOf(auditRoutes);
