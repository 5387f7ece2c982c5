// English messages of features/publicPage, typed against the Spanish ones.

import type { publicPageEs } from "./i18n.es";

export const publicPageEn: typeof publicPageEs = {
  publicPage: {
    title: "Public page",
    intro: "What {process} publishes: its meetings with an adopted report, its public documents, and its bodies and networks. Members sign in to see the rest.",
    plain: "Plain version without JavaScript",
    meetings: "Meetings with an adopted report",
    noMeetings: "There is no adopted report yet.",
    documents: "Public documents",
    noDocuments: "There are no public documents yet.",
    members: "Member countries",
    bodies: "Bodies and networks",
    report: "Report",
    reportFile: "{format}, {language}",
    download: "Download ({language})",
    agreements: "{count, plural, one {# agreement} other {# agreements}}",
    record: "Agreements and results of every meeting",
    meetingDocuments: "Documents of the meeting",
    languageNames: { es: "Spanish", en: "English" },
    reportStatus: {
      adopted: "Report adopted",
      submitted: "Report submitted",
      considered: "Report considered",
    },
    documentTypes: {
      report: "Report",
      working_document: "Working document",
      matrix: "Matrix",
      study: "Study",
      presentation: "Presentation",
      note: "Note",
    },
    pages: {
      label: "Pages of meetings and documents",
      previous: "Previous page",
      position: "Page {page} of {pages}",
      next: "Next page",
      noMoreMeetings: "{count, plural, one {The only meeting is on the first page.} other {The # meetings are on the earlier pages.}}",
      noMoreDocuments: "{count, plural, one {The only document is on the first page.} other {The # documents are on the earlier pages.}}",
    },
    search: {
      title: "Search the public material",
      label: "Words to search for",
      submit: "Search",
      results: "{count, plural, =0 {Nothing was found for “{query}”.} one {# result for “{query}”} other {# results for “{query}”}}",
      clear: "Clear the search",
    },
  },
};
