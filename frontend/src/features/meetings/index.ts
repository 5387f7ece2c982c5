// What the meetings feature offers other features: its typed addresses, a meeting's title and
// the participant fields (the import review reuses them). Nothing else of this folder may be
// imported from outside it (a lint rule says so).

export { meetingPaths } from "./routes";
export { meetingTitle } from "./meetingTitle";
export { ParticipantFields, useMeetingPartyOptions } from "./parts";
export { DeadlineReading, useDeadlineReading } from "./DeadlineReading";
