// Search across everything (issue 13, M27): one page of results, open to anyone (anonymous
// visitors find public material only; the server decides what each caller may read).

import { lazy } from "react";
import { definePath } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const searchRoutes = defineRoutes({
  search: route({
    path: definePath("/search"),
    page: lazy(() => import("./SearchPage")),
    audience: "anyone",
  }),
});

export const searchPaths = pathsOf(searchRoutes);
