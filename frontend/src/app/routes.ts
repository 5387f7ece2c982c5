// The one route table. Each feature declares its pages in its own routes.ts; this list puts
// them together, and everything else is derived from it: matching an address to a page
// (App.tsx), who may open it, the main navigation (navigation.ts) and the typed builders each
// feature exports. Adding a capability is one line here (and its catalogue pair in catalogue.ts).
//
// Order matters only where two patterns could read the same address; the codecs keep them apart
// ("/meetings/new" is not a meeting id), and routes.test.ts proves that every route's own
// addresses come back to it.

import { lazy } from "react";
import { landsOnOwnPage } from "../domain/access";
import { definePath } from "../domain/routing";
import { defineRoutes, entriesOf, pathsOf, route, type Route } from "../components/routes";
import { auditRoutes } from "../features/audit/routes";
import { publicRecordRoutes } from "../features/publicRecord/routes";
import { publicPageRoutes } from "../features/publicPage/routes";
import { commitmentRoutes } from "../features/commitments/routes";
import { contactRoutes } from "../features/contacts/routes";
import { cooperationRoutes } from "../features/cooperation/routes";
import { documentRoutes } from "../features/documents/routes";
import { followUpRoutes } from "../features/followUp/routes";
import { importRoutes } from "../features/imports/routes";
import { matricesRoutes } from "../features/matrices/routes";
import { meetingRoutes } from "../features/meetings/routes";
import { notificationRoutes } from "../features/notifications/routes";
import { referenceRoutes } from "../features/reference/routes";
import { sessionRoutes } from "../features/session/routes";
import { searchRoutes } from "../features/search/routes";
import { userRoutes } from "../features/users/routes";

/** The shell's own page: "/" shows each role its landing page (Landing.tsx). */
export const shellRoutes = defineRoutes({
  // "/" is the follow-up overview for the TS and "My country" for an officer: those roles get
  // that entry only, never two entries opening the same page.
  home: route({
    path: definePath("/"),
    page: lazy(() => import("./Landing")),
    nav: { label: "nav.home", order: 10, params: (user) => (landsOnOwnPage(user) ? null : {}) },
  }),
});

export const shellPaths = pathsOf(shellRoutes);

export const routes: readonly Route[] = [
  ...entriesOf(shellRoutes),
  ...entriesOf(sessionRoutes),
  ...entriesOf(followUpRoutes),
  ...entriesOf(meetingRoutes),
  ...entriesOf(commitmentRoutes),
  ...entriesOf(importRoutes),
  ...entriesOf(cooperationRoutes),
  ...entriesOf(matricesRoutes),
  ...entriesOf(documentRoutes),
  ...entriesOf(notificationRoutes),
  ...entriesOf(contactRoutes),
  ...entriesOf(referenceRoutes),
  ...entriesOf(userRoutes),
  ...entriesOf(auditRoutes),
  ...entriesOf(publicRecordRoutes),
  ...entriesOf(publicPageRoutes),
  ...entriesOf(searchRoutes),
];
