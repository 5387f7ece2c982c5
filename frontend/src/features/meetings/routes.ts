// The meetings feature's pages: the list, a meeting, and the TS's forms for meetings,
// agreements and commitments (a commitment's own page belongs to features/commitments).

import { lazy } from "react";
import { canManageMeetings } from "../../domain/access";
import { asAgreementId, asCommitmentId, asMeetingId } from "../../domain/ids";
import { definePath, integerId } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

const meeting = integerId(asMeetingId);
const agreement = integerId(asAgreementId);

export const meetingRoutes = defineRoutes({
  meetings: route({
    path: definePath("/meetings"),
    page: lazy(() => import("./MeetingsPage")),
    nav: { label: "nav.meetings", order: 40 },
  }),
  newMeeting: route({ path: definePath("/meetings/new"), page: lazy(() => import("./MeetingFormPage")), allowed: canManageMeetings }),
  meeting: route({ path: definePath("/meetings/:id", { id: meeting }), page: lazy(() => import("./MeetingPage")) }),
  editMeeting: route({
    path: definePath("/meetings/:id/edit", { id: meeting }),
    page: lazy(() => import("./MeetingFormPage")),
    allowed: canManageMeetings,
  }),
  newAgreement: route({
    path: definePath("/meetings/:meeting/agreements/new", { meeting }),
    page: lazy(() => import("./AgreementFormPage")),
    allowed: canManageMeetings,
  }),
  editAgreement: route({
    path: definePath("/meetings/:meeting/agreements/:agreement/edit", { meeting, agreement }),
    page: lazy(() => import("./AgreementFormPage")),
    allowed: canManageMeetings,
  }),
  newCommitment: route({
    path: definePath("/meetings/:meeting/agreements/:agreement/commitments/new", { meeting, agreement }),
    page: lazy(() => import("./CommitmentFormPage").then((module) => ({ default: module.NewCommitmentPage }))),
    allowed: canManageMeetings,
  }),
  editCommitment: route({
    path: definePath("/commitments/:id/edit", { id: integerId(asCommitmentId) }),
    page: lazy(() => import("./CommitmentFormPage")),
    allowed: canManageMeetings,
    section: "meetings",
  }),
});

export const meetingPaths = pathsOf(meetingRoutes);
