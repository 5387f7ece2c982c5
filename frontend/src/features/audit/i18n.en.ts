// English messages of features/audit, typed against the Spanish ones: a missing or extra key is a compile error.

import type { auditEs } from "./i18n.es";

export const auditEn: typeof auditEs = {
  nav: {
    audit: "Audit log",
  },
  audit: {
    title: "Audit log",
    intro: "Every change is recorded: who, when, what, and the state before and after. The log cannot be altered.",
    filtersLabel: "Filter the log",
    results: "Entries",
    empty: "No entries match these filters.",
    at: "Date and time",
    actor: "Person",
    actorHint: "E-mail or id.",
    action: "Action",
    actionHint: "For example contact_point.confirm",
    outcome: "Outcome",
    record: "Record",
    recordType: "Record type",
    recordId: "Record id",
    from: "From",
    to: "To",
    details: "Details",
    before: "Before",
    after: "After",
    anonymous: "Not signed in",
    more: "Load older entries",
    outcomes: {
      ok: "Succeeded",
      denied: "Denied",
      failed: "Failed",
    },
    homeDescription: "Who did what and when, with the state before and after.",
  },
};
