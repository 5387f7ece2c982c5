// English messages of features/publicRecord, typed against the Spanish ones.

import type { publicRecordEs } from "./i18n.es";

export const publicRecordEn: typeof publicRecordEs = {
  publicRecord: {
    title: "Agreements and results",
    intro:
      "What the network's meetings whose reports have been adopted agreed, who committed to what, and how far it has got. Countries' answers and their documents are not published here.",
    empty: "There is no adopted report to show yet.",
    meetingCount: "{count} meetings",
    agreement: "Agreement {number}",
    commitments: "Commitments of this agreement",
    party: "Responsible party",
    action: "Action",
    deadline: "Deadline",
    status: "Status",
    progress: "Progress",
    overdue: "overdue",
    summary: "{done} of {total} commitments done",
    signIn: "Sign in",
    reportStatus: {
      adopted: "Report adopted",
      submitted: "Report submitted",
      considered: "Report considered",
      draft: "Draft",
    },
    statuses: {
      open: "Open",
      in_progress: "In progress",
      done: "Done",
      cancelled: "Cancelled",
    },
  },
};
