// The user's notifications (the header's bell is in unread.tsx).

import { lazy } from "react";
import { definePath } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const notificationRoutes = defineRoutes({
  notifications: route({
    path: definePath("/notifications"),
    page: lazy(() => import("./NotificationsPage")),
    nav: { label: "nav.notifications", order: 60 },
  }),
});

export const notificationPaths = pathsOf(notificationRoutes);
