// What the documents feature offers other features: its typed addresses, and a meeting's
// documents as one list (the meeting's page). Nothing else of this folder may be imported from
// outside it (a lint rule says so).

export { documentPaths } from "./routes";
export { MeetingDocuments } from "./MeetingDocuments";
